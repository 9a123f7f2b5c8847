/**
 * Password encryption of exports and backups: scrypt derives the key, AES-256-GCM encrypts.
 *
 * File layout (all integers big-endian):
 *   magic "MATBAR-ENCRYPTED" (16) | version (1) | log2 N (1) | r (1) | p (1) | salt (16) | iv (12)
 *   | check (16) | metadata length (4) | metadata JSON (UTF-8) | ciphertext | GCM tag (16)
 * The whole header is the GCM additional data, so a changed header fails like a changed ciphertext.
 * `check` is derived from the password apart from the AES key: it tells a wrong password from a
 * tampered file without decrypting anything, and costs a guesser the same scrypt work as the key.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

export const ENCRYPTION_MAGIC = Buffer.from('MATBAR-ENCRYPTED', 'ascii')
export const ENCRYPTION_VERSION = 1
/** scrypt cost: N = 2^17, r = 8, p = 1 (128 MiB, about half a second): OWASP's recommended minimum is 2^17. */
export const DEFAULT_KDF = { log2N: 17, r: 8, p: 1 } as const
const SALT_BYTES = 16
const IV_BYTES = 12
const CHECK_BYTES = 16
const TAG_BYTES = 16
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

/** Refuses cost parameters a hostile file could use to exhaust memory or time (a DoS on open). */
function kdfAllowed({ log2N, r, p }: KdfParams): boolean {
  return (
    log2N >= 10 && log2N <= 20 && r >= 1 && r <= 32 && p >= 1 && p <= 16 && 128 * 2 ** log2N * r <= 1024 * 1024 * 1024
  )
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

/** Encrypts `plain` with the password; a fresh random salt and IV every time. */
export async function encrypt(
  plain: Uint8Array,
  password: string,
  options: { kdf?: KdfParams; metadata?: EncryptionMetadata } = {}
): Promise<Buffer> {
  const kdf = options.kdf ?? DEFAULT_KDF
  const salt = randomBytes(SALT_BYTES)
  const iv = randomBytes(IV_BYTES)
  const { key, check } = await deriveKeys(password, salt, kdf)
  const metadata = Buffer.from(JSON.stringify(options.metadata ?? {}), 'utf8')
  const header = Buffer.alloc(FIXED_HEADER + metadata.length)
  let at = ENCRYPTION_MAGIC.copy(header, 0)
  at = header.writeUInt8(ENCRYPTION_VERSION, at)
  at = header.writeUInt8(kdf.log2N, at)
  at = header.writeUInt8(kdf.r, at)
  at = header.writeUInt8(kdf.p, at)
  at += salt.copy(header, at)
  at += iv.copy(header, at)
  at += check.copy(header, at)
  at = header.writeUInt32BE(metadata.length, at)
  metadata.copy(header, at)
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES })
  cipher.setAAD(header)
  const body = Buffer.concat([cipher.update(plain), cipher.final()])
  return Buffer.concat([header, body, cipher.getAuthTag()])
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
  let metadata: EncryptionMetadata = {}
  try {
    const parsed: unknown = JSON.parse(buf.subarray(at, at + metaLength).toString('utf8'))
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) metadata = parsed as EncryptionMetadata
  } catch {
    return null
  }
  return { version, kdf, salt, iv, check, metadata, headerLength: at + metaLength }
}

/** Decrypts a file made by encrypt(); says whether the password was wrong or the file was changed. */
export async function decrypt(data: Uint8Array, password: string): Promise<DecryptResult> {
  if (!isEncrypted(data)) return { ok: false, reason: 'not-encrypted', message: 'the file is not encrypted' }
  const header = readEncryptedHeader(data)
  if (!header) return { ok: false, reason: 'damaged', message: 'the encryption header is damaged' }
  if (header.version !== ENCRYPTION_VERSION) {
    return { ok: false, reason: 'unsupported', message: `unsupported encryption version ${header.version}` }
  }
  if (!kdfAllowed(header.kdf))
    return { ok: false, reason: 'unsupported', message: 'unsupported key-derivation parameters' }
  if (data.length < header.headerLength + TAG_BYTES)
    return { ok: false, reason: 'damaged', message: 'the file is cut short' }
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  const { key, check } = await deriveKeys(password, header.salt, header.kdf)
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
