// Small pieces the SVG pictures share (the value/effort matrix and the follow-up chart). Pure: no DOM, no Node.

/** A pixel coordinate for an SVG attribute: two decimals are plenty for pixels and keep the SVG small. */
export function svgNumber(value: number): string {
  return String(Math.round(value * 100) / 100)
}

/** XML escaping for text and attribute values; control characters are dropped because XML 1.0 forbids them. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}
