/**
 * Backups, export and import in Chromium with the real main-process services behind the bridge:
 * attach a file, export, clear the database (and the attachment file), import, see the sample and
 * the attachment again; back up and restore from the list in Inställningar.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumOrSkip, maybeScreenshot, runAxe, startHarness } from './harness'
import type { Harness } from './harness'

const browserPath = chromiumOrSkip('browser tests (backups)')
const ATTACHMENT = Buffer.from('Whiteboard-foto från workshopen i Norrvik\n')

describe.skipIf(!browserPath)('backups, export and import in Chromium', () => {
  let h: Harness
  let exported: string

  beforeAll(async () => {
    h = await startHarness(browserPath!)
    await h.page.goto(h.bridge.url)
  })

  afterAll(async () => {
    await h?.close()
  })

  const main = () => h.page.getByRole('main')
  const heading = () => h.page.getByRole('heading', { level: 1 })
  const organisationRows = () => main().getByRole('row')

  async function visit(name: string) {
    await h.page.getByRole('navigation').getByRole('link', { name, exact: true }).click()
    await expect.poll(() => heading().textContent()).toContain(name)
  }

  async function clearDatabase() {
    // What a new laptop looks like: no IndexedDB. Dexie closes its connection on versionchange.
    const deleted = await h.page.evaluate(`new Promise((resolve, reject) => {
      const req = indexedDB.deleteDatabase('matbar')
      req.onsuccess = () => resolve(true)
      req.onerror = () => reject(req.error)
    })`)
    expect(deleted).toBe(true)
    await h.page.reload()
    await visit('Organisationer')
    await expect.poll(() => main().textContent(), { timeout: 20_000 }).not.toContain('Norrviks kommun')
  }

  it('loads the sample and attaches a file to an organisation', async () => {
    await h.page.getByRole('button', { name: 'Ladda exempelportfölj' }).click()
    await visit('Organisationer')
    await expect.poll(() => organisationRows().count(), { timeout: 20_000 }).toBe(6)
    await h.page.goto(`${h.bridge.url}#/organisations/org-energi`)
    await expect.poll(() => heading().textContent(), { timeout: 20_000 }).toContain('Norrviks kommun')
    await h.page
      .getByLabel('Välj filer att bifoga')
      .setInputFiles({ name: 'whiteboard.txt', mimeType: 'text/plain', buffer: ATTACHMENT })
    await expect
      .poll(() => main().getByRole('list', { name: 'Bilagor' }).textContent(), { timeout: 20_000 })
      .toContain('whiteboard.txt')
  })

  it('backs up now and lists the backup with date, size and row counts', async () => {
    await visit('Inställningar')
    await h.page.getByRole('button', { name: 'Säkerhetskopiera nu' }).click()
    await expect.poll(() => main().textContent(), { timeout: 20_000 }).toContain('Säkerhetskopian är sparad')
    const table = main().getByRole('table', { name: /Sparade säkerhetskopior/ })
    await expect
      .poll(() => table.textContent())
      .toMatch(/Manuell.*5 organisationer, 5 uppdrag, 5 workshops, \d+ områden, 1 bilaga/)
    await maybeScreenshot(h.page, 'backups-settings')
    const bad = (await runAxe(h.page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(bad, JSON.stringify(bad, null, 2)).toEqual([])
  })

  it('exports the portfolio as a download', async () => {
    const download = h.page.waitForEvent('download')
    await h.page.getByRole('button', { name: 'Exportera portföljen…' }).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^Matbar-export-\d{4}-\d{2}-\d{2}\.zip$/)
    exported = (await file.path())!
    expect((await readFile(exported)).subarray(0, 2).toString()).toBe('PK')
  })

  it('imports the export into an empty database and shows the sample and the attachment again', async () => {
    await clearDatabase()
    // The attachment file is gone too, as on a new computer: the archive must bring it back.
    const hash = (await import('node:crypto')).createHash('sha256').update(ATTACHMENT).digest('hex')
    expect(await h.bridge.services.files.attachments.release(hash)).toBe('deleted')

    await visit('Inställningar')
    await h.page.getByLabel('Välj fil att importera').setInputFiles(exported)
    await expect.poll(() => main().textContent(), { timeout: 20_000 }).toContain('Filen innehåller 5 organisationer')
    await h.page.getByRole('radio', { name: /Slå samman/ }).check()
    await h.page.getByRole('button', { name: 'Importera', exact: true }).click()
    const summary = main().getByRole('table', { name: 'Vad importen gjorde, per tabell' })
    await expect.poll(() => summary.count(), { timeout: 20_000 }).toBe(1)
    await expect
      .poll(() => summary.getByRole('row', { name: /Organisationer/ }).textContent())
      .toMatch(/Organisationer\s*500/)
    await maybeScreenshot(h.page, 'import-summary')

    await visit('Organisationer')
    await expect.poll(() => organisationRows().count(), { timeout: 20_000 }).toBe(6)
    await expect.poll(() => main().textContent()).toContain('Norrviks kommun')
    const file = await h.bridge.services.files.attachments.fileOf(hash)
    expect(file).not.toBeNull()
    expect((await readFile(file!)).equals(ATTACHMENT)).toBe(true)
    await h.page.goto(`${h.bridge.url}#/organisations/org-energi`)
    await expect
      .poll(() => main().getByRole('list', { name: 'Bilagor' }).textContent(), { timeout: 20_000 })
      .toContain('whiteboard.txt')
  })

  it('refuses a broken file, lists its errors with JSON paths, and changes nothing', async () => {
    await visit('Inställningar')
    const broken = JSON.stringify({
      format: 'matbar-portfolio',
      formatVersion: 1,
      exportedAt: 'igår',
      appVersion: '1',
      tables: {}
    })
    await h.page
      .getByLabel('Välj fil att importera')
      .setInputFiles({ name: 'trasig.json', mimeType: 'application/json', buffer: Buffer.from(broken) })
    const alert = main().getByRole('alert').filter({ hasText: 'trasig.json' })
    await expect.poll(() => alert.textContent(), { timeout: 20_000 }).toContain('$.exportedAt')
    await expect.poll(() => alert.textContent()).toMatch(/och \d+ fel till/)
    await maybeScreenshot(h.page, 'import-refused')
    await visit('Organisationer')
    await expect.poll(() => organisationRows().count(), { timeout: 20_000 }).toBe(6)
  })

  it('restores a backup from the list (after backing up the current state first)', async () => {
    await visit('Inställningar')
    const table = main().getByRole('table', { name: /Sparade säkerhetskopior/ })
    // The oldest "before restore" backup holds the empty database from before the import.
    const emptyRow = table
      .getByRole('row')
      .filter({ hasText: 'Före återställning' })
      .filter({ hasText: '0 organisationer' })
      .first()
    await emptyRow.getByRole('button', { name: /Återställ säkerhetskopian från/ }).click()
    await expect.poll(() => main().textContent(), { timeout: 20_000 }).toContain('Allt i databasen ersätts')
    await maybeScreenshot(h.page, 'restore-confirm')
    const before = (await h.bridge.services.files.backups.status()).backups.length
    await h.page.getByRole('button', { name: 'Ja, återställ' }).click()
    await expect.poll(() => main().textContent(), { timeout: 20_000 }).toContain('är återställd')
    expect((await h.bridge.services.files.backups.status()).backups.length).toBeGreaterThan(before - 1)
    await visit('Organisationer')
    await expect.poll(() => organisationRows().count(), { timeout: 20_000 }).toBeLessThanOrEqual(2)

    // And back: the manual backup with the sample.
    await visit('Inställningar')
    const manualRow = table.getByRole('row').filter({ hasText: 'Manuell' }).first()
    await manualRow.getByRole('button', { name: /Återställ säkerhetskopian från/ }).click()
    await h.page.getByRole('button', { name: 'Ja, återställ' }).click()
    await expect.poll(() => main().textContent(), { timeout: 20_000 }).toContain('är återställd')
    await visit('Organisationer')
    await expect.poll(() => organisationRows().count(), { timeout: 20_000 }).toBe(6)
  })

  it('warns about a custom or synced backup folder while encryption is off', async () => {
    const backups = h.bridge.services.files.backups
    const base = await mkdtemp(join(tmpdir(), 'matbar-e2e-folders-'))
    const warning = () => main().locator('.folder-warning')
    try {
      await backups.setFolder(join(base, 'Mätbar-kopior'))
      await visit('Organisationer')
      await visit('Inställningar')
      await expect.poll(() => warning().textContent(), { timeout: 20_000 }).toContain('i en mapp som du har valt')
      await maybeScreenshot(h.page, 'backups-custom-folder-warning')

      await backups.setFolder(join(base, 'OneDrive - Norrviks kommun', 'Mätbar'))
      await visit('Organisationer')
      await visit('Inställningar')
      await expect.poll(() => warning().textContent(), { timeout: 20_000 }).toContain('synkroniseras av OneDrive')
      expect(await warning().textContent()).toContain('Slå på krypteringen nedan')
    } finally {
      await backups.setFolder(null)
      await rm(base, { recursive: true, force: true })
    }
    await visit('Organisationer')
    await visit('Inställningar')
    await expect.poll(() => main().textContent(), { timeout: 20_000 }).toContain('standardmappen i datamappen')
    expect(await warning().count()).toBe(0)
  })

  it('after encryption is turned on, says how many clear backups are in the folder and encrypts every one', async () => {
    const backups = h.bridge.services.files.backups
    const clear = (await backups.status()).backups.filter((b) => !b.encrypted).length
    expect(clear).toBeGreaterThan(1)
    const panel = main().getByRole('region', { name: 'Kryptering' })
    await panel.getByLabel('Lösenord', { exact: true }).fill('ett långt lösenord')
    await panel.getByLabel('Upprepa lösenordet').fill('ett långt lösenord')
    await panel.getByRole('checkbox').check()
    await panel.getByRole('button', { name: 'Slå på kryptering' }).click()

    const dialog = h.page.getByRole('dialog', { name: 'Okrypterade säkerhetskopior finns kvar' })
    await expect
      .poll(() => dialog.textContent(), { timeout: 20_000 })
      .toContain(`Det finns ${clear} okrypterade säkerhetskopior i mappen`)
    await maybeScreenshot(h.page, 'backups-clear-copies-dialog')
    const bad = (await runAxe(h.page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(bad, JSON.stringify(bad, null, 2)).toEqual([])

    // "Behåll" changes nothing and leaves the count on the page, with the way back to the choice.
    await dialog.getByRole('button', { name: 'Behåll' }).click()
    await expect
      .poll(() => panel.textContent(), { timeout: 20_000 })
      .toContain(`Krypteringen är på, men ${clear} okrypterade säkerhetskopior finns kvar i mappen`)
    await maybeScreenshot(h.page, 'backups-clear-copies-kept')
    expect((await backups.status()).backups.filter((b) => !b.encrypted)).toHaveLength(clear)
    await panel.getByRole('button', { name: 'Kryptera eller radera…' }).click()
    await dialog.getByRole('button', { name: 'Kryptera dem' }).click()
    await expect
      .poll(() => panel.getByRole('status').textContent(), { timeout: 60_000 })
      .toBe(`${clear} säkerhetskopior är krypterade.`)

    const names = await readdir((await backups.status()).folder)
    expect(names.filter((n) => n.startsWith('matbar-backup-')).every((n) => n.endsWith('.zip.enc'))).toBe(true)
    const table = main().getByRole('table', { name: /Sparade säkerhetskopior/ })
    await expect
      .poll(() => table.getByRole('row').filter({ hasText: 'krypterad' }).count())
      .toBeGreaterThanOrEqual(clear)
    expect(await panel.textContent()).not.toContain('finns kvar i mappen')
  })

  it('logged no console errors and no CSP violations', () => {
    expect(h.problems).toEqual([])
  })
})
