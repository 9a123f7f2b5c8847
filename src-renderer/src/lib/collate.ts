/** Sorting text the way a reader of the language expects (Swedish: … x y z å ä ö). */
import type { Language } from '@shared/settings'

/** A compare function for names in the given language. */
export function textCompare(lang: Language): (a: string, b: string) => number {
  return new Intl.Collator(lang === 'sv' ? 'sv-SE' : 'en-GB', { sensitivity: 'base', numeric: true }).compare
}
