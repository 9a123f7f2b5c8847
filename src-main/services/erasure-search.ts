/**
 * After an erasure (GDPR, issue 13 point 7): which frozen documents and backups still hold the person.
 * Frozen documents (<dataFolder>/documents/<id>.docx) are searched for the person's name and the longer
 * texts they wrote, normalised; backups for the person's row ids in their portfolio.json. Both are read
 * with the budgeted archive reader (caps checked before inflating, CRC checked, a time budget), since a
 * file in those folders may have been put there by anyone. Encrypted backups are searched only while the
 * session is unlocked. The renderer gets names only: a document's id, a backup's file name.
 */
import { chmod, readdir, readFile, stat, unlink } from 'node:fs/promises'
import { resolve } from 'node:path'
import { Id } from '@shared/entities'
import { parseBackupFileName } from '@shared/file-names'
import type { ErasureSearchRequest, ErasureSearchResult } from '@shared/ipc/erasure'
import { MAX_IMPORT_BYTES } from '@shared/ipc/portfolio'
import { MAX_PORTFOLIO_ENTRY_BYTES, PORTFOLIO_ENTRY } from './archive'
import { inflateEntry, listZipEntries } from './archive-reader'
import { DOCUMENTS_FOLDER } from './documents'
import { isEncrypted } from './portfolio-crypto'
import { resolveInside } from './safe-path'

/** The parts of a .docx that hold text a person could be named in. */
const DOCX_TEXT_ENTRY = /^word\/(?:document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/
/** A generated document's XML is well under this; anything larger is not ours and is not inflated. */
const MAX_DOCX_XML_BYTES = 64 * 1024 * 1024
/**
 * An entry claiming to unpack to more than 200 times its packed size (above a floor no real portfolio
 * entry of a backup reaches packed) is a bomb: not inflated, so no buffer of the claimed size is taken.
 */
const MAX_RATIO = 200
const RATIO_FLOOR_BYTES = 256 * 1024 * 1024
const looksLikeBomb = (entry: { size: number; compressedSize: number }) =>
  entry.size > RATIO_FLOOR_BYTES && entry.size > entry.compressedSize * MAX_RATIO
/** Time for reading one file; a file that takes longer counts as unreadable. */
const FILE_BUDGET_MS = 20_000
/** Shorter texts ("Bra", "Mycket lärorik") would match documents that never quoted this person. */
export const MIN_PHRASE_LENGTH = 15
const ID_FIELDS = ['id', 'contactId'] as const
const PERSON_TABLES = ['contacts', 'participants', 'evaluations'] as const

export type ErasureSearchOptions = {
  dataFolder: string
  /** The folders backups are in: the chosen one and the data folder's own (before-upgrade backups written while locked). */
  backupFolders: () => Promise<string[]>
  /** Decrypts with this session's password: 'locked' without one, null when the file cannot be decrypted. */
  decrypt: (data: Uint8Array) => Promise<Uint8Array | 'locked' | null>
}

type Found = { kind: 'document'; path: string } | { kind: 'backup'; path: string }

/**
 * Text for comparing: Unicode-normalised, lower case, every run of anything but letters and digits one
 * space, padded with a space at each end so a search matches whole words only ("Ek" is not in "Ekbacka").
 */
export function normaliseText(text: string): string {
  const words = text
    .normalize('NFKC')
    .toLocaleLowerCase('sv')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
  return words ? ` ${words} ` : ''
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** The text of WordprocessingML: each paragraph's runs joined (a name split over runs is found), paragraphs on lines. */
export function docxXmlText(xml: string): string {
  const paragraphs = xml.split(/<\/w:p>/)
  return paragraphs
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(?:tab|br|cr)\b[^>]*\/>/g)]
        .map((m) => (m[1] === undefined ? ' ' : m[1]))
        .join('')
        .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
          if (code[0] !== '#') return XML_ENTITIES[code] ?? whole
          const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10)
          return Number.isFinite(n) && n <= 0x10ffff ? String.fromCodePoint(n) : whole
        })
    )
    .filter((line) => line !== '')
    .join('\n')
}

/** Creates the search over one data folder. */
export function createErasureSearch(options: ErasureSearchOptions) {
  const documentsDir = resolve(options.dataFolder, DOCUMENTS_FOLDER)
  // What the last search listed, by the name the renderer knows: only these may be deleted.
  let listed = new Map<string, Found>()

  async function fileNames(dir: string): Promise<string[]> {
    try {
      return (await readdir(dir)).sort()
    } catch {
      return []
    }
  }

  async function readSmall(path: string): Promise<Buffer | null> {
    const info = await stat(path).catch(() => null)
    if (!info?.isFile() || info.size > MAX_IMPORT_BYTES) return null
    return readFile(path).catch(() => null)
  }

  /** The text of a .docx's parts, or null when it is not a readable document. */
  async function documentText(data: Uint8Array): Promise<string | null> {
    const listedEntries = listZipEntries(data)
    if (!listedEntries.ok) return null
    const deadline = Date.now() + FILE_BUDGET_MS
    const parts: string[] = []
    for (const entry of listedEntries.entries) {
      if (!DOCX_TEXT_ENTRY.test(entry.name)) continue
      if (entry.size > MAX_DOCX_XML_BYTES) return null
      const inflated = await inflateEntry(data, entry, deadline)
      if (!inflated.ok) return null
      parts.push(docxXmlText(Buffer.from(inflated.bytes).toString('utf8')))
    }
    return parts.length > 0 ? parts.join('\n') : null
  }

  /** The portfolio text of a backup (an archive, or a raw JSON dump), or null when it cannot be read. */
  async function portfolioText(data: Uint8Array): Promise<string | null> {
    const entries = listZipEntries(data)
    if (!entries.ok) {
      // A backup written as plain JSON (never a zip) is read as text.
      return data[0] === 0x7b ? Buffer.from(data).toString('utf8') : null
    }
    const entry = entries.entries.find((e) => e.name === PORTFOLIO_ENTRY)
    if (!entry || entry.size > MAX_PORTFOLIO_ENTRY_BYTES || looksLikeBomb(entry)) return null
    const inflated = await inflateEntry(data, entry, Date.now() + FILE_BUDGET_MS)
    return inflated.ok ? Buffer.from(inflated.bytes).toString('utf8') : null
  }

  /** True when a row of the people tables has one of the ids as its id or its contact. */
  function holdsIds(text: string, ids: ReadonlySet<string>): boolean | null {
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      return null
    }
    const root = value as { tables?: unknown; stores?: unknown } | null
    const tables = (root?.tables ?? root?.stores) as Record<string, unknown> | undefined
    if (!tables || typeof tables !== 'object') return null
    for (const table of PERSON_TABLES) {
      const rows = tables[table]
      if (!Array.isArray(rows)) continue
      for (const row of rows as unknown[]) {
        if (!row || typeof row !== 'object') continue
        for (const field of ID_FIELDS) {
          const v = (row as Record<string, unknown>)[field]
          if (typeof v === 'string' && ids.has(v)) return true
        }
      }
    }
    return false
  }

  async function search(request: ErasureSearchRequest): Promise<ErasureSearchResult> {
    const needles = [
      ...request.names.map(normaliseText).filter((n) => n.trim().length >= 2),
      ...request.phrases.map(normaliseText).filter((p) => p.trim().length >= MIN_PHRASE_LENGTH)
    ]
    const ids = new Set(request.ids)
    const next = new Map<string, Found>()
    const result: ErasureSearchResult = { documents: [], backups: [], lockedBackups: 0, unreadable: 0 }

    if (needles.length > 0) {
      for (const name of await fileNames(documentsDir)) {
        const id = name.endsWith('.docx') ? name.slice(0, -5) : ''
        const path = Id.safeParse(id).success ? resolveInside(documentsDir, name) : null
        if (!path) continue
        const data = await readSmall(path)
        const text = data && (await documentText(data))
        if (text === null || text === undefined) {
          result.unreadable += 1
          continue
        }
        const haystack = normaliseText(text)
        if (needles.some((n) => haystack.includes(n))) {
          result.documents.push({ id })
          next.set(`document:${id}`, { kind: 'document', path })
        }
      }
    }

    if (ids.size > 0) {
      const seen = new Set<string>()
      for (const dir of await options.backupFolders()) {
        for (const name of await fileNames(dir)) {
          const parsed = parseBackupFileName(name)
          const path = parsed && resolveInside(dir, name)
          if (!parsed || !path || seen.has(name)) continue
          seen.add(name)
          let data: Uint8Array | null = await readSmall(path)
          if (data && isEncrypted(data)) {
            const plain = await options.decrypt(data)
            if (plain === 'locked') {
              result.lockedBackups += 1
              continue
            }
            data = plain
          }
          const text = data && (await portfolioText(data))
          const holds = text ? holdsIds(text, ids) : null
          if (holds === null) result.unreadable += 1
          else if (holds) {
            result.backups.push({ name, encrypted: parsed.encrypted })
            next.set(`backup:${name}`, { kind: 'backup', path })
          }
        }
      }
    }
    listed = next
    return result
  }

  /**
   * Deletes files the last search listed, by the names it gave; a name it did not list is not deleted
   * (a compromised page cannot use this to delete any backup it likes). A frozen copy is read-only
   * (made so when saved): its mode is changed first, which Windows needs before it deletes.
   */
  async function deleteFiles(request: { documents: string[]; backups: string[] }) {
    const done = { documents: [] as string[], backups: [] as string[], failed: 0 }
    const wanted = [
      ...request.documents.map((name) => ({ name, key: `document:${name}`, into: done.documents })),
      ...request.backups.map((name) => ({ name, key: `backup:${name}`, into: done.backups }))
    ]
    for (const { name, key, into } of wanted) {
      const found = listed.get(key)
      if (!found) {
        done.failed += 1
        continue
      }
      try {
        if (found.kind === 'document') await chmod(found.path, 0o644).catch(() => undefined)
        await unlink(found.path)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
          done.failed += 1
          continue
        }
      }
      listed.delete(key)
      into.push(name)
    }
    return done
  }

  return { search, deleteFiles }
}
export type ErasureSearch = ReturnType<typeof createErasureSearch>
