/**
 * Exportera in Chromium: on the sample portfolio, the areas list's menu (keyboard only) downloads the areas it
 * shows as .xlsx and as CSV, and Inställningar downloads the whole portfolio; the files are read back.
 */
import { readFile } from 'node:fs/promises'
import { strFromU8, unzipSync } from 'fflate'
import type { Download } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumOrSkip, maybeScreenshot, runAxe, startHarness } from './harness'
import type { Harness } from './harness'

const browserPath = chromiumOrSkip('browser tests (spreadsheets)')

describe.skipIf(!browserPath)('spreadsheets in Chromium', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness(browserPath!)
    await h.page.setViewportSize({ width: 1024, height: 800 })
    await h.page.goto(h.bridge.url)
  })

  afterAll(async () => {
    await h?.close()
  })

  const main = () => h.page.getByRole('main')
  const bytesOf = async (download: Promise<Download>) => {
    const file = await download
    return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) }
  }

  it('loads the sample portfolio', async () => {
    await h.page.getByRole('button', { name: 'Ladda exempelportfölj' }).click()
    await expect.poll(() => h.page.getByRole('status').first().textContent(), { timeout: 20_000 }).toMatch(/laddad/)
  })

  it('exports the areas the list shows as .xlsx by keyboard, a workbook with their titles', async () => {
    await h.page.getByRole('navigation').getByRole('link', { name: 'Områden', exact: true }).click()
    await main().getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Under upphandling' })
    const titles = await main().getByRole('table').getByRole('rowheader').allTextContents()
    expect(titles.length).toBeGreaterThan(0)
    const button = main().getByRole('button', { name: 'Exportera områden' })
    await button.focus()
    await h.page.keyboard.press('Enter')
    await expect.poll(() => main().getByRole('menuitem', { name: 'Områden, Excel-fil (.xlsx)' }).count()).toBe(1)
    await maybeScreenshot(h.page, 'spreadsheets-areas-menu-1024')
    const axe = (await runAxe(h.page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(axe, JSON.stringify(axe)).toEqual([])
    const download = h.page.waitForEvent('download')
    await h.page.keyboard.press('Enter')
    const { name, bytes } = await bytesOf(download)
    expect(name).toMatch(/^områden-\d{4}-\d{2}-\d{2}\.xlsx$/)
    const files = unzipSync(new Uint8Array(bytes))
    const strings = strFromU8(files['xl/sharedStrings.xml']!)
    for (const title of titles) expect(strings).toContain(title.replace(/&/g, '&amp;'))
    // Only the filtered areas: one header row and one row per title.
    expect(strFromU8(files['xl/worksheets/sheet1.xml']!).match(/<row /g)).toHaveLength(titles.length + 1)
    await expect.poll(() => h.page.getByRole('status').first().textContent()).toMatch(/är hämtad/)
    // The keyboard stays on the menu button through the export.
    expect(await h.page.evaluate('document.activeElement?.textContent')).toBe('Exportera')
  })

  it('exports the same areas as CSV that Swedish Excel opens: BOM, semicolons, decimal comma', async () => {
    await main().getByRole('button', { name: 'Exportera områden' }).focus()
    await h.page.keyboard.press('ArrowDown')
    await h.page.keyboard.press('ArrowDown')
    const download = h.page.waitForEvent('download')
    await h.page.keyboard.press('Enter')
    const { name, bytes } = await bytesOf(download)
    expect(name).toMatch(/^områden-\d{4}-\d{2}-\d{2}\.csv$/)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.toString('utf8').slice(1).split('\r\n')
    expect(lines[0]!.startsWith('Område;Kund;Uppdrag;')).toBe(true)
    expect(lines[1]).toMatch(/;\d+,\d+;/)
  })

  it('exports the measurements of the shown areas from the same menu', async () => {
    await main().getByRole('button', { name: 'Exportera områden' }).focus()
    await h.page.keyboard.press('ArrowDown')
    await h.page.keyboard.press('End')
    const download = h.page.waitForEvent('download')
    await h.page.keyboard.press('Enter')
    const { name, bytes } = await bytesOf(download)
    expect(name).toMatch(/^mätvärden-\d{4}-\d{2}-\d{2}\.csv$/)
    const lines = bytes.toString('utf8').slice(1).split('\r\n')
    expect(lines[0]).toBe('Område;Kund;Indikator;Enhet;Datum;Värde;Källa;Kommentar')
    // The sample's street lighting (under procurement) has measured values.
    expect(lines.some((line) => line.startsWith('Energieffektiv gatubelysning;Norrviks kommun;'))).toBe(true)
  })

  it('exports the whole portfolio from Inställningar as one workbook with a sheet per table', async () => {
    await h.page.getByRole('navigation').getByRole('link', { name: 'Inställningar', exact: true }).click()
    const download = h.page.waitForEvent('download')
    await main().getByRole('button', { name: 'Exportera som Excel (.xlsx)' }).click()
    const { name, bytes } = await bytesOf(download)
    expect(name).toMatch(/^mätbar-portfölj-\d{4}-\d{2}-\d{2}\.xlsx$/)
    const book = strFromU8(unzipSync(new Uint8Array(bytes))['xl/workbook.xml']!)
    expect([...book.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'Områden',
      'Mätvärden',
      'Utvärderingar',
      'Organisationer',
      'Uppdrag'
    ])
    expect(h.problems).toEqual([])
  })
})
