import { createHash, randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  checkEncryptedHeader,
  createEncryptor,
  createKeyCache,
  decrypt,
  decryptFile,
  DEFAULT_KDF,
  encrypt,
  ENCRYPTION_MAGIC,
  isEncrypted,
  readEncryptedHeader,
  SEGMENT_BYTES
} from '@main/services/portfolio-crypto'
import type { KdfParams } from '@main/services/portfolio-crypto'

// A cheap cost for tests; the default is checked separately.
const kdf = { log2N: 10, r: 8, p: 1 }
/** Offsets of the clear header (format 1 and 2 alike). */
const KDF_AT = ENCRYPTION_MAGIC.length + 1
const SALT_AT = KDF_AT + 3
const plain = Buffer.from('{"format":"matbar-portfolio","secret":"Åsa Öberg"}', 'utf8')

describe('portfolio-crypto', () => {
  describe('encrypt() / decrypt()', () => {
    it('round-trips the bytes and the clear metadata', async () => {
      const sealed = await encrypt(plain, 'rätt lösenord', { kdf, metadata: { counts: { organisations: 5 } } })
      expect(isEncrypted(sealed)).toBe(true)
      expect(sealed.includes(Buffer.from('Åsa Öberg'))).toBe(false)
      const opened = await decrypt(sealed, 'rätt lösenord', { kdf })
      expect(opened.ok).toBe(true)
      if (opened.ok) {
        expect(opened.plain.equals(plain)).toBe(true)
        expect(opened.metadata).toEqual({ counts: { organisations: 5 } })
      }
    })

    it('uses a fresh salt and IV each time', async () => {
      const a = await encrypt(plain, 'pw-12345678', { kdf })
      const b = await encrypt(plain, 'pw-12345678', { kdf })
      const ha = readEncryptedHeader(a)!
      const hb = readEncryptedHeader(b)!
      expect(ha.salt.equals(hb.salt)).toBe(false)
      expect(ha.iv.equals(hb.iv)).toBe(false)
      expect(a.equals(b)).toBe(false)
    })

    it('derives one key for a batch with a key cache: one salt, a fresh IV per file, each readable without it', async () => {
      const cache = createKeyCache('rätt lösenord')
      const files = await Promise.all(
        [1, 2, 3].map((i) => encrypt(Buffer.from(`backup ${i}`), 'rätt lösenord', { kdf, cache }))
      )
      for (const file of files) {
        expect((await decrypt(file, 'rätt lösenord', { kdf, cache })).ok).toBe(true)
        // Nothing about the file depends on the cache: a later session reads it with the password alone.
        expect(await decrypt(file, 'rätt lösenord', { kdf })).toMatchObject({ ok: true })
      }
      expect(cache.keys.size).toBe(1)
      const headers = files.map((f) => readEncryptedHeader(f)!)
      expect(new Set(headers.map((h) => h.salt.toString('hex'))).size).toBe(1)
      expect(new Set(headers.map((h) => h.iv.toString('hex'))).size).toBe(3)
      // The cache serves only its own password: another one derives (and fails) as usual.
      expect(await decrypt(files[0]!, 'fel lösenord', { kdf, cache })).toMatchObject({ reason: 'wrong-password' })
      expect(cache.keys.size).toBe(1)
    })

    it('says "wrong password" for a wrong password', async () => {
      const sealed = await encrypt(plain, 'rätt lösenord', { kdf })
      const opened = await decrypt(sealed, 'fel lösenord', { kdf })
      expect(opened).toMatchObject({ ok: false, reason: 'wrong-password' })
    })

    it('refuses a file with one flipped byte anywhere in the ciphertext or tag', async () => {
      const sealed = await encrypt(randomBytes(2000), 'rätt lösenord', { kdf })
      const headerLength = readEncryptedHeader(sealed)!.headerLength
      for (const offset of [headerLength, headerLength + 1000, sealed.length - 17, sealed.length - 1]) {
        const tampered = Buffer.from(sealed)
        tampered[offset]! ^= 0x01
        const opened = await decrypt(tampered, 'rätt lösenord', { kdf })
        expect(opened, `offset ${offset}`).toMatchObject({ ok: false, reason: 'tampered' })
      }
    })

    it('refuses a changed clear header as a damaged file (it is checked and authenticated)', async () => {
      const sealed = await encrypt(plain, 'rätt lösenord', { kdf, metadata: { counts: { organisations: 5 } } })
      const tampered = Buffer.from(
        sealed.toString('latin1').replace('"organisations":5', '"organisations":6'),
        'latin1'
      )
      expect(tampered.equals(sealed)).toBe(false)
      expect(await decrypt(tampered, 'rätt lösenord', { kdf })).toMatchObject({ ok: false, reason: 'damaged' })
    })

    it('reports one flipped bit anywhere in the salt, the parameters or the check as damaged, not a wrong password', async () => {
      const sealed = await encrypt(plain, 'rätt lösenord', { kdf })
      const checkEnd = SALT_AT + 16 + 12 + 16
      for (let offset = KDF_AT; offset < checkEnd; offset++) {
        for (const bit of [0x01, 0x80]) {
          const flipped = Buffer.from(sealed)
          flipped[offset]! ^= bit
          const opened = await decrypt(flipped, 'rätt lösenord', { kdf })
          expect(opened, `offset ${offset}, bit ${bit}`).toMatchObject({ ok: false, reason: 'damaged' })
        }
      }
    })

    it('accepts only its own scrypt parameters and refuses others before deriving anything', async () => {
      // The crafted header of the review: log2 N = 20, r = 32, p = 16 cost 50 s and 1.2 GB per attempt.
      const hostile: KdfParams[] = [
        { log2N: 20, r: 32, p: 16 },
        { log2N: 18, r: 8, p: 1 },
        { log2N: 17, r: 9, p: 1 },
        { log2N: 17, r: 8, p: 2 },
        { log2N: 10, r: 8, p: 1 }
      ]
      for (const params of hostile) {
        // Written with the parameters it claims (digest and all), so only the parameters are wrong.
        const crafted = await encrypt(plain, 'pw-12345678', { kdf: { log2N: 10, r: 1, p: 1 } })
        crafted.writeUInt8(params.log2N, KDF_AT)
        crafted.writeUInt8(params.r, KDF_AT + 1)
        crafted.writeUInt8(params.p, KDF_AT + 2)
        const header = readEncryptedHeader(crafted)!
        const fixed = Buffer.concat([
          crafted.subarray(0, header.headerLength - 16),
          digestOf(crafted, header.headerLength - 16),
          crafted.subarray(header.headerLength)
        ])
        const started = performance.now()
        const opened = await decrypt(fixed, 'pw-12345678')
        expect(performance.now() - started, JSON.stringify(params)).toBeLessThan(200)
        expect(opened, JSON.stringify(params)).toMatchObject({ ok: false, reason: 'damaged' })
        expect((opened as { message: string }).message).toMatch(/damaged/)
        expect(checkEncryptedHeader(fixed)).toMatchObject({ ok: false, reason: 'damaged' })
      }
      // The same file with the app's own parameters passes the header check.
      const own = await encrypt(plain, 'pw-12345678', { kdf })
      expect(checkEncryptedHeader(own, { kdf })).toBeNull()
      expect(checkEncryptedHeader(own)).toMatchObject({ ok: false, reason: 'damaged' })
    })

    it('still reads a file written by format 1 (before the header digest), with the default cost', async () => {
      const file = readFileSync(join(__dirname, '../../fixtures/encrypted/format-1.zip.enc'))
      expect(readEncryptedHeader(file)).toMatchObject({ version: 1, kdf: DEFAULT_KDF, intact: true })
      const opened = await decrypt(file, 'rätt lösenord 2026')
      expect(opened.ok).toBe(true)
      if (opened.ok) {
        expect(opened.plain.toString('utf8')).toContain('portfolio-crypto format 1')
        expect(opened.metadata).toMatchObject({ counts: { organisations: 2 } })
      }
      expect(await decrypt(file, 'fel lösenord')).toMatchObject({ ok: false, reason: 'wrong-password' })
      const flipped = Buffer.from(file)
      flipped[file.length - 20]! ^= 0x01
      expect(await decrypt(flipped, 'rätt lösenord 2026')).toMatchObject({ ok: false, reason: 'tampered' })
    })

    it('writes format 3 (segments)', async () => {
      const sealed = await encrypt(plain, 'pw-12345678', { kdf })
      expect(readEncryptedHeader(sealed)).toMatchObject({ version: 3, intact: true })
    })

    it('still reads a file written by format 2 (one GCM tag over the file), from bytes and from its file', async () => {
      const path = join(__dirname, '../../fixtures/encrypted/format-2.zip.enc')
      const file = readFileSync(path)
      expect(readEncryptedHeader(file)).toMatchObject({ version: 2, kdf: DEFAULT_KDF, intact: true })
      for (const opened of [await decrypt(file, 'rätt lösenord 2026'), await decryptFile(path, 'rätt lösenord 2026')]) {
        expect(opened.ok).toBe(true)
        if (opened.ok) {
          expect(opened.plain.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004')
          expect(opened.metadata).toMatchObject({ counts: { organisations: 1 } })
        }
      }
      const flipped = Buffer.from(file)
      flipped[file.length - 20]! ^= 0x01
      expect(await decrypt(flipped, 'rätt lösenord 2026')).toMatchObject({ ok: false, reason: 'tampered' })
    })

    it('refuses a cut-short file, foreign bytes and a hostile scrypt cost without deriving a key', async () => {
      const sealed = await encrypt(plain, 'pw-12345678', { kdf })
      expect(await decrypt(sealed.subarray(0, 40), 'pw-12345678', { kdf })).toMatchObject({ ok: false })
      expect(await decrypt(Buffer.from('PK\u0003\u0004 not ours'), 'pw')).toMatchObject({
        ok: false,
        reason: 'not-encrypted'
      })
      const costly = Buffer.from(sealed)
      costly[ENCRYPTION_MAGIC.length + 1] = 40 // log2 N = 40 would need terabytes
      expect(await decrypt(costly, 'pw-12345678', { kdf })).toMatchObject({ ok: false, reason: 'damaged' })
      const newer = Buffer.from(sealed)
      newer[ENCRYPTION_MAGIC.length] = 9
      expect(await decrypt(newer, 'pw-12345678', { kdf })).toMatchObject({ ok: false, reason: 'unsupported' })
    })
  })

  describe('format 3: segments (STREAM)', () => {
    const SEG = SEGMENT_BYTES + 16
    const big = randomBytes(2 * SEGMENT_BYTES + 12345)

    /** Both ways of reading: from bytes in hand, and from a file a segment at a time. */
    async function bothWays(bytes: Buffer, password = 'rätt lösenord') {
      const dir = await mkdtemp(join(tmpdir(), 'matbar-crypto-'))
      try {
        await writeFile(join(dir, 'f.enc'), bytes)
        return [await decrypt(bytes, password, { kdf }), await decryptFile(join(dir, 'f.enc'), password, { kdf })]
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    }

    it('round-trips any length, given in pieces of any size, read from bytes or from its file', async () => {
      for (const length of [0, 1, SEGMENT_BYTES - 1, SEGMENT_BYTES, SEGMENT_BYTES + 1, 2 * SEGMENT_BYTES, big.length]) {
        const data = big.subarray(0, length)
        const encryptor = await createEncryptor('rätt lösenord', { kdf, metadata: { n: length } })
        const parts = [encryptor.header]
        for (let at = 0; at < data.length; at += 300_001) parts.push(encryptor.update(data.subarray(at, at + 300_001)))
        parts.push(encryptor.final())
        const sealed = Buffer.concat(parts)
        const header = readEncryptedHeader(sealed)!
        // Every segment is its plain bytes and a tag; the last holds what is left (0 to SEGMENT_BYTES).
        const segments = Math.max(1, Math.ceil((sealed.length - header.headerLength) / SEG))
        expect(sealed.length - header.headerLength, `length ${length}`).toBe(length + 16 * segments)
        for (const opened of await bothWays(sealed)) {
          expect(opened.ok, `length ${length}`).toBe(true)
          if (opened.ok) expect(opened.plain.equals(data), `length ${length}`).toBe(true)
        }
      }
    })

    it('refuses a file cut short, at a segment end or inside one, as cut short or damaged', async () => {
      const sealed = await encrypt(big, 'rätt lösenord', { kdf })
      const body = readEncryptedHeader(sealed)!.headerLength
      for (const opened of await bothWays(sealed.subarray(0, body + 2 * SEG))) {
        expect(opened).toMatchObject({ ok: false, reason: 'truncated', message: expect.stringMatching(/cut short/) })
      }
      for (const end of [body + SEG + 1000, sealed.length - 1, body + 10]) {
        for (const opened of await bothWays(sealed.subarray(0, end))) {
          expect(opened, `cut at ${end}`).toMatchObject({ ok: false })
          expect((opened as { reason: string }).reason, `cut at ${end}`).toMatch(/^(tampered|truncated)$/)
        }
      }
    })

    it('refuses segments swapped, dropped, repeated or added, and one flipped byte in any segment', async () => {
      const sealed = await encrypt(big, 'rätt lösenord', { kdf })
      const h = readEncryptedHeader(sealed)!.headerLength
      const header = sealed.subarray(0, h)
      const seg = (i: number) => sealed.subarray(h + i * SEG, Math.min(sealed.length, h + (i + 1) * SEG))
      const other = await encrypt(big, 'rätt lösenord', { kdf })
      const otherSeg = other.subarray(readEncryptedHeader(other)!.headerLength).subarray(0, SEG)
      const cases: Record<string, Buffer> = {
        swapped: Buffer.concat([header, seg(1), seg(0), seg(2)]),
        dropped: Buffer.concat([header, seg(0), seg(2)]),
        repeated: Buffer.concat([header, seg(0), seg(0), seg(1), seg(2)]),
        'added after the last': Buffer.concat([sealed, seg(0)]),
        'from another file': Buffer.concat([header, otherSeg, seg(1), seg(2)])
      }
      for (const offset of [h, h + SEG - 1, h + SEG + 5, sealed.length - 1]) {
        const flipped = Buffer.from(sealed)
        flipped[offset]! ^= 0x01
        cases[`flipped at ${offset - h}`] = flipped
      }
      for (const [name, bytes] of Object.entries(cases))
        for (const opened of await bothWays(bytes))
          expect(opened, name).toMatchObject({
            ok: false,
            reason: 'tampered',
            message: expect.stringMatching(/changed/)
          })
      // The untouched file still reads, and a wrong password is said before any segment is read.
      for (const opened of await bothWays(sealed)) expect(opened.ok).toBe(true)
      for (const opened of await bothWays(sealed, 'fel lösenord'))
        expect(opened).toMatchObject({ reason: 'wrong-password' })
    })
  })

  describe('DEFAULT_KDF', () => {
    it('is at least scrypt N = 2^17, r = 8 (OWASP minimum for scrypt)', () => {
      expect(DEFAULT_KDF.log2N).toBeGreaterThanOrEqual(17)
      expect(DEFAULT_KDF.r).toBeGreaterThanOrEqual(8)
    })

    it('works with the default cost (memory limit of scrypt raised enough)', async () => {
      const sealed = await encrypt(plain, 'pw-12345678')
      expect((await decrypt(sealed, 'pw-12345678')).ok).toBe(true)
    }, 20_000)
  })
})

function digestOf(buf: Buffer, end: number): Buffer {
  return createHash('sha256').update(buf.subarray(0, end)).digest().subarray(0, 16)
}
