import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumOrSkip, maybeScreenshot, runAxe, startHarness } from './harness'
import type { Harness } from './harness'

const browserPath = chromiumOrSkip('browser tests (workshops, areas, evaluations)')

const QUESTION = 'Vilka faktorer i skolan stjäl mest tid från undervisning och lärande?'
const AREAS = ['Vikariehantering', 'Schemaläggning', 'Frånvarorapportering', 'IT-support i klassrummen', 'Lokalbokning']
/** Eight paper forms: overall, content, delivery, comment. */
const FORMS: Array<[number, number, number, string]> = [
  [6, 5, 5, 'Mycket konkret'],
  [5, 5, 4, ''],
  [6, 6, 5, 'Bra tempo'],
  [4, 4, 5, ''],
  [5, 5, 5, 'Lärorikt'],
  [6, 5, 6, ''],
  [5, 4, 4, 'För kort'],
  [6, 6, 6, 'Toppen']
]
/** Swedish one-decimal mean of one column of FORMS, computed independently of the app. */
const svMean = (col: 0 | 1 | 2) => {
  const values = FORMS.map((f) => f[col])
  return (Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10).toFixed(1).replace('.', ',')
}

describe.skipIf(!browserPath)('workshops, areas and evaluations in Chromium', () => {
  let h: Harness
  let workshopUrl = ''
  let areaUrl = ''

  beforeAll(async () => {
    h = await startHarness(browserPath!)
    await h.page.goto(h.bridge.url)
  })

  afterAll(async () => {
    await h?.close()
  })

  const main = () => h.page.getByRole('main')
  const heading = () => h.page.getByRole('heading', { level: 1 })
  const summaryRow = (aspect: string) =>
    main()
      .getByRole('table', { name: /betyg på skalan/ })
      .getByRole('row', { name: new RegExp(`^${aspect}`) })

  async function noSeriousAxe(name: string) {
    await h.page.waitForLoadState('networkidle')
    const bad = (await runAxe(h.page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(bad, `${name}: ${JSON.stringify(bad, null, 2)}`).toEqual([])
  }

  it('shows the sample workshop with the real example: 5,5 / 5,0 / 5,0 and its comments', async () => {
    await h.page.getByRole('button', { name: 'Ladda exempelportfölj' }).click()
    await expect.poll(() => h.page.getByRole('status').first().textContent(), { timeout: 20_000 }).toMatch(/laddad/)
    await h.page.goto(`${h.bridge.url}#/workshops/ws-energi`)
    await expect.poll(() => heading().textContent()).toContain('Minskad energianvändning')
    await expect.poll(() => summaryRow('Helhet').textContent()).toContain('5,5')
    expect(await summaryRow('Innehåll').textContent()).toContain('5,0')
    expect(await summaryRow('Genomförande').textContent()).toContain('5,0')
    expect(await main().textContent()).toContain('Genomfördes proffsigt med kunskap och engagemang!')
    expect(await main().getByRole('link', { name: 'Energieffektiv gatubelysning' }).count()).toBe(1)
    await maybeScreenshot(h.page, 'workshop-sample')
    await noSeriousAxe('sample workshop')
  })

  it('creates a workshop from a library question', async () => {
    await h.page.goto(`${h.bridge.url}#/workshops`)
    await main().getByRole('link', { name: 'Ny workshop' }).click()
    await expect.poll(() => heading().textContent()).toBe('Ny workshop')
    await main().getByLabel('Uppdrag').selectOption('eng-energi')
    await main().getByLabel('Datum', { exact: true }).fill('2026-05-20')
    await main().getByLabel('Starttid').fill('13:00')
    await main().getByLabel('Plats').fill('Norrviks stadshus, rum Älven')
    await main().getByLabel('Frågebibliotek').selectOption({ label: QUESTION })
    expect(await main().getByLabel('Startfråga', { exact: true }).inputValue()).toBe(QUESTION)
    await main().getByLabel('Agenda').fill('Välkommen\nKartläggning\nPrioritering')
    await main().getByLabel('Antal deltagare').fill('8')
    await maybeScreenshot(h.page, 'workshop-form')
    await noSeriousAxe('workshop form')
    await main().getByRole('button', { name: 'Spara workshop' }).click()
    await expect.poll(() => heading().textContent()).toBe(QUESTION)
    workshopUrl = h.page.url()
    expect(workshopUrl).toMatch(/#\/workshops\/[0-9a-f-]{36}$/)
  })

  it('captures five areas as five lines', async () => {
    await main().getByLabel('Nya områden, ett per rad').fill(AREAS.join('\n'))
    await main().getByRole('button', { name: 'Lägg till 5 områden' }).click()
    const table = main().getByRole('table', { name: /5 områden från workshoppen/ })
    await expect.poll(() => table.getByRole('row').count()).toBe(6)
    for (const title of AREAS) expect(await table.getByRole('link', { name: title, exact: true }).count()).toBe(1)
  })

  it("fills one area's indicator; bad input gives a message at the field and stores nothing", async () => {
    await main().getByRole('link', { name: 'Schemaläggning' }).click()
    await expect.poll(() => heading().textContent()).toBe('Schemaläggning')
    areaUrl = h.page.url()
    // A record's page reads first; its form opens with "Ändra uppgifter" (one pattern on every record page).
    expect(await main().getByRole('form', { name: 'Områdets uppgifter' }).count()).toBe(0)
    await main().getByRole('region', { name: 'Uppgifter' }).getByRole('button', { name: 'Ändra uppgifter' }).click()
    const field = (label: string) => main().getByLabel(label, { exact: true })
    await field('Kostnad i dag (kr per år)').fill('-5')
    await field('Indikator').fill('Lärartid till schemaläggning')
    await field('Enhet').fill('timmar/vecka')
    await field('Nollvärde').fill('12,5')
    await field('Nollvärdets datum').fill('2026-01-31')
    await field('Målvärde').fill('4')
    await field('Måldatum').fill('2025-12-31')
    await field('Datakälla').fill('Tidrapporteringen')
    await field('Uppskattat kontraktsvärde (kr)').fill('1 200 000')
    await main().getByRole('button', { name: 'Spara området' }).click()
    await expect.poll(() => main().textContent()).toContain('Värdet kan inte vara negativt.')
    expect(await main().textContent()).toContain('Måldatum kan inte ligga före nollvärdets datum.')
    expect(await field('Kostnad i dag (kr per år)').getAttribute('aria-invalid')).toBe('true')
    // Nothing was stored, yet the route hint already answers for the value typed.
    expect(await main().getByRole('region', { name: 'Vad lagen tillåter' }).textContent()).toContain(
      'under EU:s tröskelvärde'
    )
    await maybeScreenshot(h.page, 'area-errors')

    await field('Kostnad i dag (kr per år)').fill('850 000')
    await field('Måldatum').fill('2027-06-30')
    await main().getByRole('button', { name: 'Spara området' }).click()
    await expect.poll(() => h.page.getByRole('status').first().textContent()).toContain('Området är sparat.')
    // 1 200 000 kr lies between the direct-procurement limit and the EU threshold for a municipality.
    await expect.poll(() => main().textContent()).toContain('under EU:s tröskelvärde')
    expect(await main().textContent()).toContain('1 feb. 2022')
    // Saved, the details read again, with what was typed.
    expect(await main().getByRole('region', { name: 'Uppgifter' }).textContent()).toContain(
      'Lärartid till schemaläggning'
    )
    await maybeScreenshot(h.page, 'area')
    await noSeriousAxe('area page')
  })

  it('enters eight evaluation rows by keyboard alone, refusing a 7, and shows the means', async () => {
    await h.page.goto(workshopUrl)
    await expect.poll(() => heading().textContent()).toBe(QUESTION)
    const overall = main().getByLabel('Helhet', { exact: true })
    await overall.focus()
    const kb = h.page.keyboard
    // A 7 is refused at the field and Enter stores nothing.
    await kb.type('7')
    await expect.poll(() => main().textContent()).toContain('Betyget ska vara ett heltal 1–6.')
    await kb.press('Enter')
    expect(await main().getByRole('table', { name: 'Inskrivna formulär' }).count()).toBe(0)
    await kb.press('Backspace')
    for (const [i, [o, c, d, comment]] of FORMS.entries()) {
      await kb.type(String(o))
      await kb.press('Tab')
      await kb.type(String(c))
      await kb.press('Tab')
      await kb.type(String(d))
      await kb.press('Tab')
      if (comment) await kb.type(comment)
      await kb.press('Enter')
      await expect
        .poll(() =>
          main()
            .getByRole('heading', { name: `Formulär ${i + 2}` })
            .count()
        )
        .toBe(1)
      // The cursor is back in the first field of the next row.
      await expect.poll(() => h.page.evaluate('document.activeElement && document.activeElement.id')).toBe('ev-overall')
    }
    await expect.poll(() => main().getByRole('table', { name: 'Inskrivna formulär' }).getByRole('row').count()).toBe(9)
    expect(await summaryRow('Helhet').textContent()).toContain(svMean(0))
    expect(await summaryRow('Innehåll').textContent()).toContain(svMean(1))
    expect(await summaryRow('Genomförande').textContent()).toContain(svMean(2))
    await maybeScreenshot(h.page, 'evaluation-entry')
    await noSeriousAxe('workshop page with evaluations')
  })

  it('still has everything after a reload', async () => {
    await h.page.reload()
    await expect.poll(() => heading().textContent()).toBe(QUESTION)
    await expect
      .poll(() =>
        main()
          .getByRole('table', { name: /5 områden från workshoppen/ })
          .count()
      )
      .toBe(1)
    await expect.poll(() => summaryRow('Helhet').textContent()).toContain(svMean(0))
    expect(await main().getByRole('table', { name: 'Inskrivna formulär' }).getByRole('row').count()).toBe(9)
    expect(await main().textContent()).toContain('Lärartid till schemaläggning')
    await h.page.goto(areaUrl)
    const details = main().getByRole('region', { name: 'Uppgifter' })
    await expect.poll(() => details.textContent()).toContain('12,5 timmar/vecka (31 jan. 2026)')
    expect(await details.textContent()).toContain('4 timmar/vecka (30 juni 2027)')
  })

  it('moves an area to the other workshop of the engagement and merges two areas', async () => {
    await main().getByLabel('Flytta till workshop').selectOption('ws-energi')
    await main().getByRole('button', { name: 'Flytta', exact: true }).click()
    await expect.poll(() => h.page.getByRole('status').first().textContent()).toContain('Området är flyttat')
    await main().getByLabel('Område att slå ihop med det här').selectOption({ label: 'Energieffektiv gatubelysning' })
    await main().getByRole('button', { name: 'Slå ihop…' }).click()
    const dialog = h.page.getByRole('dialog')
    await expect.poll(() => dialog.count()).toBe(1)
    await maybeScreenshot(h.page, 'area-merge')
    await noSeriousAxe('merge dialog')
    // Keep the other area's title; everything else conflicting stays with this area.
    await dialog
      .getByRole('row', { name: /Rubrik/ })
      .getByRole('radio')
      .nth(1)
      .check()
    await dialog.getByRole('button', { name: 'Slå ihop', exact: true }).click()
    await expect.poll(() => heading().textContent()).toBe('Energieffektiv gatubelysning')
    // The merged area kept this area's indicator and gained the sample area's measurements.
    await expect
      .poll(() => main().getByRole('region', { name: 'Uppgifter' }).textContent())
      .toContain('Lärartid till schemaläggning')
    await expect
      .poll(() =>
        main()
          .getByRole('table', { name: /Uppmätta värden/ })
          .getByRole('row')
          .count()
      )
      .toBe(3)
  })

  it('shows the organisation-wide and portfolio-wide evaluations with a trend', async () => {
    await h.page.goto(`${h.bridge.url}#/workshops`)
    await main().getByRole('link', { name: 'Utvärderingar i hela portföljen' }).click()
    await expect.poll(() => heading().textContent()).toBe('Utvärderingar')
    await expect
      .poll(() =>
        main()
          .getByRole('img', { name: /Helhetsbetyg per månad/ })
          .count()
      )
      .toBe(1)
    // The portfolio's trend is per month: its Workshops column counts the five sample workshops plus the new one.
    const trend = main().getByRole('table', { name: 'Medelvärden per månad, äldst först' })
    // Cells after the month: Helhet, Innehåll, Genomförande, Workshops, Antal.
    const perMonth = await trend.locator('tbody tr td:nth-of-type(4)').allTextContents()
    expect(perMonth.reduce((sum, n) => sum + Number(n), 0)).toBe(6)
    await maybeScreenshot(h.page, 'evaluations-portfolio')
    await noSeriousAxe('evaluations page')
  })

  it('logged no console errors', () => {
    expect(h.problems).toEqual([])
  })
})
