import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  decrypt,
  DEFAULT_KDF,
  encrypt,
  ENCRYPTION_MAGIC,
  isEncrypted,
  readEncryptedHeader
} from '@main/services/portfolio-crypto'

// A cheap cost for tests; the default is checked separately.
const kdf = { log2N: 10, r: 8, p: 1 }
const plain = Buffer.from('{"format":"matbar-portfolio","secret":"Åsa Öberg"}', 'utf8')

describe('portfolio-crypto', () => {
  describe('encrypt() / decrypt()', () => {
    it('round-trips the bytes and the clear metadata', async () => {
      const sealed = await encrypt(plain, 'rätt lösenord', { kdf, metadata: { counts: { organisations: 5 } } })
      expect(isEncrypted(sealed)).toBe(true)
      expect(sealed.includes(Buffer.from('Åsa Öberg'))).toBe(false)
      const opened = await decrypt(sealed, 'rätt lösenord')
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

    it('says "wrong password" for a wrong password', async () => {
      const sealed = await encrypt(plain, 'rätt lösenord', { kdf })
      const opened = await decrypt(sealed, 'fel lösenord')
      expect(opened).toMatchObject({ ok: false, reason: 'wrong-password' })
    })

    it('refuses a file with one flipped byte anywhere in the ciphertext or tag', async () => {
      const sealed = await encrypt(randomBytes(2000), 'rätt lösenord', { kdf })
      const headerLength = readEncryptedHeader(sealed)!.headerLength
      for (const offset of [headerLength, headerLength + 1000, sealed.length - 17, sealed.length - 1]) {
        const tampered = Buffer.from(sealed)
        tampered[offset]! ^= 0x01
        const opened = await decrypt(tampered, 'rätt lösenord')
        expect(opened, `offset ${offset}`).toMatchObject({ ok: false, reason: 'tampered' })
      }
    })

    it('refuses a changed clear header (it is authenticated)', async () => {
      const sealed = await encrypt(plain, 'rätt lösenord', { kdf, metadata: { counts: { organisations: 5 } } })
      const tampered = Buffer.from(
        sealed.toString('latin1').replace('"organisations":5', '"organisations":6'),
        'latin1'
      )
      expect(tampered.equals(sealed)).toBe(false)
      expect(await decrypt(tampered, 'rätt lösenord')).toMatchObject({ ok: false, reason: 'tampered' })
    })

    it('refuses a cut-short file, foreign bytes and a hostile scrypt cost without deriving a key', async () => {
      const sealed = await encrypt(plain, 'pw-12345678', { kdf })
      expect(await decrypt(sealed.subarray(0, 40), 'pw-12345678')).toMatchObject({ ok: false })
      expect(await decrypt(Buffer.from('PK\u0003\u0004 not ours'), 'pw')).toMatchObject({
        ok: false,
        reason: 'not-encrypted'
      })
      const costly = Buffer.from(sealed)
      costly[ENCRYPTION_MAGIC.length + 1] = 40 // log2 N = 40 would need terabytes
      expect(await decrypt(costly, 'pw-12345678')).toMatchObject({ ok: false, reason: 'unsupported' })
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
