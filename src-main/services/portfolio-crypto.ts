/**
 * Password encryption of exports and backups: scrypt derives the key, AES-256-GCM encrypts.
 *
 * File layout (all integers big-endian), the header the same in every format:
 *   magic "MATBAR-ENCRYPTED" (16) | version (1) | log2 N (1) | r (1) | p (1) | salt (16) | iv (12)
 *   | check (16) | metadata length (4) | metadata JSON (UTF-8) | header digest (16, from format 2)
 * then the body:
 *   format 1 and 2 (written until December 2026; still read): ciphertext | GCM tag (16), one GCM
 *     message under the scrypt key with `iv` as its nonce: nothing may be used before the whole file
 *     is read and its one tag checked, so reading one holds the ciphertext and the plain bytes whole.
 *   format 3: segments, each the AES-256-GCM encryption of SEGMENT_BYTES (1 MiB) of the plain bytes
 *     followed by its tag; the last segment holds the remaining 0..SEGMENT_BYTES bytes. This is the
 *     STREAM construction of online authenticated encryption (Hoang, Reyhanitabar, Rogaway, Vizár
 *     2015; as in Tink's AES-GCM-HKDF streaming AEAD and age): the segments are encrypted under a key
 *     of this file alone, HKDF-SHA256 of the scrypt key with `iv` (12 random bytes) as its salt, with
 *     the nonce 7 zero bytes | the segment's number (4) | 1 for the last segment else 0, and the whole
 *     header as additional data. A segment is checked before its bytes are used, and a reader can
 *     decrypt the file a segment at a time:
 *     - a segment moved, dropped or repeated is decrypted under another number than it was sealed
 *       with, and its tag fails;
 *     - a file cut short ends on a segment sealed as not the last (the reader takes what ends the file
 *       as the last one), so its tag fails; one cut at a segment's end is said as cut short;
 *     - bytes added after the last segment make the real last one be read as not the last: it fails;
 *     - segments of another file are under another key (another `iv`), and a changed header fails the
 *       digest and every segment's additional data;
 *     - nonces never repeat under one key: the key is the file's own, and the number counts up to at
 *       most 2^32 segments (4 PiB).
 *
 * The whole header is the GCM additional data, so a changed header fails like a changed ciphertext.
 * `check` is derived from the password apart from the AES key: it tells a wrong password from a
 * tampered file without decrypting anything, and costs a guesser the same scrypt work as the key.
 * The header digest (SHA-256 of everything before it, cut to 16 bytes) is checked before any key is
 * derived: a flipped bit in the salt or the parameters is a damaged file, not a wrong password.
 * It is a checksum, not a seal (anyone can recompute it); what keeps a crafted header from costing
 * minutes per attempt is that only the app's own scrypt parameters are accepted at all.
 */
import { open } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  hkdfSync,
  randomBytes,
  scrypt,
  timingSafeEqual
} from 'node:crypto'

export const ENCRYPTION_MAGIC = Buffer.from('MATBAR-ENCRYPTED', 'ascii')
/** The format this build writes: segments (see above). */
export const ENCRYPTION_VERSION = 3
/** Every format this build reads: 1 has no header digest; 1 and 2 are one GCM message. */
export const READABLE_ENCRYPTION_VERSIONS: readonly number[] = [1, 2, 3]
/** Plain bytes in each segment of format 3 but the last. */
export const SEGMENT_BYTES = 1024 * 1024
/** scrypt cost: N = 2^17, r = 8, p = 1 (128 MiB, about half a second): OWASP's recommended minimum is 2^17. */
export const DEFAULT_KDF = { log2N: 17, r: 8, p: 1 } as const
const SALT_BYTES = 16
const IV_BYTES = 12
const CHECK_BYTES = 16
const TAG_BYTES = 16
const DIGEST_BYTES = 16
const FIXED_HEADER = ENCRYPTION_MAGIC.length + 4 + SALT_BYTES + IV_BYTES + CHECK_BYTES + 4
const MAX_METADATA_BYTES = 64 * 1024
const TAMPERED = 'the file has been changed or damaged since it was encrypted'
const CUT_SHORT = 'the file is cut short: its last part is missing'
/** The longest header of an encrypted file (metadata at its longest). */
export const ENCRYPTED_HEADER_MAX_BYTES = FIXED_HEADER + MAX_METADATA_BYTES + DIGEST_BYTES

export type KdfParams = { log2N: number; r: number; p: number }

/** Metadata kept in clear (authenticated, not secret): what the backup list shows without a password. */
export type EncryptionMetadata = Record<string, unknown>

export type DecryptResult =
  | { ok: true; plain: Buffer; metadata: EncryptionMetadata }
  | {
      ok: false
      reason: 'not-encrypted' | 'unsupported' | 'damaged' | 'truncated' | 'wrong-password' | 'tampered'
      message: string
    }

/** True when the bytes start with the encrypted-file magic. */
export function isEncrypted(data: Uint8Array): boolean {
  return (
    data.length >= ENCRYPTION_MAGIC.length &&
    Buffer.from(data.subarray(0, ENCRYPTION_MAGIC.length)).equals(ENCRYPTION_MAGIC)
  )
}

/** True when the parameters are exactly the accepted ones (the app's own): nothing else is ever derived. */
function sameKdf(a: KdfParams, b: KdfParams): boolean {
  return a.log2N === b.log2N && a.r === b.r && a.p === b.p
}

function headerDigest(headerWithoutDigest: Uint8Array): Buffer {
  return createHash('sha256').update(headerWithoutDigest).digest().subarray(0, DIGEST_BYTES)
}

async function deriveKeys(password: string, salt: Buffer, params: KdfParams): Promise<{ key: Buffer; check: Buffer }> {
  const N = 2 ** params.log2N
  const derived = await new Promise<Buffer>((resolve, reject) => {
    scrypt(
      password.normalize('NFC'),
      salt,
      64,
      { N, r: params.r, p: params.p, maxmem: 256 * N * params.r + 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key))
    )
  })
  const key = derived.subarray(0, 32)
  const check = createHmac('sha256', derived.subarray(32))
    .update('matbar-password-check')
    .digest()
    .subarray(0, CHECK_BYTES)
  return { key, check }
}

/**
 * The keys of one password for a batch of files (the clear backups encrypted when encryption is turned
 * on): the files share one random salt, so scrypt runs once for the batch, not twice per file (encrypt,
 * then the read-back check). Each file still gets its own random IV, which is what AES-GCM needs.
 * Keep it only for the batch: it holds derived keys in memory.
 */
export type KeyCache = {
  readonly password: string
  readonly salt: Buffer
  readonly keys: Map<string, Promise<{ key: Buffer; check: Buffer }>>
}

/** A key cache for one batch of files encrypted or checked with `password`. */
export function createKeyCache(password: string): KeyCache {
  return { password, salt: randomBytes(SALT_BYTES), keys: new Map() }
}

/** Derives the keys, once per salt and parameters within a cache of the same password. */
function keysFor(password: string, salt: Buffer, params: KdfParams, cache?: KeyCache) {
  if (!cache || cache.password !== password) return deriveKeys(password, salt, params)
  const id = `${salt.toString('hex')}/${params.log2N}/${params.r}/${params.p}`
  let keys = cache.keys.get(id)
  if (!keys) {
    keys = deriveKeys(password, salt, params)
    cache.keys.set(id, keys)
  }
  return keys
}

/**
 * An encryption in pieces: `header` first, then what `update` gives for each piece of the clear bytes,
 * then `final()` (the last segment). The file is the same as encrypt() writes, so an archive streamed
 * to disk is encrypted without ever being whole in memory; at most one segment waits in it.
 */
export type Encryptor = { header: Buffer; update: (plain: Uint8Array) => Buffer; final: () => Buffer }

/** The key of one format-3 file's segments: HKDF-SHA256 of the scrypt key, salted with the file's iv. */
function segmentKey(key: Buffer, iv: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', key, iv, 'matbar-encrypted-segments-v3', 32))
}

/** The nonce of segment `index`: 7 zero bytes, the number, and whether it is the last segment. */
function segmentNonce(index: number, last: boolean): Buffer {
  const nonce = Buffer.alloc(IV_BYTES)
  nonce.writeUInt32BE(index, 7)
  nonce.writeUInt8(last ? 1 : 0, 11)
  return nonce
}

function sealSegment(key: Buffer, header: Buffer, index: number, last: boolean, plain: Uint8Array): Buffer {
  if (index > 0xffffffff) throw new Error('the file is too large to encrypt')
  const cipher = createCipheriv('aes-256-gcm', key, segmentNonce(index, last), { authTagLength: TAG_BYTES })
  cipher.setAAD(header)
  return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()])
}

/** Starts an encryption with the password; a fresh random salt and IV every time (the cache's salt within a batch). */
export async function createEncryptor(
  password: string,
  options: { kdf?: KdfParams; metadata?: EncryptionMetadata; cache?: KeyCache } = {}
): Promise<Encryptor> {
  const kdf = options.kdf ?? DEFAULT_KDF
  const cache = options.cache?.password === password ? options.cache : undefined
  const salt = cache?.salt ?? randomBytes(SALT_BYTES)
  const iv = randomBytes(IV_BYTES)
  const { key, check } = await keysFor(password, salt, kdf, cache)
  const metadata = Buffer.from(JSON.stringify(options.metadata ?? {}), 'utf8')
  const header = Buffer.alloc(FIXED_HEADER + metadata.length + DIGEST_BYTES)
  let at = ENCRYPTION_MAGIC.copy(header, 0)
  at = header.writeUInt8(ENCRYPTION_VERSION, at)
  at = header.writeUInt8(kdf.log2N, at)
  at = header.writeUInt8(kdf.r, at)
  at = header.writeUInt8(kdf.p, at)
  at += salt.copy(header, at)
  at += iv.copy(header, at)
  at += check.copy(header, at)
  at = header.writeUInt32BE(metadata.length, at)
  at += metadata.copy(header, at)
  headerDigest(header.subarray(0, at)).copy(header, at)
  const fileKey = segmentKey(key, iv)
  // Plain bytes not sealed yet: a segment is sealed only once more bytes follow it, so the last one is
  // known to be the last when it is sealed (in final).
  let waiting: Buffer[] = []
  let waitingBytes = 0
  let index = 0
  let finished = false
  return {
    header,
    update: (plain) => {
      if (finished) throw new Error('the encryption is finished')
      if (plain.length === 0) return Buffer.alloc(0)
      waiting.push(Buffer.from(plain.buffer, plain.byteOffset, plain.byteLength))
      waitingBytes += plain.length
      if (waitingBytes <= SEGMENT_BYTES) return Buffer.alloc(0)
      let all = Buffer.concat(waiting, waitingBytes)
      const out: Buffer[] = []
      while (all.length > SEGMENT_BYTES) {
        out.push(sealSegment(fileKey, header, index++, false, all.subarray(0, SEGMENT_BYTES)))
        all = all.subarray(SEGMENT_BYTES)
      }
      // A copy: the caller may reuse the bytes it gave once update returns.
      waiting = [Buffer.from(all)]
      waitingBytes = all.length
      return Buffer.concat(out)
    },
    final: () => {
      if (finished) throw new Error('the encryption is finished')
      finished = true
      const last = sealSegment(fileKey, header, index, true, Buffer.concat(waiting, waitingBytes))
      waiting = []
      return last
    }
  }
}

/** Encrypts `plain` with the password; a fresh random salt and IV every time (the cache's salt within a batch). */
export async function encrypt(
  plain: Uint8Array,
  password: string,
  options: { kdf?: KdfParams; metadata?: EncryptionMetadata; cache?: KeyCache } = {}
): Promise<Buffer> {
  const encryptor = await createEncryptor(password, options)
  return Buffer.concat([encryptor.header, encryptor.update(plain), encryptor.final()])
}

/** The clear header of an encrypted file: format version, key-derivation parameters, salt, IV, check, metadata. */
export type EncryptedHeader = {
  version: number
  kdf: KdfParams
  salt: Buffer
  iv: Buffer
  check: Buffer
  metadata: EncryptionMetadata
  headerLength: number
  /** False when the stored header digest (format 2) does not match the header: a damaged file. */
  intact: boolean
}

/** Reads the clear header (metadata included) without the password; null if it is not one of ours. */
export function readEncryptedHeader(data: Uint8Array): EncryptedHeader | null {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  if (!isEncrypted(buf) || buf.length < FIXED_HEADER) return null
  let at = ENCRYPTION_MAGIC.length
  const version = buf.readUInt8(at++)
  const kdf = { log2N: buf.readUInt8(at++), r: buf.readUInt8(at++), p: buf.readUInt8(at++) }
  const salt = buf.subarray(at, (at += SALT_BYTES))
  const iv = buf.subarray(at, (at += IV_BYTES))
  const check = buf.subarray(at, (at += CHECK_BYTES))
  const metaLength = buf.readUInt32BE(at)
  at += 4
  if (metaLength > MAX_METADATA_BYTES || buf.length < at + metaLength) return null
  let end = at + metaLength
  let intact = true
  if (version >= 2) {
    if (buf.length < end + DIGEST_BYTES) return null
    intact = headerDigest(buf.subarray(0, end)).equals(buf.subarray(end, end + DIGEST_BYTES))
    end += DIGEST_BYTES
  }
  let metadata: EncryptionMetadata = {}
  try {
    const parsed: unknown = JSON.parse(buf.subarray(at, at + metaLength).toString('utf8'))
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) metadata = parsed as EncryptionMetadata
  } catch {
    return null
  }
  return { version, kdf, salt, iv, check, metadata, headerLength: end, intact }
}

export type DecryptOptions = {
  /** The only scrypt parameters accepted: the app's own (DEFAULT_KDF); tests pass their cheap cost. */
  kdf?: KdfParams
  /** Keys already derived in this batch (see KeyCache). */
  cache?: KeyCache
}

/**
 * Checks an encrypted file's header without the password and without deriving anything: the format,
 * the header digest and that its scrypt parameters are exactly the accepted ones. Null when it is fine.
 */
export function checkEncryptedHeader(
  data: Uint8Array,
  options: DecryptOptions = {}
): Extract<DecryptResult, { ok: false }> | null {
  if (!isEncrypted(data)) return { ok: false, reason: 'not-encrypted', message: 'the file is not encrypted' }
  const header = readEncryptedHeader(data)
  if (!header) return { ok: false, reason: 'damaged', message: 'the encryption header is damaged' }
  if (!READABLE_ENCRYPTION_VERSIONS.includes(header.version)) {
    return header.version > ENCRYPTION_VERSION
      ? {
          ok: false,
          reason: 'unsupported',
          message: `the file was encrypted by a newer version of Mätbar (encryption format ${header.version})`
        }
      : { ok: false, reason: 'damaged', message: 'the encryption header is damaged (unknown format)' }
  }
  if (!header.intact) return { ok: false, reason: 'damaged', message: 'the encryption header is damaged' }
  // A hostile file must not choose the cost of each password attempt (log2 N = 20, r = 32 is 50 s and
  // 1.2 GB): anything but the app's own parameters is a damaged file, refused before any derivation.
  if (!sameKdf(header.kdf, options.kdf ?? DEFAULT_KDF))
    return {
      ok: false,
      reason: 'damaged',
      message: 'the encryption header is damaged (unknown key-derivation parameters)'
    }
  if (data.length < header.headerLength + TAG_BYTES) return { ok: false, reason: 'truncated', message: CUT_SHORT }
  return null
}

/** Decrypts a file made by encrypt(); says whether the password was wrong or the file was damaged or changed. */
export async function decrypt(
  data: Uint8Array,
  password: string,
  options: DecryptOptions = {}
): Promise<DecryptResult> {
  const refused = checkEncryptedHeader(data, options)
  if (refused) return refused
  const header = readEncryptedHeader(data)!
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  const { key, check } = await keysFor(password, header.salt, header.kdf, options.cache)
  if (!timingSafeEqual(check, header.check)) return { ok: false, reason: 'wrong-password', message: 'wrong password' }
  const aad = buf.subarray(0, header.headerLength)
  if (header.version >= 3) {
    const body = buf.length - header.headerLength
    const plain = Buffer.alloc(segmentedPlainLength(body))
    const failed = await openSegments(
      segmentKey(key, header.iv),
      aad,
      body,
      (start, end) => buf.subarray(header.headerLength + start, header.headerLength + end),
      (at, bytes) => bytes.copy(plain, at)
    )
    if (failed) return failed
    return { ok: true, plain, metadata: header.metadata }
  }
  const decipher = createDecipheriv('aes-256-gcm', key, header.iv, { authTagLength: TAG_BYTES })
  decipher.setAAD(aad)
  decipher.setAuthTag(buf.subarray(buf.length - TAG_BYTES))
  try {
    const plain = Buffer.concat([
      decipher.update(buf.subarray(header.headerLength, buf.length - TAG_BYTES)),
      decipher.final()
    ])
    return { ok: true, plain, metadata: header.metadata }
  } catch {
    return { ok: false, reason: 'tampered', message: TAMPERED }
  }
}

/** The plain length of a format-3 body of `body` bytes (segments of SEGMENT_BYTES + tag, the last shorter). */
function segmentedPlainLength(body: number): number {
  const segments = Math.max(1, Math.ceil(body / (SEGMENT_BYTES + TAG_BYTES)))
  return Math.max(0, body - segments * TAG_BYTES)
}

/**
 * Opens the segments of a format-3 body of `body` bytes in order, reading each through `read` (offsets
 * in the body) and handing its plain bytes to `put` only once its tag is checked; the first that fails
 * ends it and is the answer (null when all are fine). What ends the body is the last segment; every
 * segment before it is SEGMENT_BYTES + tag long.
 */
async function openSegments(
  key: Buffer,
  aad: Buffer,
  body: number,
  read: (start: number, end: number) => Buffer | Promise<Buffer>,
  put: (at: number, plain: Buffer) => void
): Promise<Extract<DecryptResult, { ok: false }> | null> {
  const step = SEGMENT_BYTES + TAG_BYTES
  for (let start = 0, index = 0; ; start += step, index++) {
    const last = body - start <= step
    const end = last ? body : start + step
    if (end - start < TAG_BYTES) return { ok: false, reason: 'truncated', message: CUT_SHORT }
    const sealed = await read(start, end)
    const plain = openSegment(key, aad, index, last, sealed)
    if (plain) {
      put(index * SEGMENT_BYTES, plain)
      if (last) return null
      continue
    }
    // Sealed as not the last, though nothing follows it: the file ends early, at a segment's end.
    const cut = last && openSegment(key, aad, index, false, sealed) !== null
    return { ok: false, reason: cut ? 'truncated' : 'tampered', message: cut ? CUT_SHORT : TAMPERED }
  }
}

function openSegment(key: Buffer, aad: Buffer, index: number, last: boolean, sealed: Buffer): Buffer | null {
  if (index > 0xffffffff) return null
  const decipher = createDecipheriv('aes-256-gcm', key, segmentNonce(index, last), { authTagLength: TAG_BYTES })
  decipher.setAAD(aad)
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES))
  try {
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()])
  } catch {
    return null
  }
}

/**
 * Decrypts an encrypted file from disk (as decrypt does with bytes in hand): a format-3 file is read a
 * segment at a time into the plain bytes, so its ciphertext is never whole in memory; the plain bytes
 * are given only once every segment is checked. A file of format 1 or 2 (one GCM tag over the whole
 * file) is read whole, as before.
 */
export async function decryptFile(
  path: string,
  password: string,
  options: DecryptOptions = {}
): Promise<DecryptResult> {
  const handle = await open(path, 'r')
  try {
    const { size } = await handle.stat()
    const start = Buffer.alloc(Math.min(size, ENCRYPTED_HEADER_MAX_BYTES))
    await readFully(handle, start, 0)
    const header = readEncryptedHeader(start)
    if (!header || header.version < 3) return await decrypt(await handle.readFile(), password, options)
    const headerBytes = start.subarray(0, header.headerLength)
    const refused = checkEncryptedHeader(
      Buffer.concat([headerBytes, Buffer.alloc(Math.min(TAG_BYTES, size - header.headerLength))]),
      options
    )
    if (refused) return refused
    const { key, check } = await keysFor(password, header.salt, header.kdf, options.cache)
    if (!timingSafeEqual(check, header.check)) return { ok: false, reason: 'wrong-password', message: 'wrong password' }
    const body = size - header.headerLength
    const plain = Buffer.alloc(segmentedPlainLength(body))
    const segment = Buffer.alloc(Math.min(body, SEGMENT_BYTES + TAG_BYTES))
    const failed = await openSegments(
      segmentKey(key, header.iv),
      headerBytes,
      body,
      async (from, to) => {
        const view = segment.subarray(0, to - from)
        await readFully(handle, view, header.headerLength + from)
        return view
      },
      (at, bytes) => bytes.copy(plain, at)
    )
    if (failed) return failed
    return { ok: true, plain, metadata: header.metadata }
  } finally {
    await handle.close()
  }
}

/** Fills `into` from the file at `position`; a file shorter than that is an error. */
async function readFully(handle: FileHandle, into: Buffer, position: number): Promise<void> {
  let at = 0
  while (at < into.length) {
    const { bytesRead } = await handle.read(into, at, into.length - at, position + at)
    if (bytesRead === 0) throw new Error('the file is shorter than it was')
    at += bytesRead
  }
}
