/**
 * Erasure that holds (issue 13 point 7) in Chromium with the real main-process services: back up the
 * sample, make a workshop report that names its participants, then erase Maria Öberg (recorded by name
 * only) from the organisation page; the report lists the frozen document and the backup that still hold
 * her, the document is deleted from there; restoring the backup from before the erasure does not
 * bring her back, nor does a write that skipped the re-apply (the app's start applies the log again).
 */
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumOrSkip, maybeScreenshot, runAxe, startHarness } from './harness'
import type { Harness } from './harness'

const browserPath = chromiumOrSkip('browser tests (erasure)')

describe.skipIf(!browserPath)('erasure of a person recorded by name only, in Chromium', () => {
  let h: Harness
  let backupName = ''

  beforeAll(async () => {
    h = await startHarness(browserPath!)
    await h.page.goto(h.bridge.url)
  })

  afterAll(async () => {
    await h?.close()
  })

  const main = () => h.page.getByRole('main')
  const heading = () => h.page.getByRole('heading', { level: 1 })

  async function visit(name: string) {
    await h.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name, exact: true }).click()
    await expect.poll(() => heading().textContent()).toContain(name)
  }

  async function axeClean(label: string) {
    const bad = (await runAxe(h.page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(bad, `${label}: ${JSON.stringify(bad, null, 2)}`).toEqual([])
  }

  /** The name-only participants listed on Norrviks kommun's page. */
  async function nameOnlyAtNorrvik(): Promise<string> {
    await visit('Organisationer')
    await main().getByRole('link', { name: 'Norrviks kommun' }).click()
    const table = main().getByRole('table', { name: 'Deltagare som bara finns med namn' })
    await expect.poll(() => table.textContent(), { timeout: 20_000 }).toContain('Jonas Håkansson')
    return (await table.textContent()) ?? ''
  }

  function participantIds(): Promise<string[]> {
    return h.page.evaluate(`new Promise((resolve, reject) => {
      const open = indexedDB.open('matbar')
      open.onerror = () => reject(open.error)
      open.onsuccess = () => {
        const db = open.result
        const keys = db.transaction('participants').objectStore('participants').getAllKeys()
        keys.onsuccess = () => { db.close(); resolve(keys.result) }
        keys.onerror = () => reject(keys.error)
      }
    })`) as Promise<string[]>
  }

  it('loads the sample and backs it up', async () => {
    await h.page.getByRole('button', { name: 'Ladda exempelportfölj' }).click()
    await expect.poll(() => nameOnlyAtNorrvik(), { timeout: 20_000 }).toContain('Maria Öberg')
    await axeClean('organisation page with name-only participants')
    await maybeScreenshot(h.page, 'erasure-organisation')
    await visit('Inställningar')
    await h.page.getByRole('button', { name: 'Säkerhetskopiera nu' }).click()
    await expect.poll(() => main().textContent(), { timeout: 20_000 }).toContain('Säkerhetskopian är sparad')
    const { backups } = await h.bridge.services.files.backups.status()
    backupName = backups.find((b) => b.reason === 'manual')!.name
  })

  it('makes a workshop report that lists the participants (a frozen copy in the documents folder)', async () => {
    await visit('Uppdrag')
    await main()
      .getByRole('link', { name: /minskad energianvändning/i })
      .first()
      .click()
    const section = main().getByRole('region', { name: 'Dokument' })
    await expect
      .poll(() => section.getByRole('button', { name: 'Skapa workshoprapport' }).count(), { timeout: 20_000 })
      .toBe(1)
    const download = h.page.waitForEvent('download')
    await section.getByRole('button', { name: 'Skapa workshoprapport' }).click()
    await download
    await expect.poll(() => readdir(join(h.bridge.services.dataFolder, 'documents')).then((f) => f.length)).toBe(1)
  })

  it('erases Maria Öberg from her page and lists the document and the backup that still hold her', async () => {
    expect(await nameOnlyAtNorrvik()).toContain('Maria Öberg')
    await main()
      .getByRole('table', { name: 'Deltagare som bara finns med namn' })
      .getByRole('link', { name: 'Maria Öberg' })
      .click()
    await expect.poll(() => heading().textContent()).toBe('Maria Öberg')
    await expect
      .poll(() => main().getByRole('table', { name: 'Workshops personen har deltagit i' }).textContent())
      .toContain('Norrviks kommun')
    await axeClean('name-only person page')
    await maybeScreenshot(h.page, 'erasure-person')
    await main().getByRole('button', { name: 'Radera personuppgifter…' }).click()
    const dialog = h.page.getByRole('dialog', { name: 'Radera allt om Maria Öberg?' })
    await dialog.getByRole('button', { name: 'Radera', exact: true }).click()

    await expect.poll(() => heading().textContent(), { timeout: 20_000 }).toBe('Personuppgifter raderade')
    const remaining = main().getByRole('table', {
      name: 'Sparade dokument och säkerhetskopior som fortfarande innehåller personen'
    })
    await expect.poll(() => remaining.textContent(), { timeout: 20_000 }).toMatch(/Workshoprapport – Norrviks kommun/)
    expect(await remaining.textContent()).toContain(backupName)
    expect(await participantIds()).not.toContain('part-energi-x1')
    await axeClean('erasure report')
    await maybeScreenshot(h.page, 'erasure-report')

    await remaining.getByRole('button', { name: /^Radera Workshoprapport – Norrviks kommun/ }).click()
    await expect.poll(() => h.page.getByRole('status').first().textContent()).toBe('1 fil är raderad.')
    expect(await readdir(join(h.bridge.services.dataFolder, 'documents'))).toEqual([])
    expect(await remaining.textContent()).toContain(backupName)
  })

  it('keeps her erased when the backup from before the erasure is restored', async () => {
    await visit('Inställningar')
    const table = main().getByRole('table', { name: /Sparade säkerhetskopior/ })
    const row = table.getByRole('row').filter({ hasText: 'Manuell' }).first()
    await row.getByRole('button', { name: /Återställ säkerhetskopian från/ }).click()
    await h.page.getByRole('button', { name: 'Ja, återställ' }).click()
    await expect.poll(() => main().textContent(), { timeout: 20_000 }).toContain('är återställd')
    const listed = await nameOnlyAtNorrvik()
    expect(listed).not.toContain('Maria Öberg')
    expect(listed).toContain('Jonas Håkansson')
    expect(await participantIds()).not.toContain('part-energi-x1')
    expect(await participantIds()).toContain('part-energi-x2')
  })

  it('erases her again at start when a write brought her back without the re-apply (a crash mid-import)', async () => {
    const row = {
      id: 'part-energi-x1',
      createdAt: '2026-01-10T09:00:00.000Z',
      updatedAt: '2026-01-10T09:00:00.000Z',
      workshopId: 'ws-energi',
      contactId: null,
      name: 'Maria Öberg',
      role: 'Upphandlare'
    }
    await h.page.evaluate(`new Promise((resolve, reject) => {
      const open = indexedDB.open('matbar')
      open.onerror = () => reject(open.error)
      open.onsuccess = () => {
        const db = open.result
        const tx = db.transaction('participants', 'readwrite')
        tx.objectStore('participants').put(${JSON.stringify(row)})
        tx.oncomplete = () => { db.close(); resolve(null) }
        tx.onerror = () => reject(tx.error)
      }
    })`)
    expect(await participantIds()).toContain('part-energi-x1')
    await h.page.reload()
    const listed = await nameOnlyAtNorrvik()
    expect(listed).not.toContain('Maria Öberg')
    expect(await participantIds()).not.toContain('part-energi-x1')
  })

  it('logged no console errors and no CSP violations', () => {
    expect(h.problems).toEqual([])
  })
})
