/**
 * The texts of the app as one tree per language, merged from src-shared/locales/<lang>/<feature>.json.
 * Used by the renderer (i18next resources) and by main (the Word documents' fixed wording).
 */

/** A nested text tree: leaves are strings, inner nodes group keys. */
export type Tree = { [key: string]: string | Tree }

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

/** Builds { sv: Tree, en: Tree } from locale files keyed by their path (…/locales/<lang>/<feature>.json). */
export function buildResources(byPath: Record<string, Tree>): Record<'sv' | 'en', Tree> {
  const out: Record<'sv' | 'en', Tree> = { sv: {}, en: {} }
  for (const path of Object.keys(byPath).sort()) {
    const match = /\/locales\/(sv|en)\/([\w-]+)\.json$/.exec(path)
    if (!match) continue
    mergeTrees(out[match[1] as 'sv' | 'en'], byPath[path]!, path)
  }
  return out
}

/** The text at a dotted key, or undefined when the key is missing or names a group. */
export function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree
  for (const part of key.split('.')) {
    node = typeof node === 'object' && Object.hasOwn(node, part) ? node[part] : undefined
  }
  return typeof node === 'string' ? node : undefined
}

/** i18next's nesting syntax: a value that is exactly `$t(other.key)` says the same as that key. */
const NESTED = /^\$t\(([\w.-]+)\)$/

/** The key a text refers to with `$t(key)`, or null for an ordinary text. */
export function nestedKey(text: string): string | null {
  return NESTED.exec(text)?.[1] ?? null
}
