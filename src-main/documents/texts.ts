/**
 * Fixed wording of the Word documents, from the same locale files as the app (src-shared/locales/<lang>/documents.json),
 * and the cleaning every user text gets before it goes into the XML.
 */
import { buildResources, lookup, nestedKey, type Tree } from '@shared/locale-tree'
import type { Language } from '@shared/settings'

// Every locale file: the documents' own wording sits under docText; a docText value `$t(key)` reuses the app's
// text for the same thing (a route, a status, a column), so the app and the documents never say it differently.
const APP_TEXTS = buildResources(import.meta.glob<Tree>('@shared/locales/*/*.json', { eager: true, import: 'default' }))

/** Looks up a text under docText by dotted key and fills in {{name}} placeholders. */
export type Translate = (key: string, values?: Record<string, string | number>) => string

/** The translate function of one language; a missing key or placeholder value throws, naming it. */
export function documentTexts(language: Language): Translate {
  const app = APP_TEXTS[language]
  return (key, values = {}) => {
    const own = lookup(app, `docText.${key}`)
    const nested = own === undefined ? null : nestedKey(own)
    const text = nested === null ? own : lookup(app, nested)
    if (text === undefined) throw new Error(`Missing document text "${key}" (${language})`)
    return text.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => {
      if (!Object.hasOwn(values, name)) throw new Error(`Document text "${key}" needs a value for {{${name}}}`)
      return String(values[name])
    })
  }
}

// C0 controls except tab, LF and CR; DEL and the C1 controls; the non-characters U+FFFE/U+FFFF; lone surrogates.
// Word refuses a file with any of these in its XML (dolanmiu/docx#1390), so they never get in.
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * A number and what belongs to it stay on one line: the space inside "1 500 000", and before "%" or "kr" after a
 * digit, becomes a no-break space (a line never starts with "%" or with the last group of a number).
 */
function keepNumbersTogether(text: string): string {
  return text.replace(/(\d) (?=\d{3}(?!\d)|%|kr\b|SEK\b)/g, '$1\u00A0')
}

/**
 * User text made safe for WordprocessingML: forbidden characters removed, line ends as \n, tabs as spaces, and
 * numbers kept together with their groups, "%" and "kr".
 */
export function cleanText(text: string): string {
  return keepNumbersTogether(safeText(text))
}

function safeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(FORBIDDEN, '')
}

/** A single-line user text: cleaned, with line breaks and runs of spaces folded into one space. */
export function cleanLine(text: string): string {
  // Folded before the no-break spaces go in: \s matches U+00A0 too.
  return keepNumbersTogether(safeText(text).replace(/\s+/g, ' ').trim())
}

const SV_WORDS = ['noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv']
const EN_WORDS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve'
]

/**
 * A count as running prose writes it: zero to twelve in words ("åtta deltagare", "ett område", "three workshops"),
 * larger counts in digits with the language's grouping. `neuter` picks Swedish "ett" for one of a neuter noun.
 */
export function countWord(n: number, lang: Language, options: { neuter?: boolean } = {}): string {
  if (!Number.isInteger(n) || n < 0 || n > 12) {
    return new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB').format(n)
  }
  if (lang === 'en') return EN_WORDS[n]!
  return n === 1 && options.neuter ? 'ett' : SV_WORDS[n]!
}

/** "A, B och C" / "A, B and C": the language's own list (Intl.ListFormat). */
export function listOf(items: readonly string[], lang: Language): string {
  return new Intl.ListFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { style: 'long', type: 'conjunction' }).format(items)
}

/** "20 %" with a non-breaking space in Swedish (the sign never starts a line), "20%" in English. */
export function percentText(formatted: string, lang: Language): string {
  return lang === 'sv' ? `${formatted}\u00A0%` : `${formatted}%`
}

/** The time of a local "YYYY-MM-DDTHH:mm": "kl. 09.00" in Swedish, "09:00" in English. */
export function timeOfDay(localDateTime: string, lang: Language): string {
  const [hh = '00', mm = '00'] = localDateTime.slice(11, 16).split(':')
  return lang === 'sv' ? `kl.\u00A0${hh}.${mm}` : `${hh}:${mm}`
}

/** "mars 2026" / "March 2026": the month a workshop was held, enough to date a quote without naming the day. */
export function monthYear(isoDate: string, lang: Language): string {
  return new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC'
  }).format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`))
}

/**
 * One full stop where an abbreviation ends a sentence ("… 19 a kap.." → "… 19 a kap."), as Swedish and English
 * both write it; used where a dated source ("LOU (2016:1145) 19 a kap.") is filled into a sentence.
 */
export function oneFullStop(text: string): string {
  return text.replace(/\.\.(?=\s|$)/g, '.')
}

/** A sentence that ends with its own punctuation (a quoted question) gets no full stop after it. */
export function endSentence(text: string): string {
  return /[.!?…][”"’)]*$/.test(text) ? text : `${text}.`
}
