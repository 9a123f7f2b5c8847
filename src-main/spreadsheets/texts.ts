/** The sheets' headers and labels in main (for `npm run docs:sample`), from the same locale files as the app. */
import { buildResources, lookup, nestedKey, type Tree } from '@shared/locale-tree'
import type { Language } from '@shared/settings'
import type { SheetTranslate } from '@shared/spreadsheet-sheets'

const APP_TEXTS = buildResources(import.meta.glob<Tree>('@shared/locales/*/*.json', { eager: true, import: 'default' }))

/** The translate function of one language, as the renderer's t() gives it; a missing key throws, naming it. */
export function sheetTexts(language: Language): SheetTranslate {
  const tree = APP_TEXTS[language]
  return (key) => {
    const own = lookup(tree, key)
    const nested = own === undefined ? null : nestedKey(own)
    const text = nested === null ? own : lookup(tree, nested)
    if (text === undefined) throw new Error(`Missing sheet text "${key}" (${language})`)
    return text
  }
}
