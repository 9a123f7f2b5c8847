/**
 * The translation resources: every src-shared/locales/<lang>/<part>.json, deep-merged per language.
 * Each part of the product keeps its texts in its own file, so features never edit one shared file.
 */
export type Tree = { [key: string]: string | Tree }

const files = import.meta.glob<Tree>('@shared/locales/*/*.json', { eager: true, import: 'default' })

/** Merges `source` into `target`; a leaf defined twice is a bug and throws, naming it. */
export function mergeTrees(target: Tree, source: Tree, origin: string, prefix = ''): Tree {
  for (const [key, value] of Object.entries(source)) {
    const path = prefix ? `${prefix}.${key}` : key
    const existing = target[key]
    if (existing === undefined) {
      target[key] = typeof value === 'string' ? value : mergeTrees({}, value, origin, path)
    } else if (typeof existing !== 'string' && typeof value !== 'string') {
      mergeTrees(existing, value, origin, path)
    } else {
      throw new Error(`Translation key "${path}" is defined twice (again in ${origin})`)
    }
  }
  return target
}

/** Builds { sv: Tree, en: Tree } from locale files keyed by their path. */
export function buildResources(byPath: Record<string, Tree>): Record<'sv' | 'en', Tree> {
  const out: Record<'sv' | 'en', Tree> = { sv: {}, en: {} }
  for (const path of Object.keys(byPath).sort()) {
    const match = /\/locales\/(sv|en)\/([\w-]+)\.json$/.exec(path)
    if (!match) continue
    mergeTrees(out[match[1] as 'sv' | 'en'], byPath[path]!, path)
  }
  return out
}

/** All texts of the app, per language. */
export const translations = buildResources(files)
/** The locale file paths found, for tests that check every part has both languages. */
export const localeFiles = Object.keys(files).sort()
