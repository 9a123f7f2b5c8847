import { readFile } from 'node:fs/promises'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumOrSkip, maybeScreenshot, runAxe, startHarness } from './harness'
import type { Harness } from './harness'

const browserPath = chromiumOrSkip('browser tests (follow-up report)')

describe.skipIf(!browserPath)('follow-up report in Chromium', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness(browserPath!)
    await h.page.goto(h.bridge.url)
  })

  afterAll(async () => {
    await h?.close()
  })

  const main = () => h.page.getByRole('main')

  it('loads the sample portfolio', async () => {
    await h.page.getByRole('button', { name: 'Ladda exempelportfölj' }).click()
    await expect.poll(() => h.page.getByRole('status').first().textContent(), { timeout: 20_000 }).toMatch(/laddad/)
  })

  it("shows an area's chart with its name for screen readers, drawn by the shared layout", async () => {
    await h.page.getByRole('navigation').getByRole('link', { name: 'Områden', exact: true }).click()
    await main().getByRole('link', { name: 'Energieffektiv gatubelysning' }).first().click()
    const chart = main().getByRole('img', { name: /^Diagram över Elanvändning för gatubelysning: nollvärde 3\s100/ })
    await expect.poll(() => chart.count(), { timeout: 20_000 }).toBe(1)
    // The picture shows the levels with their values and a dated time axis.
    const svgText = (await chart.locator('svg').textContent()) ?? ''
    expect(svgText.replace(/\s/g, ' ')).toMatch(/Nollvärde 3.100.*Mål 1.400/)
    expect(svgText).toContain('2027')
    await maybeScreenshot(h.page, 'follow-up-area-chart')
    const bad = (await runAxe(h.page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(bad, JSON.stringify(bad, null, 2)).toEqual([])
  })

  it('writes the follow-up report in English from the engagement page', async () => {
    await h.page.getByRole('navigation').getByRole('link', { name: 'Uppdrag', exact: true }).click()
    await main()
      .getByRole('link', { name: /minskad energianvändning/i })
      .first()
      .click()
    const section = main().getByRole('region', { name: 'Dokument' })
    const button = section.getByRole('button', { name: 'Skapa uppföljningsrapport' })
    await expect.poll(() => button.count(), { timeout: 20_000 }).toBe(1)
    await section.getByLabel('Dokumentets språk').selectOption('en')
    const download = h.page.waitForEvent('download')
    await button.click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^Follow-up report – Norrviks kommun – \d{4}-\d{2}-\d{2}\.docx$/)
    const entries = unzipSync(new Uint8Array(await readFile((await file.path())!)))
    const xml = new TextDecoder().decode(entries['word/document.xml'])
    expect(xml).toContain('Energieffektiv gatubelysning')
    expect(xml).toContain('of the way from baseline to target')
    // The logo is the settings' (none here): every picture is a chart, one per measured area.
    expect(Object.keys(entries).filter((p) => p.startsWith('word/media/')).length).toBe(5)
    await expect.poll(() => section.getByRole('row', { name: /Uppföljningsrapport/ }).count()).toBe(1)
    await maybeScreenshot(h.page, 'follow-up-engagement-documents')
  })
})
