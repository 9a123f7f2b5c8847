/**
 * Password encryption of exports and backups: scrypt derives the key, AES-256-GCM encrypts.
 *
 * File layout, format 2 (all integers big-endian):
 *   magic "MATBAR-ENCRYPTED" (16) | version (1) | log2 N (1) | r (1) | p (1) | salt (16) | iv (12)
 *   | check (16) | metadata length (4) | metadata JSON (UTF-8) | header digest (16) | ciphertext | GCM tag (16)
 * Format 1 (written until November 2026) is the same without the header digest; it is still read.
 *
 * The whole header is the GCM additional data, so a changed header fails like a changed ciphertext.
 * `check` is derived from the password apart from the AES key: it tells a wrong password from a
 * tampered file without decrypting anything, and costs a guesser the same scrypt work as the key.
 * The header digest (SHA-256 of everything before it, cut to 16 bytes) is checked before any key is
 * derived: a flipped bit in the salt or the parameters is a damaged file, not a wrong password.
 * It is a checksum, not a seal (anyone can recompute it); what keeps a crafted header from costing
 * minutes per attempt is that only the app's own scrypt parameters are accepted at all.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  scrypt,
  timingSafeEqual
} from 'node:crypto'

export const ENCRYPTION_MAGIC = Buffer.from('MATBAR-ENCRYPTED', 'ascii')
/** The format this build writes. */
export const ENCRYPTION_VERSION = 2
/** Every format this build reads: 1 has no header digest. */
export const READABLE_ENCRYPTION_VERSIONS: readonly number[] = [1, 2]
/** scrypt cost: N = 2^17, r = 8, p = 1 (128 MiB, about half a second): OWASP's recommended minimum is 2^17. */
export const DEFAULT_KDF = { log2N: 17, r: 8, p: 1 } as const
const SALT_BYTES = 16
const IV_BYTES = 12
const CHECK_BYTES = 16
const TAG_BYTES = 16
const DIGEST_BYTES = 16
const FIXED_HEADER = ENCRYPTION_MAGIC.length + 4 + SALT_BYTES + IV_BYTES + CHECK_BYTES + 4
const MAX_METADATA_BYTES = 64 * 1024

export type KdfParams = { log2N: number; r: number; p: number }

/** Metadata kept in clear (authenticated, not secret): what the backup list shows without a password. */
export type EncryptionMetadata = Record<string, unknown>

export type DecryptResult =
  | { ok: true; plain: Buffer; metadata: EncryptionMetadata }
  | { ok: false; reason: 'not-encrypted' | 'unsupported' | 'damaged' | 'wrong-password' | 'tampered'; message: string }

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
 * then `final()` (the last bytes and the GCM tag). The file is the same as encrypt() writes, so an
 * archive streamed to disk is encrypted without ever being whole in memory.
 */
export type Encryptor = { header: Buffer; update: (plain: Uint8Array) => Buffer; final: () => Buffer }

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
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES })
  cipher.setAAD(header)
  return {
    header,
    update: (plain) => cipher.update(plain),
    final: () => Buffer.concat([cipher.final(), cipher.getAuthTag()])
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
  if (data.length < header.headerLength + TAG_BYTES)
    return { ok: false, reason: 'damaged', message: 'the file is cut short' }
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
  const decipher = createDecipheriv('aes-256-gcm', key, header.iv, { authTagLength: TAG_BYTES })
  decipher.setAAD(buf.subarray(0, header.headerLength))
  decipher.setAuthTag(buf.subarray(buf.length - TAG_BYTES))
  try {
    const plain = Buffer.concat([
      decipher.update(buf.subarray(header.headerLength, buf.length - TAG_BYTES)),
      decipher.final()
    ])
    return { ok: true, plain, metadata: header.metadata }
  } catch {
    return { ok: false, reason: 'tampered', message: 'the file has been changed or damaged since it was encrypted' }
  }
}
