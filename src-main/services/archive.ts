/**
 * The export and backup archive: an ordinary ZIP file, so that even without Mätbar the data can be
 * opened with any unzip tool (the portfolio is JSON; attachments keep their names).
 *
 *   manifest.json                     stored first and uncompressed: counts the backup list shows
 *   portfolio.json                    the portfolio file (src-shared/portfolio-file.ts)
 *   attachments/<sha256>/<file name>  each attachment once, under its content hash
 *
 * Reading treats the archive as hostile: unknown entries, unsafe names, a content hash that does not
 * match, or sizes beyond the limits refuse the whole file.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import type { Zippable } from 'fflate'
import { isSafeFileName } from '@shared/file-names'
import type { DamagedCode } from '@shared/ipc/portfolio'
import { MAX_PORTFOLIO_TEXT_LENGTH } from '@shared/portfolio-file'
import { sha256Hex } from './hash'

export const ARCHIVE_FORMAT = 'matbar-archive'
export const ARCHIVE_VERSION = 1
export const MANIFEST_ENTRY = 'manifest.json'
export const PORTFOLIO_ENTRY = 'portfolio.json'
const ATTACHMENT_ENTRY = /^attachments\/([0-9a-f]{64})\/([^/]+)$/
/** Total unpacked size accepted (a zip bomb stops here, before inflating). */
export const MAX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024

export type ArchiveManifest = {
  format: typeof ARCHIVE_FORMAT
  version: number
  createdAt: string
  appVersion: string
  reason?: string
  counts: Record<string, number> | null
  attachments: number
}

export type ArchiveAttachment = { sha256: string; name: string; data: Uint8Array }

export type ReadArchiveResult =
  | { ok: true; text: string; manifest: ArchiveManifest | null; attachments: ArchiveAttachment[] }
  | { ok: false; path: string; message: string; code: DamagedCode }

/** Builds the archive; the manifest goes first, stored, so a list reads it from the file's start. */
export function buildArchive(text: string, attachments: ArchiveAttachment[], manifest: ArchiveManifest): Uint8Array {
  const files: Zippable = {}
  files[MANIFEST_ENTRY] = [strToU8(JSON.stringify(manifest)), { level: 0 }]
  files[PORTFOLIO_ENTRY] = [strToU8(text), { level: 6 }]
  const seen = new Set<string>()
  for (const a of attachments) {
    if (seen.has(a.sha256)) continue
    seen.add(a.sha256)
    // Photos and PDFs are compressed already; deflating them again only costs time.
    files[`attachments/${a.sha256}/${a.name}`] = [a.data, { level: 0 }]
  }
  return zipSync(files)
}

/** Folder entries other zip tools write when an unpacked archive is packed again; nothing else is a folder. */
const FOLDER_ENTRY = /^attachments\/(?:[0-9a-f]{64}\/)?$/

/** What an entry name is, before anything is inflated; a problem refuses the whole archive. */
function classifyEntry(
  name: string,
  seenHashes: Set<string>
):
  | { kind: 'portfolio' | 'manifest' | 'folder' | 'attachment' }
  | { kind: 'refused'; message: string; code: DamagedCode } {
  if (name === PORTFOLIO_ENTRY) return { kind: 'portfolio' }
  if (name === MANIFEST_ENTRY) return { kind: 'manifest' }
  if (FOLDER_ENTRY.test(name)) return { kind: 'folder' }
  const match = ATTACHMENT_ENTRY.exec(name)
  if (!match)
    return {
      kind: 'refused',
      message: 'unexpected entry in the archive (not part of the Mätbar format)',
      code: 'unexpected-entry'
    }
  if (!isSafeFileName(match[2]!))
    return { kind: 'refused', message: 'unsafe attachment file name', code: 'unsafe-name' }
  if (seenHashes.has(match[1]!))
    return {
      kind: 'refused',
      message: 'the archive holds the same attachment twice (each is stored once)',
      code: 'duplicate-entry'
    }
  seenHashes.add(match[1]!)
  return { kind: 'attachment' }
}

/** An entry name as it may appear in a message: no control characters, not too long. */
function shownName(name: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '?')
  return clean.length > 120 ? `${clean.slice(0, 117)}...` : clean
}

/**
 * Reads an archive made by buildArchive, checking every entry. Entry names are checked from the
 * directory before anything is inflated: a name given twice (a second portfolio.json would silently
 * win), `__proto__`, `constructor` or any other name outside the format refuses the whole archive,
 * and nothing after the first problem is inflated.
 */
export function readArchive(data: Uint8Array): ReadArchiveResult {
  let total = 0
  let refused: { path: string; message: string; code: DamagedCode } | null = null
  const names = new Set<string>()
  const seenHashes = new Set<string>()
  let unpacked
  try {
    unpacked = unzipSync(data, {
      filter: (file) => {
        if (refused) return false
        if (names.has(file.name)) {
          refused = {
            path: shownName(file.name),
            message: 'the archive holds this entry twice',
            code: 'duplicate-entry'
          }
          return false
        }
        names.add(file.name)
        const entry = classifyEntry(file.name, seenHashes)
        if (entry.kind === 'refused') {
          refused = { path: shownName(file.name), message: entry.message, code: entry.code }
          return false
        }
        total += file.originalSize
        if (
          total > MAX_UNPACKED_BYTES ||
          (entry.kind === 'portfolio' && file.originalSize > MAX_PORTFOLIO_TEXT_LENGTH * 4)
        ) {
          refused = {
            path: shownName(file.name),
            message: 'the archive unpacks to more than Mätbar reads',
            code: 'too-large'
          }
          return false
        }
        return true
      }
    })
  } catch (error) {
    return {
      ok: false,
      path: '(archive)',
      message: `the file is not a readable ZIP archive (${(error as Error).message})`,
      code: 'not-zip'
    }
  }
  if (refused !== null) return { ok: false, ...(refused as { path: string; message: string; code: DamagedCode }) }

  let text: string | null = null
  let manifest: ArchiveManifest | null = null
  const attachments: ArchiveAttachment[] = []
  // Only names the filter let through are read, each by its own key (never a walk over the object,
  // whose prototype an entry named __proto__ could have replaced).
  for (const name of names) {
    if (!Object.hasOwn(unpacked, name))
      return { ok: false, path: shownName(name), message: 'the entry cannot be read', code: 'not-zip' }
    const bytes = unpacked[name]!
    if (name === PORTFOLIO_ENTRY) {
      text = strFromU8(bytes)
      continue
    }
    if (name === MANIFEST_ENTRY) {
      manifest = parseManifest(strFromU8(bytes))
      continue
    }
    if (FOLDER_ENTRY.test(name)) {
      if (bytes.length !== 0)
        return { ok: false, path: shownName(name), message: 'a folder entry holds data', code: 'unexpected-entry' }
      continue
    }
    const [, sha, fileName] = ATTACHMENT_ENTRY.exec(name)!
    if (sha256Hex(bytes) !== sha)
      return {
        ok: false,
        path: name,
        message: 'the attachment does not match its SHA-256 (damaged or changed)',
        code: 'hash-mismatch'
      }
    attachments.push({ sha256: sha!, name: fileName!, data: bytes })
  }
  if (text === null)
    return { ok: false, path: PORTFOLIO_ENTRY, message: 'the archive holds no portfolio.json', code: 'no-portfolio' }
  return { ok: true, text, manifest, attachments }
}

/** True when the bytes start like a ZIP file (local file header). */
export function isZip(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04
}

/**
 * Reads the manifest from the first bytes of an archive only (the list must not read whole backups):
 * the first local file header must be manifest.json, stored uncompressed.
 */
export function readManifestFromPrefix(prefix: Uint8Array): ArchiveManifest | null {
  if (!isZip(prefix) || prefix.length < 30) return null
  const view = new DataView(prefix.buffer, prefix.byteOffset, prefix.byteLength)
  const method = view.getUint16(8, true)
  const size = view.getUint32(18, true)
  const nameLength = view.getUint16(26, true)
  const extraLength = view.getUint16(28, true)
  const start = 30 + nameLength + extraLength
  if (method !== 0 || start + size > prefix.length) return null
  const name = strFromU8(prefix.subarray(30, 30 + nameLength))
  if (name !== MANIFEST_ENTRY) return null
  return parseManifest(strFromU8(prefix.subarray(start, start + size)))
}

function parseManifest(text: string): ArchiveManifest | null {
  try {
    const value: unknown = JSON.parse(text)
    if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== ARCHIVE_FORMAT)
      return null
    const m = value as Partial<ArchiveManifest>
    const counts = m.counts && typeof m.counts === 'object' ? sanitizeCounts(m.counts) : null
    return {
      format: ARCHIVE_FORMAT,
      version: typeof m.version === 'number' ? m.version : 0,
      createdAt: typeof m.createdAt === 'string' ? m.createdAt : '',
      appVersion: typeof m.appVersion === 'string' ? m.appVersion : '',
      reason: typeof m.reason === 'string' ? m.reason : undefined,
      counts,
      attachments:
        typeof m.attachments === 'number' && Number.isInteger(m.attachments) && m.attachments >= 0 ? m.attachments : 0
    }
  } catch {
    return null
  }
}

/** Keeps only whole, non-negative counts (the manifest is read from files we did not necessarily write). */
export function sanitizeCounts(raw: unknown): Record<string, number> | null {
  if (typeof raw !== 'object' || raw === null) return null
  const out: Record<string, number> = {}
  for (const [key, value] of Object.entries(raw)) {
    if (/^[a-z]{1,40}$/.test(key) && typeof value === 'number' && Number.isInteger(value) && value >= 0)
      out[key] = value
  }
  return out
}
