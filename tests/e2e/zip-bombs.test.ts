/**
 * Issue 13 point 1 in Chromium, through Inställningar with the real main-process services: an 8.4 MB
 * archive whose attachment declares 1 KiB but inflates to 8 GiB (it froze the app for minutes), an
 * honest bomb (true sizes, far beyond the caps) and a portfolio entry with a wrong CRC-32 are each
 * refused within seconds with a clear Swedish message; the data folder and the database do not
 * change, another page opens within a second, and the bridge process's memory stays bounded.
 */
import { readdir } from 'node:fs/promises'
import { crc32 } from 'node:zlib'
import { strToU8, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeFixture } from '../fixtures/portfolio-fixture'
import { patchEntry, zerosDeflate, zipWithDeflated } from '../main/services/zip-bombs'
import { chromiumOrSkip, countRows, maybeScreenshot, startHarness } from './harness'
import type { Harness } from './harness'

const browserPath = chromiumOrSkip('browser tests (zip bombs)')

describe.skipIf(!browserPath)('zip bombs in Chromium', () => {
  let h: Harness
  const portfolio = strToU8(JSON.stringify(makeFixture()))
  const hash = '0'.repeat(64)

  beforeAll(async () => {
    h = await startHarness(browserPath!)
    await h.page.goto(h.bridge.url)
  })

  afterAll(async () => {
    await h?.close()
  })

  const main = () => h.page.getByRole('main')
  // The app's own automatic backup may land in backups/ at any moment; a refused import must leave
  // nothing anywhere else (attachments, staging).
  const dataListing = async () =>
    (await readdir(h.bridge.services.dataFolder, { recursive: true }).catch(() => [] as string[]))
      .filter((path) => path !== 'backups' && !path.startsWith('backups/'))
      .sort()
  const organisationCount = () => countRows(h.page, 'organisations')

  async function visit(name: string) {
    await h.page.getByRole('navigation').getByRole('link', { name, exact: true }).click()
    await expect.poll(() => h.page.getByRole('heading', { level: 1 }).textContent()).toContain(name)
  }

  const cases: Array<[string, string, () => Buffer, string]> = [
    [
      'an attachment that declares 1 KiB but inflates to 8 GiB',
      'cpu-bomb.zip',
      () => zipWithDeflated(`attachments/${hash}/bomb.pdf`, zerosDeflate(8), 1024, crc32(Buffer.alloc(1024))),
      'en del av exporten stämmer inte med sin kontrollsumma eller sin storlek'
    ],
    [
      'an honest bomb of 1 GiB in one attachment',
      'bomb.zip',
      () => zipWithDeflated(`attachments/${hash}/bomb.pdf`, zerosDeflate(1), 1024 * 1024 * 1024, 0),
      'exporten packas upp till mer än Mätbar läser'
    ],
    [
      'a portfolio entry with a wrong CRC-32',
      'crc.zip',
      () => patchEntry(zipSync({ 'portfolio.json': portfolio }), 'portfolio.json', 'crc', 0x12345678),
      'en del av exporten stämmer inte med sin kontrollsumma'
    ]
  ]

  it.each(cases)(
    'refuses %s within seconds, changes nothing and stays responsive',
    async (_label, name, bytes, expected) => {
      await visit('Inställningar')
      const before = await dataListing()
      const organisations = await organisationCount()
      const buffer = bytes()
      const rssBefore = process.memoryUsage().rss
      await h.page
        .getByLabel('Välj fil att importera')
        .setInputFiles({ name, mimeType: 'application/octet-stream', buffer })
      // Timed from when the file is in the input: Playwright's own copy of 8.4 MB into the page takes seconds.
      const started = Date.now()
      const panel = main().getByRole('region', { name: 'Export och import' })
      await expect.poll(() => panel.textContent(), { timeout: 25_000 }).toContain(expected)
      const elapsed = Date.now() - started
      const rssGrowth = process.memoryUsage().rss - rssBefore
      console.log(
        `${name} (${(buffer.length / 1e6).toFixed(1)} MB): refused in ${elapsed} ms, bridge rss +${(rssGrowth / 1e6).toFixed(0)} MB`
      )
      // The reader itself refuses the 8 GiB entry in milliseconds (unit test); most of this is the page's
      // base64 copy of the file and the upload, slow on a shared CI machine.
      expect(elapsed).toBeLessThan(20_000)
      expect(rssGrowth).toBeLessThan(300 * 1024 * 1024)
      await maybeScreenshot(h.page, `import-refused-${name.replace(/\W+/g, '-')}`)
      const moved = Date.now()
      await visit('Översikt')
      expect(Date.now() - moved).toBeLessThan(1000)
      expect(await dataListing()).toEqual(before)
      expect(await organisationCount()).toBe(organisations)
    }
  )
})
