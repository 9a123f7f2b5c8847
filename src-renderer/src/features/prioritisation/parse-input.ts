/** Reading numbers as the consultant types them in the prioritisation forms. */

/** A weight as typed: "2", "2,5" or "2.5"; null when it is not a number ≥ 0. */
export function parseWeight(text: string): number | null {
  const trimmed = text.trim().replace(',', '.')
  if (trimmed === '' || trimmed === '.' || !/^\d*\.?\d*$/.test(trimmed)) return null
  const value = Number(trimmed)
  return Number.isFinite(value) && value >= 0 ? value : null
}

/** A weight for an input field: no grouping (so it reads back), decimal comma in Swedish. */
export function weightText(value: number, language: 'sv' | 'en'): string {
  const text = String(value)
  return language === 'sv' ? text.replace('.', ',') : text
}

/** Dot votes as typed: "" is none (null), a whole number ≥ 0 is the count, anything else is invalid (undefined). */
export function parseVotes(text: string): number | null | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return null
  if (!/^\d{1,6}$/.test(trimmed)) return undefined
  return Number(trimmed)
}
