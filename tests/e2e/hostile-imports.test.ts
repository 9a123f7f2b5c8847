/**
 * Issue 13 points 5 and 8 in Chromium, through Inställningar with the real main-process services:
 * an archive with a second portfolio.json, one with an entry named __proto__, an encrypted file whose
 * header asks for another scrypt cost (log2 N = 20, r = 32, p = 16), one with a flipped bit in its salt
 * a valid attachment in a portfolio the page's check refuses (its staged file is dropped) and a
 * portfolio file nested 100 000 deep are each refused at once with a clear Swedish message; no
 * password is asked for, the data folder and the database do not change, and the app stays responsive.
 */
import { readdir } from 'node:fs/promises'
import { strToU8, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { buildArchive } from '@main/services/archive'
import { DEFAULT_KDF, encrypt, readEncryptedHeader } from '@main/services/portfolio-crypto'
import { makeFixture } from '../fixtures/portfolio-fixture'
import { chromiumOrSkip, countRows, maybeScreenshot, startHarness } from './harness'
import type { Harness } from './harness'

const browserPath = chromiumOrSkip('browser tests (hostile imports)')

/** Renames every entry `from` to `to` (same length) in the zip's bytes: names an object cannot hold twice. */
function renamed(zip: Uint8Array, from: string, to: string): Buffer {
  return Buffer.from(Buffer.from(zip).toString('latin1').replaceAll(from, to), 'latin1')
}

describe.skipIf(!browserPath)('hostile imports in Chromium', () => {
  let h: Harness
  const portfolio = strToU8(JSON.stringify(makeFixture()))
  let sealed: Buffer

  beforeAll(async () => {
    h = await startHarness(browserPath!)
    await h.page.goto(h.bridge.url)
    sealed = await encrypt(zipSync({ 'portfolio.json': portfolio }), 'ett långt lösenord', { kdf: DEFAULT_KDF })
  })

  afterAll(async () => {
    await h?.close()
  })

  const main = () => h.page.getByRole('main')
  const dataListing = async () =>
    (await readdir(h.bridge.services.dataFolder, { recursive: true }).catch(() => [] as string[])).sort()
  const organisationCount = () => countRows(h.page, 'organisations')

  async function visit(name: string) {
    await h.page.getByRole('navigation').getByRole('link', { name, exact: true }).click()
    await expect.poll(() => h.page.getByRole('heading', { level: 1 }).textContent()).toContain(name)
  }

  const cases: Array<[string, string, () => Buffer, string]> = [
    [
      'a second portfolio.json',
      'dubbel.zip',
      () =>
        renamed(
          zipSync({ 'portfolio.json': portfolio, 'portfolio.jsoX': strToU8('{}') }),
          'portfolio.jsoX',
          'portfolio.json'
        ),
      'exporten innehåller samma del två gånger'
    ],
    [
      'an entry named __proto__',
      'proto.zip',
      () => renamed(zipSync({ 'portfolio.json': portfolio, xxxxxxxxx: strToU8('{}') }), 'xxxxxxxxx', '__proto__'),
      'exporten innehåller en del som inte hör till Mätbars format'
    ],
    [
      'a header asking for log2 N = 20, r = 32, p = 16',
      'dyr.zip.enc',
      () => {
        const crafted = Buffer.from(sealed)
        crafted.set([20, 32, 16], 17)
        return crafted
      },
      'filens krypteringshuvud är skadat, så lösenordet har inte prövats'
    ],
    [
      'an encrypted file cut short after its header',
      'kort.zip.enc',
      () => sealed.subarray(0, readEncryptedHeader(sealed)!.headerLength),
      'filen är avkortad: dess sista del saknas'
    ],
    [
      'a flipped bit in the salt',
      'vippad.zip.enc',
      () => {
        const flipped = Buffer.from(sealed)
        flipped[25]! ^= 0x01
        return flipped
      },
      'filens krypteringshuvud är skadat'
    ],
    [
      // Its attachment passes every check and is staged; the portfolio check in the page then refuses
      // the file, and the staging goes with it (it used to stay in attachments/ for good).
      'a valid attachment in a portfolio the check refuses',
      'bilaga.zip',
      () => {
        const file = Buffer.from('PNG bytes of a whiteboard photo')
        const sha256 = createHash('sha256').update(file).digest('hex')
        const broken = makeFixture()
        broken.tables.attachments[0]!.sha256 = sha256
        ;(broken.tables.organisations[0] as { name: unknown }).name = 42
        const manifest = {
          format: 'matbar-archive',
          version: 1,
          createdAt: '2026-05-20T10:00:00.000Z',
          appVersion: '1',
          counts: null,
          attachments: 1
        } as const
        return Buffer.from(buildArchive(JSON.stringify(broken), [{ sha256, name: 'bild.png', data: file }], manifest))
      },
      'Filen bilaga.zip kan inte importeras'
    ],
    [
      'a portfolio file nested 100 000 deep',
      'djup.json',
      () => Buffer.from(`{"format":${'['.repeat(100_000)}${']'.repeat(100_000)}}`),
      'nested more than 64 levels deep'
    ]
  ]

  it.each(cases)('refuses %s at once, changes nothing and stays responsive', async (_label, name, bytes, expected) => {
    await visit('Inställningar')
    const before = await dataListing()
    const organisations = await organisationCount()
    const started = Date.now()
    await h.page
      .getByLabel('Välj fil att importera')
      .setInputFiles({ name, mimeType: 'application/octet-stream', buffer: bytes() })
    const panel = main().getByRole('region', { name: 'Export och import' })
    await expect.poll(() => panel.textContent(), { timeout: 10_000 }).toContain(expected)
    expect(Date.now() - started).toBeLessThan(5000)
    expect(await panel.getByLabel('Lösenord').count()).toBe(0)
    await maybeScreenshot(h.page, `import-refused-${name.replace(/\W+/g, '-')}`)
    const moved = Date.now()
    await visit('Översikt')
    expect(Date.now() - moved).toBeLessThan(1000)
    // Nothing anywhere in the data folder, attachments/ included (a staging is dropped as the page refuses).
    await expect.poll(dataListing, { timeout: 5000 }).toEqual(before)
    expect(await organisationCount()).toBe(organisations)
  })
})
