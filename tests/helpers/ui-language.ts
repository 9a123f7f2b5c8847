/**
 * Is a text in the language it should be? Used on the locale files (tests/shared/locale-language.test.ts) and on
 * the pages as Chromium shows them with no data (tests/e2e/ui-language.test.ts): no English function word in a
 * Swedish text, no Swedish letter or word in an English one.
 */

/** The words of a text a reader sees: placeholders, reused keys, tags and the product's name left out. */
export function words(text: string): string {
  return text
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/\$t\([^)]*\)/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/Mätbar/g, ' ')
}

/** Short words that occur in running English but never in Swedish. */
export const ENGLISH_WORDS =
  /\b(the|and|with|your|you|this|that|which|will|from|when|there|been|have|has|lead|kind|request|body|bytes)\b/i
/** Swedish letters, and short words that occur in running Swedish but never in English. */
export const SWEDISH_WORDS = /[åäöÅÄÖ]|\b(och|att|för|med|inte|som|eller|från|till|är|på|av|ett|har|kan|ska|vid)\b/i

/** The lines of a page's text that are in the other language. */
export function foreignLines(text: string, language: 'sv' | 'en'): string[] {
  const foreign = language === 'sv' ? ENGLISH_WORDS : SWEDISH_WORDS
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && foreign.test(words(line)))
}
