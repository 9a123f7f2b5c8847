/**
 * Numbers as Swedish and English users type them: "1 500 000", "1 546 202,50", "12,5", "12.5",
 * "850 000 kr". Form fields hold text; this is the one place that reads it back as a number.
 */
import type { Language } from '@shared/settings'

/** Spaces of every kind a user or Intl puts between digit groups: space, no-break space, thin spaces. */
const GROUP_SPACES = /[\s\u00a0\u2009\u202f]/g

/**
 * Reads a typed number: spaces (incl. no-break and thin spaces) as thousands separators, one comma or
 * point as the decimal mark, an optional trailing "kr" and a leading minus (also U+2212, as Intl writes
 * it). Blank gives null; anything else unreadable ("1,2,3", "1.200,5", "tolv") gives NaN, because a
 * comma and a point together are ambiguous between the two languages.
 */
export function parseNumber(text: string): number | null {
  const compact = text
    .replace(GROUP_SPACES, '')
    .replace(/kr$/i, '')
    .replace(/^\u2212/, '-')
  if (compact === '') return null
  if (!/^-?\d+(?:[.,]\d+)?$/.test(compact)) return Number.NaN
  return Number(compact.replace(',', '.'))
}

const SV_GROUPED = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 20, useGrouping: true })

/**
 * A stored number as text for a field, so that it reads back unchanged through parseNumber: in Swedish
 * with digit groups ("1 200 000") and a decimal comma ("12,5"), or ungrouped ("1200000") when
 * `grouping` is false; in English always ungrouped, since a comma there would read as a decimal sign.
 * Null (no value) gives ''.
 */
export function numberText(value: number | null, language: Language, options: { grouping?: boolean } = {}): string {
  if (value === null) return ''
  if (language !== 'sv') return String(value)
  if (options.grouping === false) return String(value).replace('.', ',')
  return SV_GROUPED.format(value).replace(/\u2212/g, '-')
}
