/**
 * Issue 13 point 3 in Chromium, through Inställningar with the real main-process services: an
 * archive whose attachment row says Offert-2026.pdf while the archive names the file
 * Offert-2026.pdf.exe imports with the file stored as Offert-2026.pdf; an archive whose row itself
 * is named Offert-2026.pdf.exe but typed application/pdf is refused with a message naming the row's path,
 * and neither the data folder nor the database changes.
 */
import { createHash } from 'node:crypto'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildArchive } from '@main/services/archive'
import { makeFixture } from '../fixtures/portfolio-fixture'
import { chromiumOrSkip, maybeScreenshot, startHarness } from './harness'
import type { Harness } from './harness'

const browserPath = chromiumOrSkip('browser tests (hostile attachments)')

/** Bytes that start like a Windows program. */
const EXE = Buffer.from('MZ\x90\x00\x03 This program cannot be run in DOS mode.\r\n')
const SHA = createHash('sha256').update(EXE).digest('hex')

/** An archive as an attacker builds it: the row says what they like, the entry is named as they like. */
function hostileArchive(row: { name: string; mimeType: string }, entryName: string): Buffer {
  const portfolio = makeFixture()
  Object.assign(portfolio.tables.attachments[0]!, { ...row, sha256: SHA, size: EXE.length })
  const manifest = {
    format: 'matbar-archive',
    version: 1,
    createdAt: '2026-05-20T10:00:00.000Z',
    appVersion: 'e2e',
    counts: null,
    attachments: 1
  } as const
  return Buffer.from(buildArchive(JSON.stringify(portfolio), [{ sha256: SHA, name: entryName, data: EXE }], manifest))
}

describe.skipIf(!browserPath)('hostile attachments imported in Chromium', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness(browserPath!)
    await h.page.goto(h.bridge.url)
  })

  afterAll(async () => {
    await h?.close()
  })

  const main = () => h.page.getByRole('main')
  const attachmentsFolder = () => join(h.bridge.services.files.attachments.root)
  const folderListing = async () => readdir(attachmentsFolder(), { recursive: true }).catch(() => [])

  async function visitSettings() {
    await h.page.getByRole('navigation').getByRole('link', { name: 'Inställningar', exact: true }).click()
    await expect.poll(() => h.page.getByRole('heading', { level: 1 }).textContent()).toContain('Inställningar')
  }

  it('refuses a row named Offert-2026.pdf.exe that claims to be a PDF, saying which row, and writes nothing', async () => {
    await visitSettings()
    const before = await folderListing()
    await h.page.getByLabel('Välj fil att importera').setInputFiles({
      name: 'offert.zip',
      mimeType: 'application/zip',
      buffer: hostileArchive({ name: 'Offert-2026.pdf.exe', mimeType: 'application/pdf' }, 'Offert-2026.pdf.exe')
    })
    const alert = main().getByRole('alert').filter({ hasText: 'Filen går inte att läsa' })
    await expect.poll(() => alert.textContent(), { timeout: 20_000 }).toContain('$.tables.attachments[0]')
    const text = (await alert.textContent()) ?? ''
    expect(text).toContain('en bilaga sägs vara ett dokument eller en bild men har ett filnamn med en annan ändelse')
    expect(text).toContain('Inget har ändrats')
    await maybeScreenshot(h.page, 'import-refused-exe-attachment')
    expect(await folderListing()).toEqual(before)
  })

  it('imports a row saying Offert-2026.pdf whose archive entry is Offert-2026.pdf.exe, storing a .pdf', async () => {
    await visitSettings()
    await h.page.getByLabel('Välj fil att importera').setInputFiles({
      name: 'offert.zip',
      mimeType: 'application/zip',
      buffer: hostileArchive({ name: 'Offert-2026.pdf', mimeType: 'application/pdf' }, 'Offert-2026.pdf.exe')
    })
    await expect.poll(() => main().textContent(), { timeout: 20_000 }).toContain('Filen innehåller')
    await h.page.getByRole('button', { name: 'Importera', exact: true }).click()
    await expect
      .poll(() => main().getByRole('table', { name: 'Vad importen gjorde, per tabell' }).count(), { timeout: 20_000 })
      .toBe(1)
    expect(await readdir(join(attachmentsFolder(), SHA))).toEqual(['Offert-2026.pdf'])
  })
})
