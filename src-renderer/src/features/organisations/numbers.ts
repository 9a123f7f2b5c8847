/** Reading numbers as Swedish users type them: "45 000", "1 546 202,50", "12,5". */

/**
 * Parses a typed number: spaces (incl. no-break and thin spaces) as thousands separators, comma or
 * point as the decimal mark. Empty gives null; anything else unreadable gives NaN.
 */
export function parseTypedNumber(input: string): number | null {
  const compact = input.trim().replace(/[\s\u00a0\u202f]/g, '').replace(',', '.')
  if (compact === '') return null
  if (!/^-?\d+(\.\d+)?$/.test(compact)) return Number.NaN
  return Number(compact)
}

/** A stored number back as the user would type it (no grouping, comma decimal in Swedish). */
export function typedNumber(value: number | null, lang: 'sv' | 'en'): string {
  if (value === null) return ''
  return lang === 'sv' ? String(value).replace('.', ',') : String(value)
}
