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
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { strFromU8, strToU8, zipSync } from 'fflate'
import type * as Esbuild from 'esbuild'
import type { Zippable } from 'fflate'
import { MAX_ATTACHMENT_BYTES } from '@shared/ipc/attachments'
import type { DamagedCode } from '@shared/ipc/portfolio'
import { MAX_PORTFOLIO_TEXT_LENGTH } from '@shared/portfolio-file'
import {
  checkArchiveDirectory,
  MANIFEST_ENTRY,
  PORTFOLIO_ENTRY,
  readArchiveEntries,
  TOO_SLOW_MESSAGE
} from './archive-reader'
import type { ArchiveEntries, ArchiveLimits } from './archive-reader'

export const ARCHIVE_FORMAT = 'matbar-archive'
export const ARCHIVE_VERSION = 1
export { MANIFEST_ENTRY, PORTFOLIO_ENTRY } from './archive-reader'
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
  | {
      ok: true
      /** The portfolio text; '' when its bytes were asked for (portfolioBytes). */
      text: string
      portfolioBytes?: Uint8Array
      /** portfolio.json's size, when it went to options.portfolioFile. */
      portfolioFileBytes?: number
      manifest: ArchiveManifest | null
      attachments: ArchiveAttachment[]
    }
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

/** Time a whole archive may take to read; past it the archive is refused (seconds, not minutes). */
export const ARCHIVE_TIME_BUDGET_MS = 20_000

export type ReadArchiveOptions = {
  /** Overrides ARCHIVE_TIME_BUDGET_MS (tests use a short one). */
  timeBudgetMs?: number
  /** Overrides the caps (tests use small ones). */
  maxAttachmentBytes?: number
  maxPortfolioBytes?: number
  maxUnpackedBytes?: number
  /** Give portfolio.json as bytes, not text (the import reads it in pieces). */
  portfolioAsBytes?: boolean
  /** Write portfolio.json into this file instead (the import splits it from there); the caller removes it. */
  portfolioFile?: string
}

/**
 * readArchive's options: `transfer` hands the bytes to the reading thread (the caller's copy is
 * emptied); `workerFile` replaces the worker (tests use one that never answers).
 */
export type ReadArchiveInWorkerOptions = ReadArchiveOptions & { transfer?: boolean; workerFile?: string }

/** What the main thread posts to the archive worker (archive-worker.ts). */
export type ArchiveWorkerRequest = { data: Uint8Array; limits: ArchiveLimits }

/** The caps of one read: the options' or the defaults (the total scales with the file's size). */
function limitsFor(size: number, options: ReadArchiveOptions): ArchiveLimits {
  return {
    deadline: Date.now() + (options.timeBudgetMs ?? ARCHIVE_TIME_BUDGET_MS),
    maxAttachmentBytes: options.maxAttachmentBytes ?? MAX_ATTACHMENT_BYTES,
    maxPortfolioBytes: options.maxPortfolioBytes ?? MAX_PORTFOLIO_ENTRY_BYTES,
    maxUnpackedBytes:
      options.maxUnpackedBytes ??
      Math.min(MAX_UNPACKED_BYTES, Math.max(RATIO_FLOOR_BYTES, size * MAX_COMPRESSION_RATIO)),
    portfolioAsBytes: options.portfolioAsBytes,
    ...(options.portfolioFile !== undefined ? { portfolioFile: options.portfolioFile } : {})
  }
}

/** The checked entries as the rest of main uses them: the manifest parsed (it is at most 64 KiB). */
function fromEntries(read: ArchiveEntries): ReadArchiveResult {
  if (!read.ok) return read
  const manifest = read.manifestText === null ? null : parseManifest(read.manifestText)
  return {
    ok: true,
    text: read.text,
    manifest,
    attachments: read.attachments,
    ...(read.portfolioBytes ? { portfolioBytes: read.portfolioBytes } : {}),
    ...(read.portfolioFileBytes !== undefined ? { portfolioFileBytes: read.portfolioFileBytes } : {})
  }
}

/**
 * Reads an archive made by buildArchive, checking every entry (archive-reader.ts readArchiveEntries),
 * in the calling thread. The app uses readArchive, which does the same in a worker.
 */
export async function readArchiveHere(data: Uint8Array, options: ReadArchiveOptions = {}): Promise<ReadArchiveResult> {
  return fromEntries(await readArchiveEntries(data, limitsFor(data.length, options)))
}

/**
 * The worker's file: beside the bundle (out/main, above the shared chunks folder) in the app and the
 * harness; in a source checkout (vitest, tsx scripts) the source bundled once per process by esbuild
 * (a dev dependency), so tests run the same worker code the build does.
 */
function archiveWorkerFile(): string {
  for (const file of [join(__dirname, 'archive-worker.js'), join(__dirname, '..', 'archive-worker.js')])
    if (existsSync(file)) return file
  const source = join(__dirname, 'archive-worker.ts')
  if (!existsSync(source)) throw new Error('the archive reader (archive-worker.js) is missing from the build')
  if (bundledFromSource === null) {
    // Not a static import: the built app neither has nor needs esbuild.
    const esbuild = createRequire(__filename)('esbuild') as typeof Esbuild
    const built = esbuild.buildSync({
      entryPoints: [source],
      write: false,
      outfile: 'archive-worker.cjs',
      bundle: true,
      platform: 'node',
      format: 'cjs',
      packages: 'external',
      tsconfig: join(__dirname, '..', '..', 'tsconfig.node.json'),
      logLevel: 'silent'
    })
    const code = built.outputFiles[0]!.text
    // Inside the checkout, so the worker's require() finds node_modules; named by its content, so
    // parallel test processes share one file and a changed source gets a new one.
    const dir = join(__dirname, '..', '..', 'node_modules', '.cache')
    const out = join(dir, `archive-worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.cjs`)
    if (!existsSync(out)) {
      mkdirSync(dir, { recursive: true })
      const tmp = `${out}.${process.pid}.tmp`
      writeFileSync(tmp, code)
      renameSync(tmp, out)
    }
    bundledFromSource = out
  }
  return bundledFromSource
}
let bundledFromSource: string | null = null

/**
 * Reads an archive as readArchiveHere does, in a worker thread: listing, inflating, the CRC-32 and
 * SHA-256 of every entry and the UTF-8 decoding all run there, so main's event loop (the window's
 * IPC, the harness's HTTP) stays free however hostile the file. The bytes go to the worker once
 * (transferred when `transfer`, else one copy), the attachments come back transferred. Past the time
 * budget (and a second's grace for the worker's own answer) the worker is terminated and the archive
 * refused as too slow.
 */
export async function readArchive(
  data: Uint8Array,
  options: ReadArchiveInWorkerOptions = {}
): Promise<ReadArchiveResult> {
  const { transfer, workerFile, ...readOptions } = options
  const budget = readOptions.timeBudgetMs ?? ARCHIVE_TIME_BUDGET_MS
  const limits = limitsFor(data.length, readOptions)
  // What the directory alone refuses (names, declared sizes) is said at once, without a thread.
  const checked = checkArchiveDirectory(data, limits)
  if (!checked.ok) return checked
  const whole =
    data.byteOffset === 0 && data.byteLength === data.buffer.byteLength && data.buffer instanceof ArrayBuffer
  // A view into a larger (pooled) buffer is never transferred: that would empty its neighbours.
  // new Uint8Array(view) copies (a Buffer's slice() would not: it is a view of the same memory).
  const owned = transfer && whole ? data : new Uint8Array(data)
  const worker = new Worker(workerFile ?? archiveWorkerFile())
  try {
    return await new Promise<ReadArchiveResult>((resolve, reject) => {
      const timer = setTimeout(
        () => resolve({ ok: false, path: '(archive)', message: TOO_SLOW_MESSAGE, code: 'too-slow' }),
        budget + WORKER_GRACE_MS
      )
      const settle = (fn: () => void) => {
        clearTimeout(timer)
        fn()
      }
      worker.once('message', (result: ArchiveEntries) => settle(() => resolve(fromEntries(result))))
      worker.once('error', (error) => settle(() => reject(new Error(`the archive reader failed: ${error.message}`))))
      worker.once('exit', (code) =>
        settle(() => reject(new Error(`the archive reader stopped (exit code ${code}) without an answer`)))
      )
      const request: ArchiveWorkerRequest = { data: owned, limits }
      worker.postMessage(request, [owned.buffer as ArrayBuffer])
    })
  } finally {
    // Whatever the outcome, nothing of the read stays running or in memory.
    void worker.terminate()
  }
}

/** Time the worker gets past the budget to say which entry was too slow, before it is terminated. */
const WORKER_GRACE_MS = 1000

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
  const flags = view.getUint16(6, true)
  const method = view.getUint16(8, true)
  let size = view.getUint32(18, true)
  const nameLength = view.getUint16(26, true)
  const extraLength = view.getUint16(28, true)
  const start = 30 + nameLength + extraLength
  if (method !== 0) return null
  if (flags & 0x8) {
    // Written in pieces (archive-writer.ts): the size follows the data in a data descriptor. The
    // manifest is JSON, which never holds the byte 0x07, so the first descriptor signature ends it.
    const end = findDataDescriptor(prefix, start)
    if (end < 0 || end + 16 > prefix.length || view.getUint32(end + 8, true) !== end - start) return null
    size = end - start
  }
  if (start + size > prefix.length) return null
  const name = strFromU8(prefix.subarray(30, 30 + nameLength))
  if (name !== MANIFEST_ENTRY) return null
  return parseManifest(strFromU8(prefix.subarray(start, start + size)))
}

/** Where the first data descriptor (PK 07 08) at or after `from` starts, or -1. */
function findDataDescriptor(data: Uint8Array, from: number): number {
  for (let at = from; at + 4 <= data.length; at++) {
    if (data[at] === 0x50 && data[at + 1] === 0x4b && data[at + 2] === 0x07 && data[at + 3] === 0x08) return at
  }
  return -1
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
