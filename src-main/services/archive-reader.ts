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
 *   thread pool: the main thread only receives the chunks, so the window and every other IPC call
 *   are answered meanwhile;
 * - the inflate stops as soon as an entry's output passes its declared size (a lying header), the
 *   time budget is spent, or the output ends short; the CRC-32 of every entry is checked;
 * - output goes into one buffer of the declared (capped) size, so memory stays bounded by the caps.
 *
 * Only what Mätbar and ordinary zip tools write is accepted: one disk, no ZIP64, no encryption,
 * stored or deflated entries.
 */
import { createInflateRaw, crc32 } from 'node:zlib'
import { strFromU8 } from 'fflate'
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

/** What a read entry gives: its bytes and their SHA-256, computed as they came. */
export type InflatedEntry = { ok: true; bytes: Uint8Array; sha256: string | null }

/** Slice of a stored entry checked between two turns of the event loop. */
const STORED_SLICE = 4 * 1024 * 1024

/**
 * Inflates one entry into a buffer of its declared size; stops at the first byte past it, at the
 * deadline, or on a CRC that does not match. The CRC-32 (and the SHA-256 when asked) are computed chunk by chunk,
 * so no single step holds the main thread for long. The caller has checked the declared size against its cap.
 */
export async function inflateEntry(
  data: Uint8Array,
  entry: ZipEntry,
  deadline: number,
  options: { sha256?: boolean } = {}
): Promise<InflatedEntry | ({ ok: false } & ZipProblem)> {
  if (Date.now() >= deadline) return { ok: false, ...tooSlow(entry.name) }
  const compressed = data.subarray(entry.dataStart, entry.dataStart + entry.compressedSize)
  const hash = options.sha256 ? sha256Hasher() : null
  if (entry.method === 0) {
    let crc = 0
    for (let at = 0; at < compressed.length; at += STORED_SLICE) {
      const slice = compressed.subarray(at, at + STORED_SLICE)
      crc = crc32(slice, crc)
      hash?.update(slice)
      await new Promise((resolve) => setImmediate(resolve))
      if (Date.now() >= deadline) return { ok: false, ...tooSlow(entry.name) }
    }
    if (crc >>> 0 !== entry.crc) return { ok: false, ...crcProblem(entry.name) }
    return { ok: true, bytes: compressed.slice(), sha256: hash?.digest() ?? null }
  }
  const out = new Uint8Array(entry.size)
  return new Promise((resolve) => {
    let written = 0
    let crc = 0
    let settled = false
    const inflate = createInflateRaw({ chunkSize: CHUNK })
    const finish = (result: InflatedEntry | ({ ok: false } & ZipProblem)) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      inflate.removeAllListeners('data')
      inflate.destroy()
      resolve(result)
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
      out.set(chunk, written)
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

function tooSlow(path: string): ZipProblem {
  return { path, message: 'reading the archive took longer than Mätbar allows', kind: 'too-slow' }
}
