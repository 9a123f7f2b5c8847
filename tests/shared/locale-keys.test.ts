/**
 * Every text key the code uses exists in both languages, and every key defined is used somewhere.
 * The code is read as text: literal keys ('area.title'), keys built from a template (`nav.${key}`: every key
 * the pattern matches counts as used) and plural forms (t('x', { count }) uses x_one and x_other).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '..', '..')
const LOCALES = join(ROOT, 'src-shared', 'locales')
const SOURCES = ['src-renderer/src', 'src-main', 'src-shared']
/** The Word documents look their texts up under docText (src-main/documents/texts.ts). */
const DOCUMENT_CODE = /^src-(main\/documents\/|main\/services\/documents\.ts|shared\/document-)/

type Tree = { [key: string]: string | Tree }

function leaves(node: Tree, prefix = ''): [string, string][] {
  return Object.entries(node).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key
    return typeof value === 'string' ? [[path, value] as [string, string]] : leaves(value, path)
  })
}

function keysOf(language: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const file of readdirSync(join(LOCALES, language))) {
    for (const [key, value] of leaves(JSON.parse(readFileSync(join(LOCALES, language, file), 'utf8')) as Tree)) {
      out.set(key, value)
    }
  }
  return out
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return entry.name === 'locales' ? [] : sourceFiles(path)
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : []
  })
}

const PLURAL = /_(zero|one|two|few|many|other)$/
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** What one source file says about keys: literal strings, template patterns, and the keys given to t(). */
function scan(text: string) {
  const literals = [...text.matchAll(/'([^'\n]*)'|"([^"\n]*)"|`([^`$\n]*)`/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '')
  // Only templates that start with a key path (`nav.${key}`): `${a}.${b}` would match every key.
  const templates = [...text.matchAll(/`([a-zA-Z][\w-]*(?:\.[\w-]+)*\.\$\{[^`\n]*)`/g)].map(
    (m) =>
      new RegExp(
        `^${m[1]!
          .split(/\$\{[^}]*\}/)
          .map(escape)
          .join('[\\w-]+(?:\\.[\\w-]+)*')}$`
      )
  )
  // 'prefix.' + name: a key built by concatenation.
  const prefixes = literals.filter((l) => /^[a-zA-Z][\w.-]*\.$/.test(l))
  // A literal subtree path ('report.evaluations.columns') handed to code that appends the last part.
  const subtrees = literals.filter((l) => /^[a-zA-Z][\w-]*(\.[\w-]+)+$/.test(l)).map((l) => `${l}.`)
  const translated = [...text.matchAll(/\bt\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!)
  return { literals, templates, prefixes, subtrees, translated }
}

const sv = keysOf('sv')
const en = keysOf('en')
/** Keys that other texts reuse with i18next's nesting syntax, `$t(key)` (the documents reuse app texts). */
const nested = [...sv.values(), ...en.values()].flatMap((value) => /^\$t\(([\w.-]+)\)$/.exec(value)?.[1] ?? [])
const files = SOURCES.flatMap((folder) => sourceFiles(join(ROOT, folder)))
const scans = files.map((file) => {
  const path = relative(ROOT, file).split('\\').join('/')
  return { path, document: DOCUMENT_CODE.test(path), ...scan(readFileSync(file, 'utf8')) }
})

describe('locale files', () => {
  it('follow the features: one file a feature, plus the shell (app), shared labels (common) and form errors (forms)', () => {
    const features = readdirSync(join(ROOT, 'src-renderer', 'src', 'features'))
    const allowed = new Set([...features, 'app', 'common', 'forms'])
    for (const language of ['sv', 'en']) {
      const stray = readdirSync(join(LOCALES, language)).filter((file) => !allowed.has(file.replace(/\.json$/, '')))
      expect(stray, language).toEqual([])
    }
  })
})

describe('locale keys', () => {
  it('every key given to t() exists in Swedish and in English', () => {
    const missing: string[] = []
    for (const s of scans) {
      for (const key of s.translated) {
        const full = s.document && !key.startsWith('docText.') ? `docText.${key}` : key
        if (!key.includes('.') && !s.document) continue
        for (const [language, keys] of [
          ['sv', sv],
          ['en', en]
        ] as const) {
          const known = keys.has(full) || keys.has(`${full}_one`) || keys.has(`${full}_other`)
          if (!known) missing.push(`${s.path}: ${full} (${language})`)
        }
      }
    }
    expect(missing).toEqual([])
  })

  it('every text that reuses another with $t(key) names a key that exists', () => {
    expect(nested.filter((key) => !sv.has(key) || !en.has(key))).toEqual([])
  })

  it('every key defined is used somewhere in the code', () => {
    const used = (key: string): boolean => {
      const base = key.replace(PLURAL, '')
      if (nested.includes(base)) return true
      return scans.some((s) => {
        const names = s.document && base.startsWith('docText.') ? [base, base.slice('docText.'.length)] : [base]
        return names.some(
          (name) =>
            s.literals.includes(name) ||
            s.templates.some((pattern) => pattern.test(name)) ||
            s.prefixes.some((prefix) => name.startsWith(prefix)) ||
            s.subtrees.some((prefix) => name.startsWith(prefix))
        )
      })
    }
    const unused = [...sv.keys()].filter((key) => !used(key))
    expect(unused).toEqual([])
  })
})
