/**
 * Reads the entries of a ZIP file with a budget, for archives that come from outside (issue 13,
 * point 1). fflate's unzipSync inflates every entry in full on the main thread and trusts the sizes
 * the archive declares, so an entry that declares 1 KiB but inflates to 8 GiB froze the app for
 * minutes. Here:
 *
 * - the entries are listed from the central directory (fflate gives names and sizes but not where
 *   an entry's data starts), and every entry's declared size is checked against its cap before
 *   anything is inflated, so an honest bomb is refused at once;
 * - each entry is inflated by node:zlib's asynchronous inflateRaw stream, which runs on libuv's
 *   thread pool; the app runs all of this in a worker thread (archive.ts readArchive, archive-worker.ts),
 *   so main's event loop only waits for one message;
 * - the inflate stops as soon as an entry's output passes its declared size (a lying header), the
 *   time budget is spent, or the output ends short; the CRC-32 of every entry is checked;
 * - output goes into one buffer of the declared (capped) size, so memory stays bounded by the caps;
 *   portfolio.json may instead go chunk by chunk into a temp file (ArchiveLimits.portfolioFile), so
 *   the import never holds it whole (issue 15, point 2): the same checks stop it at the same byte.
 *
 * Only what Mätbar and ordinary zip tools write is accepted: one disk, no ZIP64, no encryption,
 * stored or deflated entries.
 */
import { closeSync, openSync, writeSync } from 'node:fs'
import { createInflateRaw, crc32 } from 'node:zlib'
import { strFromU8 } from 'fflate'
import { isSafeFileName } from '@shared/file-names'
import type { DamagedCode } from '@shared/ipc/portfolio'
import { sha256Hasher } from './hash'

export type ZipEntry = {
  name: string
  method: number
  crc: number
  compressedSize: number
  size: number
  /** Where the entry's compressed data starts in the archive. */
  dataStart: number
}

export type ZipProblem = { path: string; message: string; kind: 'not-zip' | 'damaged' | 'too-slow' }

const EOCD_SIGNATURE = 0x06054b50
const CENTRAL_SIGNATURE = 0x02014b50
const LOCAL_SIGNATURE = 0x04034b50
/** Output chunk of the inflate stream: small enough to stop a lying entry early, large enough to be quick. */
const CHUNK = 256 * 1024

function notZip(message: string, path = '(archive)'): ZipProblem {
  return { path, message: `the file is not a readable ZIP archive (${message})`, kind: 'not-zip' }
}

/** Lists the entries from the central directory; nothing is inflated. */
export function listZipEntries(data: Uint8Array): { ok: true; entries: ZipEntry[] } | ({ ok: false } & ZipProblem) {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  // The end-of-central-directory record: 22 bytes plus a comment of at most 65 535 bytes.
  let eocd = -1
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at
      break
    }
  }
  if (eocd < 0) return { ok: false, ...notZip('no central directory') }
  const disk = view.getUint16(eocd + 4, true)
  const cdDisk = view.getUint16(eocd + 6, true)
  const onDisk = view.getUint16(eocd + 8, true)
  const count = view.getUint16(eocd + 10, true)
  const cdSize = view.getUint32(eocd + 12, true)
  const cdOffset = view.getUint32(eocd + 16, true)
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff)
    return { ok: false, ...notZip('ZIP64 is not used by Mätbar') }
  if (disk !== 0 || cdDisk !== 0 || onDisk !== count) return { ok: false, ...notZip('a multi-part archive') }
  if (cdOffset + cdSize > eocd) return { ok: false, ...notZip('the central directory lies outside the file') }

  const entries: ZipEntry[] = []
  let at = cdOffset
  for (let i = 0; i < count; i++) {
    if (at + 46 > cdOffset + cdSize || view.getUint32(at, true) !== CENTRAL_SIGNATURE)
      return { ok: false, ...notZip('a damaged central directory') }
    const flags = view.getUint16(at + 8, true)
    const method = view.getUint16(at + 10, true)
    const crc = view.getUint32(at + 16, true)
    const compressedSize = view.getUint32(at + 20, true)
    const size = view.getUint32(at + 24, true)
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    const localOffset = view.getUint32(at + 42, true)
    if (at + 46 + nameLength > cdOffset + cdSize) return { ok: false, ...notZip('a damaged central directory') }
    const rawName = data.subarray(at + 46, at + 46 + nameLength)
    // Bit 11: the name is UTF-8; otherwise it is read byte for byte (as fflate does).
    const name = strFromU8(rawName, (flags & 0x800) === 0)
    at += 46 + nameLength + extraLength + commentLength
    if (flags & 0x1) return { ok: false, ...notZip('an encrypted entry', name) }
    if (method !== 0 && method !== 8) return { ok: false, ...notZip(`compression method ${method}`, name) }
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff)
      return { ok: false, ...notZip('ZIP64 is not used by Mätbar', name) }
    if (localOffset + 30 > cdOffset || view.getUint32(localOffset, true) !== LOCAL_SIGNATURE)
      return { ok: false, ...notZip('an entry without its local header', name) }
    const localNameLength = view.getUint16(localOffset + 26, true)
    const localExtraLength = view.getUint16(localOffset + 28, true)
    const localName = data.subarray(localOffset + 30, localOffset + 30 + localNameLength)
    // A local header naming another file than the directory is a classic way to hide an entry.
    if (!Buffer.from(localName).equals(Buffer.from(rawName)))
      return { ok: false, ...notZip('the local header names another entry', name) }
    const dataStart = localOffset + 30 + localNameLength + localExtraLength
    if (dataStart + compressedSize > cdOffset) return { ok: false, ...notZip('an entry runs past its end', name) }
    if (method === 0 && compressedSize !== size)
      return { ok: false, path: name, message: 'a stored entry whose sizes differ', kind: 'damaged' }
    entries.push({ name, method, crc, compressedSize, size, dataStart })
  }
  return { ok: true, entries }
}

/** What a read entry gives: its bytes (empty when they went to a sink) and their SHA-256, computed as they came. */
export type InflatedEntry = { ok: true; bytes: Uint8Array; sha256: string | null }

/** Takes an entry's output chunk by chunk instead of a buffer (a temp file); a throw stops the read. */
export type EntrySink = (chunk: Uint8Array) => void

/** Slice of a stored entry checked between two turns of the event loop. */
const STORED_SLICE = 4 * 1024 * 1024

/**
 * Inflates one entry into a buffer of its declared size; stops at the first byte past it, at the
 * deadline, or on a CRC that does not match. The CRC-32 (and the SHA-256 when asked) are computed chunk by chunk,
 * so no single step holds the main thread for long. The caller has checked the declared size against its cap.
 * With a `sink` the output goes there as it comes (checked the same way) and `bytes` is empty; an
 * error thrown by the sink rejects the promise.
 */
export async function inflateEntry(
  data: Uint8Array,
  entry: ZipEntry,
  deadline: number,
  options: { sha256?: boolean; sink?: EntrySink } = {}
): Promise<InflatedEntry | ({ ok: false } & ZipProblem)> {
  const sink = options.sink
  if (Date.now() >= deadline) return { ok: false, ...tooSlow(entry.name) }
  const compressed = data.subarray(entry.dataStart, entry.dataStart + entry.compressedSize)
  const hash = options.sha256 ? sha256Hasher() : null
  if (entry.method === 0) {
    let crc = 0
    for (let at = 0; at < compressed.length; at += STORED_SLICE) {
      const slice = compressed.subarray(at, at + STORED_SLICE)
      crc = crc32(slice, crc)
      hash?.update(slice)
      sink?.(slice)
      await new Promise((resolve) => setImmediate(resolve))
      if (Date.now() >= deadline) return { ok: false, ...tooSlow(entry.name) }
    }
    if (crc >>> 0 !== entry.crc) return { ok: false, ...crcProblem(entry.name) }
    return { ok: true, bytes: sink ? new Uint8Array(0) : compressed.slice(), sha256: hash?.digest() ?? null }
  }
  const out = new Uint8Array(sink ? 0 : entry.size)
  return new Promise((resolve, reject) => {
    let written = 0
    let crc = 0
    let settled = false
    const inflate = createInflateRaw({ chunkSize: CHUNK })
    const finish = (result: InflatedEntry | ({ ok: false } & ZipProblem), error?: unknown) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      inflate.removeAllListeners('data')
      inflate.destroy()
      if (error === undefined) resolve(result)
      else reject(error instanceof Error ? error : new Error(String(error)))
    }
    const timer = setTimeout(() => finish({ ok: false, ...tooSlow(entry.name) }), Math.max(0, deadline - Date.now()))
    inflate.on('data', (chunk: Buffer) => {
      if (settled) return
      if (written + chunk.length > entry.size) {
        finish({
          ok: false,
          path: entry.name,
          message: 'the entry unpacks to more than its header says (a zip bomb or a damaged file)',
          kind: 'damaged'
        })
        return
      }
      if (sink) {
        try {
          sink(chunk)
        } catch (error) {
          // A file that cannot be written (a full disk) is not the archive's fault: the read fails.
          finish({ ok: false, path: entry.name, message: String(error), kind: 'damaged' }, error)
          return
        }
      } else out.set(chunk, written)
      written += chunk.length
      crc = crc32(chunk, crc)
      hash?.update(chunk)
    })
    inflate.on('error', (error: Error) =>
      finish({
        ok: false,
        path: entry.name,
        message: `the entry cannot be inflated (${error.message})`,
        kind: 'damaged'
      })
    )
    inflate.on('end', () => {
      if (written !== entry.size)
        finish({ ok: false, path: entry.name, message: 'the entry is shorter than its header says', kind: 'damaged' })
      else if (crc >>> 0 !== entry.crc) finish({ ok: false, ...crcProblem(entry.name) })
      else finish({ ok: true, bytes: out, sha256: hash?.digest() ?? null })
    })
    inflate.end(Buffer.from(compressed.buffer, compressed.byteOffset, compressed.byteLength))
  })
}

function crcProblem(path: string): ZipProblem {
  return { path, message: 'the entry does not match its CRC-32 (damaged or changed)', kind: 'damaged' }
}

/** Said when the time budget is spent, by the reader and by the thread that waits for it. */
export const TOO_SLOW_MESSAGE = 'reading the archive took longer than Mätbar allows'

function tooSlow(path: string): ZipProblem {
  return { path, message: TOO_SLOW_MESSAGE, kind: 'too-slow' }
}

// ---- The Mätbar archive format, checked entry by entry (archive.ts builds it; see its header) ----

export const MANIFEST_ENTRY = 'manifest.json'
export const PORTFOLIO_ENTRY = 'portfolio.json'
const ATTACHMENT_ENTRY = /^attachments\/([0-9a-f]{64})\/([^/]+)$/
/** The manifest is a few hundred bytes; 64 KiB leaves room for any counts a later version adds. */
const MAX_MANIFEST_BYTES = 64 * 1024

/** The caps and the deadline (a Date.now() time) of one read; archive.ts sets them. */
export type ArchiveLimits = {
  deadline: number
  maxAttachmentBytes: number
  maxPortfolioBytes: number
  maxUnpackedBytes: number
  /** Give portfolio.json as its bytes (portfolioBytes, text ''), for reading in pieces; else as text. */
  portfolioAsBytes?: boolean
  /**
   * Write portfolio.json into this file (created or emptied; text '', portfolioFileBytes its size)
   * instead of memory. The caller names it and removes it, whatever the outcome.
   */
  portfolioFile?: string
}

/** An attachment file read from an archive: its hash (checked), the name the archive gives it, its bytes. */
export type ArchiveAttachmentBytes = { sha256: string; name: string; data: Uint8Array }

/** An archive's entries, checked: the portfolio text, the manifest's text, the attachments by hash. */
export type ArchiveEntries =
  | {
      ok: true
      text: string
      /** portfolio.json's bytes, when the limits asked for them (portfolioAsBytes). */
      portfolioBytes?: Uint8Array
      /** portfolio.json's size, when it was written to limits.portfolioFile. */
      portfolioFileBytes?: number
      manifestText: string | null
      attachments: ArchiveAttachmentBytes[]
    }
  | { ok: false; path: string; message: string; code: DamagedCode }

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
 * The checks made from the central directory alone, before anything is inflated: every entry name
 * (duplicates, `__proto__`, anything outside the format) and every declared size against its cap
 * and the total. Synchronous and cheap (no entry is read), so main also runs it before it starts a
 * worker: such an archive is refused at once.
 */
export function checkArchiveDirectory(
  data: Uint8Array,
  limits: Omit<ArchiveLimits, 'deadline'>
): { ok: true; entries: ZipEntry[] } | Extract<ArchiveEntries, { ok: false }> {
  const { maxAttachmentBytes: maxAttachment, maxPortfolioBytes: maxPortfolio } = limits
  const maxTotal = limits.maxUnpackedBytes
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
  return { ok: true, entries: listed.entries }
}

/**
 * Reads an archive made by buildArchive, checking every entry. Entry names are checked from the
 * directory before anything is inflated: a name given twice (a second portfolio.json would silently
 * win), `__proto__`, `constructor` or any other name outside the format refuses the whole archive.
 * Then the declared sizes are checked against the caps (an honest zip bomb stops here, before
 * inflating), and each entry is inflated off the main thread (archive-reader.ts), stopping at the
 * first byte past its declared size, on a wrong CRC-32 or when the time budget is spent. Nothing is
 * written anywhere: a refused archive leaves only garbage for the collector. Runs in the calling
 * thread: the app calls archive.ts readArchive, which runs this in a worker (archive-worker.ts).
 */
export async function readArchiveEntries(data: Uint8Array, limits: ArchiveLimits): Promise<ArchiveEntries> {
  const checked = checkArchiveDirectory(data, limits)
  if (!checked.ok) return checked
  const { deadline } = limits

  let text: string | null = null
  let portfolioBytes: Uint8Array | undefined
  let portfolioFileBytes: number | undefined
  let manifestText: string | null = null
  const attachments: ArchiveAttachmentBytes[] = []
  for (const entry of checked.entries) {
    const name = entry.name
    if (FOLDER_ENTRY.test(name)) continue
    const toFile = name === PORTFOLIO_ENTRY && limits.portfolioFile !== undefined
    const read = toFile
      ? await inflateToFile(data, entry, deadline, limits.portfolioFile!)
      : await inflateEntry(data, entry, deadline, { sha256: ATTACHMENT_ENTRY.test(name) })
    if (!read.ok)
      return {
        ok: false,
        path: shownName(read.path),
        message: read.message,
        code: read.kind === 'too-slow' ? 'too-slow' : read.kind === 'not-zip' ? 'not-zip' : 'entry-damaged'
      }
    const bytes = read.bytes
    if (name === PORTFOLIO_ENTRY) {
      if (toFile) {
        portfolioFileBytes = entry.size
        text = ''
      } else if (limits.portfolioAsBytes) {
        portfolioBytes = bytes
        text = ''
      } else text = utf8(bytes)
      continue
    }
    if (name === MANIFEST_ENTRY) {
      manifestText = utf8(bytes)
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
  return {
    ok: true,
    text,
    manifestText,
    attachments,
    ...(portfolioBytes ? { portfolioBytes } : {}),
    ...(portfolioFileBytes !== undefined ? { portfolioFileBytes } : {})
  }
}

/** Inflates an entry into a file, chunk by chunk (written synchronously: this runs in the reading thread). */
async function inflateToFile(
  data: Uint8Array,
  entry: ZipEntry,
  deadline: number,
  path: string
): Promise<InflatedEntry | ({ ok: false } & ZipProblem)> {
  const fd = openSync(path, 'w', 0o600)
  try {
    return await inflateEntry(data, entry, deadline, {
      sink: (chunk) => {
        for (let at = 0; at < chunk.length;) at += writeSync(fd, chunk, at, chunk.length - at)
      }
    })
  } finally {
    closeSync(fd)
  }
}

/** UTF-8 to text (invalid bytes become U+FFFD, as before); Node's decoder is several times faster than fflate's. */
function utf8(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
}
