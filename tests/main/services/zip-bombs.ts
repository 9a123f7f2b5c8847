/**
 * Hostile ZIP archives for the archive reader's tests (issue 13 point 1), made in the test rather than
 * stored: a CPU bomb (an entry that declares 1 KiB but inflates to GiBs) and patched headers.
 */
import { createHash } from 'node:crypto'
import { constants as zlibConstants, crc32, deflateRawSync } from 'node:zlib'
import { zipSync } from 'fflate'

const portfolio = new TextEncoder().encode('{"format":"matbar-portfolio"}')

/** Little-endian offsets of the fields patched below (APPNOTE.TXT 4.3.7 and 4.3.12). */
const LOCAL = { crc: 14, compressed: 18, size: 22 }
const CENTRAL = { crc: 16, compressed: 20, size: 24 }

/** Every local header and central-directory record of a zip written by fflate (no comment, no ZIP64). */
export function headers(zip: Buffer): { local: number[]; central: number[] } {
  const local: number[] = []
  const central: number[] = []
  for (let at = 0; at + 4 <= zip.length; at++) {
    const sig = zip.readUInt32LE(at)
    if (sig === 0x04034b50) local.push(at)
    else if (sig === 0x02014b50) central.push(at)
  }
  return { local, central }
}

/** Writes `field` of the entry named `name` in both its local header and its directory record. */
export function patchEntry(zip: Uint8Array, name: string, field: 'crc' | 'size', value: number): Buffer {
  const out = Buffer.from(zip)
  const { local, central } = headers(out)
  for (const at of local)
    if (out.toString('utf8', at + 30, at + 30 + out.readUInt16LE(at + 26)) === name)
      out.writeUInt32LE(value >>> 0, at + LOCAL[field])
  for (const at of central)
    if (out.toString('utf8', at + 46, at + 46 + out.readUInt16LE(at + 28)) === name)
      out.writeUInt32LE(value >>> 0, at + CENTRAL[field])
  return out
}

/**
 * A raw deflate stream of `gib` GiB of zeros, made without holding them: one 64 MiB block of zeros
 * deflated with a full flush, repeated (each flushed block ends on a byte boundary, so the copies
 * join), then an empty final block.
 */
export function zerosDeflate(gib: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(64 * 1024 * 1024), { level: 9, finishFlush: zlibConstants.Z_FULL_FLUSH })
  const parts = new Array<Buffer>(gib * 16).fill(block)
  parts.push(Buffer.from([0x03, 0x00])) // final empty fixed-Huffman block
  return Buffer.concat(parts)
}

/** A zip of a small portfolio.json plus one attachment entry whose data is `deflated` (method 8). */
export function zipWithDeflated(name: string, deflated: Buffer, size: number, crc: number): Buffer {
  const placeholder = new Uint8Array(1)
  const zip = Buffer.from(zipSync({ 'portfolio.json': portfolio, [name]: placeholder }, { level: 0 }))
  // Rebuild by hand around fflate's headers: take its layout, swap the one-byte data for `deflated`.
  const { local, central } = headers(zip)
  const localAt = local[1]!
  const dataAt = localAt + 30 + zip.readUInt16LE(localAt + 26) + zip.readUInt16LE(localAt + 28)
  const cdAt = central[0]!
  const eocdAt = zip.length - 22
  const head = Buffer.from(zip.subarray(0, dataAt))
  head.writeUInt16LE(8, localAt + 8)
  head.writeUInt32LE(deflated.length, localAt + LOCAL.compressed)
  head.writeUInt32LE(size >>> 0, localAt + LOCAL.size)
  head.writeUInt32LE(crc >>> 0, localAt + LOCAL.crc)
  const cd = Buffer.from(zip.subarray(cdAt, eocdAt))
  const shift = deflated.length - 1
  const cdSecond = central[1]! - cdAt
  cd.writeUInt16LE(8, cdSecond + 10)
  cd.writeUInt32LE(deflated.length, cdSecond + CENTRAL.compressed)
  cd.writeUInt32LE(size >>> 0, cdSecond + CENTRAL.size)
  cd.writeUInt32LE(crc >>> 0, cdSecond + CENTRAL.crc)
  const eocd = Buffer.from(zip.subarray(eocdAt))
  eocd.writeUInt32LE(cdAt + shift, 16)
  return Buffer.concat([head, deflated, cd, eocd])
}

/**
 * A CPU bomb within every cap (issue 13 point 1): `count` attachments of `mib` MiB each (each hash
 * differs by one byte), packed at level 9 into a few hundred KiB. Everything is honest, so all of it
 * must be inflated, CRC-checked and hashed. `portfolio` (a portfolio file object) gets one attachment
 * row per file when given, so an import stages the files.
 */
export function honestCpuBomb(
  count: number,
  mib: number,
  portfolio?: { tables: { attachments: Record<string, unknown>[] } }
): Buffer {
  const files: Record<string, Uint8Array> = {}
  const rows: Record<string, unknown>[] = []
  const template = portfolio?.tables.attachments[0] ?? {}
  for (let i = 0; i < count; i++) {
    const data = new Uint8Array(mib * 1024 * 1024)
    data[i] = 1
    const sha256 = createHash('sha256').update(data).digest('hex')
    files[`attachments/${sha256}/fil-${i}.pdf`] = data
    rows.push({
      ...template,
      id: `att-bomb-${i}`,
      name: `fil-${i}.pdf`,
      mimeType: 'application/pdf',
      sha256,
      size: data.length
    })
  }
  if (portfolio) portfolio.tables.attachments = rows
  files['portfolio.json'] = new TextEncoder().encode(
    portfolio ? JSON.stringify(portfolio) : '{"format":"matbar-portfolio"}'
  )
  return zipNative(files, 9)
}

/**
 * A zip of `files` deflated by node:zlib (native, level 1 unless given), each distinct data object deflated once: the large
 * archives of the tests (hundreds of MiB of zeros or spaces) without fflate's JavaScript deflate, which took most of
 * those tests' time. Plain ZIP (no ZIP64), UTF-8 names, entries in the object's order.
 */
export function zipNative(files: Record<string, Uint8Array>, level = 1): Buffer {
  const packed = new Map<Uint8Array, { deflated: Buffer; crc: number }>()
  const parts: Buffer[] = []
  const directory: Buffer[] = []
  let offset = 0
  for (const [name, data] of Object.entries(files)) {
    let entry = packed.get(data)
    if (!entry) {
      entry = { deflated: deflateRawSync(data, { level }), crc: crc32(data) }
      packed.set(data, entry)
    }
    const nameBytes = Buffer.from(name, 'utf8')
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4) // version needed
    local.writeUInt16LE(0x0800, 6) // UTF-8 name
    local.writeUInt16LE(8, 8) // deflate
    local.writeUInt16LE(0x21, 12) // 1980-01-01
    local.writeUInt32LE(entry.crc >>> 0, LOCAL.crc)
    local.writeUInt32LE(entry.deflated.length, LOCAL.compressed)
    local.writeUInt32LE(data.length, LOCAL.size)
    local.writeUInt16LE(nameBytes.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4) // version made by
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt16LE(0x21, 14)
    central.writeUInt32LE(entry.crc >>> 0, CENTRAL.crc)
    central.writeUInt32LE(entry.deflated.length, CENTRAL.compressed)
    central.writeUInt32LE(data.length, CENTRAL.size)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    parts.push(local, nameBytes, entry.deflated)
    directory.push(central, nameBytes)
    offset += 30 + nameBytes.length + entry.deflated.length
  }
  const directoryBytes = Buffer.concat(directory)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Object.keys(files).length, 8)
  end.writeUInt16LE(Object.keys(files).length, 10)
  end.writeUInt32LE(directoryBytes.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...parts, directoryBytes, end])
}
