/**
 * Writes an export or backup archive in pieces (issue 15, point 2): the renderer sends the portfolio
 * JSON chunk by chunk, each is deflated into the portfolio.json entry as it comes and written to a temp
 * file beside the target, encrypted on the way when asked. The deflate is node:zlib's (native, level 6,
 * on libuv's thread pool), not fflate's JavaScript one: a profile of a realistic export (27 MB of JSON)
 * spent 3.0 s of main's thread in fflate's deflate, where zlib takes about 0.4 s off the thread; fflate
 * still lays out the archive. Memory holds one chunk and what deflate
 * keeps, never the whole portfolio or the whole archive. The file is the same as buildArchive (and
 * encrypt) make: manifest.json first and stored, portfolio.json, then the attachments; only the
 * entries carry their sizes in a data descriptor after the data (readManifestFromPrefix reads both).
 *
 * finish() fsyncs the temp file and gives its path; the caller renames it into place (atomic). abort()
 * deletes it. A process killed halfway leaves a temp file named like writeFileAtomic's, which the sweep
 * of stale temp files removes at the next start.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, open, unlink } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { crc32, createDeflateRaw } from 'node:zlib'
import type { DeflateRaw } from 'node:zlib'
import { strToU8, Zip, ZipPassThrough } from 'fflate'
import type { AsyncFlateStreamHandler, ZipInputFile } from 'fflate'
import type { ArchiveAttachment, ArchiveManifest } from './archive'
import { MANIFEST_ENTRY, PORTFOLIO_ENTRY } from './archive-reader'
import type { Encryptor } from './portfolio-crypto'

export type ArchiveWriter = {
  /** Appends a piece of the portfolio JSON: text, or its UTF-8 bytes. */
  write: (piece: string | Uint8Array) => Promise<void>
  /**
   * Ends the portfolio entry, adds the attachments (each once; read one at a time when given as an
   * async iterable), ends the archive; gives the temp file.
   */
  finish: (
    attachments: Iterable<ArchiveAttachment> | AsyncIterable<ArchiveAttachment>
  ) => Promise<{ path: string; size: number }>
  /** Stops and deletes the temp file; safe to call more than once and after finish. */
  abort: () => Promise<void>
  /** Bytes written to the temp file so far. */
  readonly size: number
}

/** Starts an archive in a temp file in `dir`; `encryptor` (portfolio-crypto createEncryptor) encrypts it. */
export async function openArchiveWriter(
  dir: string,
  manifest: ArchiveManifest,
  encryptor: Encryptor | null = null
): Promise<ArchiveWriter> {
  await mkdir(dir, { recursive: true })
  const path = join(dir, `.portfolio-write.${randomBytes(6).toString('hex')}.tmp`)
  const handle: FileHandle = await open(path, 'wx', 0o600)
  let size = 0
  let pending: Uint8Array[] = []
  let failure: Error | null = null
  let state: 'open' | 'finished' | 'aborted' = 'open'

  const zip = new Zip((error, data, final) => {
    if (error) failure = error
    else if (data.length > 0 || final) pending.push(encryptor ? encryptor.update(data) : data)
  })
  // fflate calls back synchronously; what it gave is written before the next piece is taken.
  async function flush(): Promise<void> {
    if (failure) throw failure
    const out = pending
    pending = []
    for (const piece of out) {
      if (piece.length === 0) continue
      await handle.write(piece)
      size += piece.length
    }
  }

  if (encryptor) pending.push(encryptor.header)
  const manifestEntry = new ZipPassThrough(MANIFEST_ENTRY)
  zip.add(manifestEntry)
  manifestEntry.push(strToU8(JSON.stringify(manifest)), true)
  const portfolio = new NativeDeflateEntry(PORTFOLIO_ENTRY)
  zip.add(portfolio)
  try {
    await flush()
  } catch (error) {
    await handle.close().catch(() => undefined)
    await unlink(path).catch(() => undefined)
    throw error
  }

  function assertOpen(): void {
    if (state !== 'open') throw new Error(`the archive is already ${state}`)
  }

  return {
    get size() {
      return size
    },
    async write(piece) {
      assertOpen()
      await portfolio.push(typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece)
      await flush()
    },
    async finish(attachments) {
      assertOpen()
      state = 'finished'
      try {
        await portfolio.end()
        const seen = new Set<string>()
        for await (const a of attachments) {
          if (seen.has(a.sha256)) continue
          seen.add(a.sha256)
          // Photos and PDFs are compressed already; deflating them again only costs time.
          const entry = new ZipPassThrough(`attachments/${a.sha256}/${a.name}`)
          zip.add(entry)
          entry.push(a.data, true)
          await flush()
        }
        zip.end()
        if (encryptor) pending.push(encryptor.final())
        await flush()
        await handle.sync()
        await handle.close()
        return { path, size }
      } catch (error) {
        state = 'aborted'
        await handle.close().catch(() => undefined)
        await unlink(path).catch(() => undefined)
        throw error
      }
    },
    async abort() {
      if (state === 'aborted') return
      const wasOpen = state === 'open'
      state = 'aborted'
      if (wasOpen) {
        portfolio.terminate()
        zip.terminate()
        await handle.close().catch(() => undefined)
      }
      await unlink(path).catch(() => undefined)
    }
  }
}

/**
 * A deflated ZIP entry whose data node:zlib compresses (raw deflate, level 6, as fflate's ZipDeflate at
 * the level used before): fflate's Zip writes its headers and data descriptor from `crc` and `size`,
 * which are complete when the last chunk is handed on (see fflate's ZipInputFile). `push` resolves once
 * zlib has taken the bytes, so at most one piece waits in it; what it gives comes through `ondata` in
 * order, and `end` resolves after the last of it.
 */
class NativeDeflateEntry implements ZipInputFile {
  readonly compression = 8
  /** fflate's flag for level 6 (bits 1-2 of the general purpose flag: normal compression). */
  readonly flag = 0
  size = 0
  crc = 0
  ondata?: AsyncFlateStreamHandler
  private readonly deflate: DeflateRaw = createDeflateRaw({ level: 6 })
  private readonly ended: Promise<void>

  constructor(readonly filename: string) {
    // zlib's output chunks are Buffers over plain ArrayBuffers.
    this.deflate.on('data', (chunk: Buffer<ArrayBuffer>) => this.ondata?.(null, chunk, false))
    this.ended = new Promise<void>((resolve, reject) => {
      this.deflate.once('end', resolve)
      this.deflate.once('error', reject)
    })
    // Awaited by end(); an error before that is also given to the pending push.
    this.ended.catch(() => undefined)
  }

  push(bytes: Uint8Array): Promise<void> {
    this.crc = crc32(bytes, this.crc)
    this.size += bytes.length
    return new Promise((resolve, reject) => {
      this.deflate.write(bytes, (error) => (error ? reject(error) : resolve()))
    })
  }

  async end(): Promise<void> {
    this.deflate.end()
    await this.ended
    this.ondata?.(null, new Uint8Array(0), true)
  }

  terminate(): void {
    this.deflate.destroy()
  }
}
