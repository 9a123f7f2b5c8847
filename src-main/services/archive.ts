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
import { strFromU8, strToU8, zipSync } from 'fflate'
import type { Zippable } from 'fflate'
import { isSafeFileName } from '@shared/file-names'
import { MAX_ATTACHMENT_BYTES } from '@shared/ipc/attachments'
import type { DamagedCode } from '@shared/ipc/portfolio'
import { MAX_PORTFOLIO_TEXT_LENGTH } from '@shared/portfolio-file'
import { inflateEntry, listZipEntries } from './archive-reader'

export const ARCHIVE_FORMAT = 'matbar-archive'
export const ARCHIVE_VERSION = 1
export const MANIFEST_ENTRY = 'manifest.json'
export const PORTFOLIO_ENTRY = 'portfolio.json'
const ATTACHMENT_ENTRY = /^attachments\/([0-9a-f]{64})\/([^/]+)$/
/** Total unpacked size accepted (an honest zip bomb stops here, before inflating). */
export const MAX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024
/**
 * The portfolio entry's cap: the text limit counts UTF-16 code units, and UTF-8 needs at most 3 bytes
 * for one (a surrogate pair, 2 units, takes 4), so no valid portfolio is larger.
 */
export const MAX_PORTFOLIO_ENTRY_BYTES = MAX_PORTFOLIO_TEXT_LENGTH * 3
/**
 * Deflate reaches about 1 000 : 1 on repeated bytes; JSON packs about 10 : 1 and photos or PDFs hardly
 * at all, so an archive that claims to unpack to more than 200 times its size (above a floor that small
 * archives never reach) is a bomb, refused before inflating: memory stays bounded by what was opened.
 */
const MAX_COMPRESSION_RATIO = 200
const RATIO_FLOOR_BYTES = 256 * 1024 * 1024
/** The manifest is a few hundred bytes; 64 KiB leaves room for any counts a later version adds. */
const MAX_MANIFEST_BYTES = 64 * 1024

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

/** Time a whole archive may take to read; past it the archive is refused (seconds, not minutes). */
export const ARCHIVE_TIME_BUDGET_MS = 20_000

export type ReadArchiveOptions = {
  /** Overrides ARCHIVE_TIME_BUDGET_MS (tests use a short one). */
  timeBudgetMs?: number
  /** Overrides the caps (tests use small ones). */
  maxAttachmentBytes?: number
  maxPortfolioBytes?: number
  maxUnpackedBytes?: number
}

/**
 * Reads an archive made by buildArchive, checking every entry. Entry names are checked from the
 * directory before anything is inflated: a name given twice (a second portfolio.json would silently
 * win), `__proto__`, `constructor` or any other name outside the format refuses the whole archive.
 * Then the declared sizes are checked against the caps (an honest zip bomb stops here, before
 * inflating), and each entry is inflated off the main thread (archive-reader.ts), stopping at the
 * first byte past its declared size, on a wrong CRC-32 or when the time budget is spent. Nothing is
 * written anywhere: a refused archive leaves only garbage for the collector.
 */
export async function readArchive(data: Uint8Array, options: ReadArchiveOptions = {}): Promise<ReadArchiveResult> {
  const deadline = Date.now() + (options.timeBudgetMs ?? ARCHIVE_TIME_BUDGET_MS)
  const maxAttachment = options.maxAttachmentBytes ?? MAX_ATTACHMENT_BYTES
  const maxPortfolio = options.maxPortfolioBytes ?? MAX_PORTFOLIO_ENTRY_BYTES
  const maxTotal =
    options.maxUnpackedBytes ??
    Math.min(MAX_UNPACKED_BYTES, Math.max(RATIO_FLOOR_BYTES, data.length * MAX_COMPRESSION_RATIO))
  const listed = listZipEntries(data)
  if (!listed.ok) return { ok: false, path: shownName(listed.path), message: listed.message, code: 'not-zip' }

  const names = new Set<string>()
  const seenHashes = new Set<string>()
  let total = 0
  for (const entry of listed.entries) {
    if (names.has(entry.name))
      return {
        ok: false,
        path: shownName(entry.name),
        message: 'the archive holds this entry twice',
        code: 'duplicate-entry'
      }
    names.add(entry.name)
    const kind = classifyEntry(entry.name, seenHashes)
    if (kind.kind === 'refused')
      return { ok: false, path: shownName(entry.name), message: kind.message, code: kind.code }
    const cap =
      kind.kind === 'portfolio'
        ? maxPortfolio
        : kind.kind === 'attachment'
          ? maxAttachment
          : kind.kind === 'manifest'
            ? MAX_MANIFEST_BYTES
            : 0
    total += entry.size
    if (entry.size > cap || total > maxTotal)
      return {
        ok: false,
        path: shownName(entry.name),
        message: kind.kind === 'folder' ? 'a folder entry holds data' : 'the archive unpacks to more than Mätbar reads',
        code: kind.kind === 'folder' ? 'unexpected-entry' : 'too-large'
      }
  }

  let text: string | null = null
  let manifest: ArchiveManifest | null = null
  const attachments: ArchiveAttachment[] = []
  for (const entry of listed.entries) {
    const name = entry.name
    if (FOLDER_ENTRY.test(name)) continue
    const read = await inflateEntry(data, entry, deadline, { sha256: ATTACHMENT_ENTRY.test(name) })
    if (!read.ok)
      return {
        ok: false,
        path: shownName(read.path),
        message: read.message,
        code: read.kind === 'too-slow' ? 'too-slow' : read.kind === 'not-zip' ? 'not-zip' : 'entry-damaged'
      }
    const bytes = read.bytes
    if (name === PORTFOLIO_ENTRY) {
      text = utf8(bytes)
      continue
    }
    if (name === MANIFEST_ENTRY) {
      manifest = parseManifest(utf8(bytes))
      continue
    }
    const [, sha, fileName] = ATTACHMENT_ENTRY.exec(name)!
    if (read.sha256 !== sha)
      return {
        ok: false,
        path: shownName(name),
        message: 'the attachment does not match its SHA-256 (damaged or changed)',
        code: 'hash-mismatch'
      }
    attachments.push({ sha256: sha!, name: fileName!, data: bytes })
  }
  if (text === null)
    return { ok: false, path: PORTFOLIO_ENTRY, message: 'the archive holds no portfolio.json', code: 'no-portfolio' }
  return { ok: true, text, manifest, attachments }
}

/** UTF-8 to text (invalid bytes become U+FFFD, as before); Node's decoder is several times faster than fflate's. */
function utf8(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
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
