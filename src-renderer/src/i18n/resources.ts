/**
 * The translation resources: every src-shared/locales/<lang>/<part>.json, deep-merged per language.
 * Each part of the product keeps its texts in its own file, so features never edit one shared file.
 */
import { buildResources, type Tree } from '@shared/locale-tree'

export { buildResources, type Tree } from '@shared/locale-tree'

const files = import.meta.glob<Tree>('@shared/locales/*/*.json', { eager: true, import: 'default' })

/** All texts of the app, per language. */
export const translations = buildResources(files)
/** The locale file paths found, for tests that check every part has both languages. */
export const localeFiles = Object.keys(files).sort()
