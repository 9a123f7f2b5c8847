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

/** User text made safe for WordprocessingML: forbidden characters removed, line ends as \n, tabs as spaces. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(FORBIDDEN, '')
}

/** A single-line user text: cleaned, with line breaks and runs of spaces folded into one space. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim()
}
