/**
 * The English texts, merged from every src-shared/locales/en/<part>.json. Imported only on demand (a language
 * switch, or English saved in the settings), so a Swedish start does not load them: one chunk of its own.
 */
import { buildResources, type Tree } from '@shared/locale-tree'

const files = import.meta.glob<Tree>('@shared/locales/en/*.json', { eager: true, import: 'default' })

/** All English texts of the app. */
export const english: Tree = buildResources(files).en
