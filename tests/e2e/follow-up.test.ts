/**
 * Issue 11 in Chromium: measurements added by keyboard only, the chart and the follow-up in words, the off-track
 * figure on Översikt leading to its filtered list; and, on an empty portfolio, the next-step path from client to
 * proposal without a dead end (in Swedish), and the in-place creation of a missing engagement and client (in
 * English, at 1024 px).
 */
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumOrSkip, maybeScreenshot, runAxe, startHarness } from './harness'
import type { Harness } from './harness'

const browserPath = chromiumOrSkip('browser tests (follow-up)')

/** Today in the browser's time zone, YYYY-MM-DD, and a day some days earlier. */
function isoDay(daysAgo: number): string {
  const d = new Date()
  d.setDate(d.getDate() - daysAgo)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** The accessible text of the focused element: its aria-label, else its text, else its label's. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(`(() => {
    const el = document.activeElement
    if (!el) return ''
    const label = el.getAttribute('aria-label') || (el.labels && el.labels[0] && el.labels[0].textContent) || ''
    return (label || el.textContent || '').trim()
  })()`) as Promise<string>
}

/** Presses Tab until the focused control has this name (keyboard only: no click, no focus()). */
async function tabTo(page: Page, name: string | RegExp, max = 80): Promise<void> {
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text))
  for (let i = 0; i < max; i++) {
    if (matches(await focusedName(page))) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`no control named ${String(name)} within ${max} presses of Tab (at "${await focusedName(page)}")`)
}

/**
 * Types a date into the focused date field by keyboard. The kit's date field is a text box in the app's
 * language whatever the browser's locale, and takes an ISO date in every language: its text is replaced.
 */
async function typeDate(page: Page, field: Locator, iso: string): Promise<void> {
  await field.press('ControlOrMeta+A')
  await page.keyboard.type(iso)
}

async function noSeriousAxe(page: Page, where: string): Promise<void> {
  const bad = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(bad, `${where}: ${JSON.stringify(bad, null, 2)}`).toEqual([])
}

describe.skipIf(!browserPath)('follow-up in Chromium: measurements by keyboard, Översikt to the off-track list', () => {
  let h: Harness
  const heading = () => h.page.getByRole('heading', { level: 1 })
  const main = () => h.page.getByRole('main')
  const nav = (name: string) => h.page.getByRole('navigation').getByRole('link', { name, exact: true })

  beforeAll(async () => {
    h = await startHarness(browserPath!)
    await h.page.goto(h.bridge.url)
    await h.page.getByRole('button', { name: 'Ladda exempelportfölj' }).click()
    await h.page.getByRole('status').filter({ hasText: 'laddad' }).first().waitFor({ timeout: 20_000 })
  })

  afterAll(async () => {
    await h?.close()
  })

  it('says no area of the sample is behind plan', async () => {
    await nav('Översikt').click()
    const effect = main().getByRole('region', { name: 'Effekt' })
    await expect.poll(() => effect.getByRole('link', { name: /Områden efter plan/ }).textContent()).toMatch(/^0\s/)
    await expect.poll(() => effect.getByText('Inga områden ligger efter plan.').count()).toBe(1)
  })

  it('adds three measurements to a sample area by keyboard only, then shows the chart and the status in words', async () => {
    // Inställda lektioner: 4,2 % on 28 Feb 2026, target 1,5 % on 30 Jun 2027; no measurement in the sample.
    await h.page.goto(`${h.bridge.url}#/areas/area-skola-2`)
    await expect.poll(() => heading().textContent(), { timeout: 20_000 }).toBe('Inställda lektioner och vikarier')
    const section = main().getByRole('region', { name: 'Mätvärden' })
    await expect.poll(() => section.textContent()).toContain('Inget mätvärde ännu')

    const values: Array<[date: string, value: string, source: string]> = [
      [isoDay(120), '4,1', 'Schemasystemet, rapport från skolförvaltningen'],
      [isoDay(60), '3,9', ''],
      [isoDay(10), '3,8', 'Schemasystemet, rektorns månadsrapport']
    ]
    await heading().click()
    for (const [n, [date, value, source]] of values.entries()) {
      await tabTo(h.page, 'Lägg till mätvärde')
      await h.page.keyboard.press('Enter')
      const form = section.getByRole('form', { name: 'Nytt mätvärde' })
      await expect.poll(() => focusedName(h.page)).toBe('Datum')
      await typeDate(h.page, form.getByLabel('Datum'), date)
      await expect.poll(() => form.getByLabel('Datum').inputValue()).toBe(date)
      await tabTo(h.page, 'Värde', 5)
      await h.page.keyboard.type(value)
      await h.page.keyboard.press('Tab')
      expect(await focusedName(h.page)).toBe('Källa')
      if (n === 0) {
        // The first value's source starts as the indicator's data source.
        expect(await form.getByLabel('Källa').inputValue()).toBe('Schemasystemet')
      }
      if (source !== '') {
        await h.page.keyboard.press('ControlOrMeta+A')
        await h.page.keyboard.type(source)
      }
      await h.page.keyboard.press('Enter')
      await expect.poll(() => section.getByRole('form').count()).toBe(0)
      // The keyboard is back on the add button, ready for the next value.
      await expect.poll(() => focusedName(h.page)).toBe('Lägg till mätvärde')
    }

    const table = section.getByRole('table', { name: 'Uppmätta värden %' })
    await expect.poll(() => table.getByRole('row').count()).toBe(4)
    // The second value kept the source of the first: a new value starts with the latest one's.
    await expect
      .poll(() => table.getByRole('cell', { name: 'Schemasystemet, rapport från skolförvaltningen' }).count())
      .toBe(2)
    await expect.poll(() => table.getByRole('cell', { name: 'Schemasystemet, rektorns månadsrapport' }).count()).toBe(1)
    const chart = section.getByRole('img', {
      name: /^Diagram över Andel inställda lektioner: nollvärde 4,2, mål 1,5, antal mätvärden 3\./
    })
    await expect.poll(() => chart.count()).toBe(1)
    // 3,8 of the way from 4,2 to 1,5 is 15 %, far behind the time passed.
    await expect.poll(() => section.textContent()).toMatch(/Efter plan: 15\s%/)
    await maybeScreenshot(h.page, 'follow-up-area-sv')
    await noSeriousAxe(h.page, 'area page')
  })

  it('follows the off-track figure on Översikt to the areas list filtered to that area', async () => {
    await nav('Översikt').click()
    const effect = main().getByRole('region', { name: 'Effekt' })
    const figure = effect.getByRole('link', { name: /Områden efter plan/ })
    await expect.poll(() => figure.textContent(), { timeout: 20_000 }).toMatch(/^1\s/)
    await expect
      .poll(() => effect.getByRole('table', { name: 'Områden som ligger efter plan' }).textContent())
      .toContain('Inställda lektioner och vikarier')
    await maybeScreenshot(h.page, 'follow-up-overview-sv')
    await figure.click()
    await expect.poll(() => heading().textContent()).toBe('Områden')
    expect(h.page.url()).toContain('followUp=off-track')
    const table = main().getByRole('table', { name: 'Effektiviseringsområden' })
    await expect.poll(() => table.getByRole('row').count(), { timeout: 20_000 }).toBe(2)
    await expect.poll(() => table.getByRole('row').nth(1).textContent()).toContain('Inställda lektioner och vikarier')
    await maybeScreenshot(h.page, 'follow-up-areas-off-track-sv')
  })

  it('logged no console errors and no CSP violations', () => {
    expect(h.problems).toEqual([])
  })
})

describe.skipIf(!browserPath)('the next-step path in Chromium, from an empty portfolio to the proposal', () => {
  let h: Harness
  const heading = () => h.page.getByRole('heading', { level: 1 })
  const main = () => h.page.getByRole('main')
  const nav = (name: string) => h.page.getByRole('navigation').getByRole('link', { name, exact: true })
  const steps = () => main().getByRole('region', { name: 'Nästa steg' })

  beforeAll(async () => {
    h = await startHarness(browserPath!)
    await h.page.goto(h.bridge.url)
  })

  afterAll(async () => {
    await h?.close()
  })

  /** Opens Översikt, checks how many steps are ticked, and follows the link of the next one. */
  async function nextStep(done: number, link: string, landsOn: string): Promise<void> {
    await nav('Översikt').click()
    await expect.poll(() => heading().textContent()).toBe('Översikt')
    const items = steps().getByRole('listitem')
    await expect.poll(() => items.count(), { timeout: 20_000 }).toBe(6)
    await expect.poll(() => items.filter({ hasText: '(klart)' }).count()).toBe(done)
    await expect.poll(() => items.nth(done).textContent()).toContain('(nästa steg)')
    // Only the next step is a link: the path cannot be taken out of order.
    expect(await steps().getByRole('link').count()).toBe(1)
    await maybeScreenshot(h.page, `next-step-${done + 1}-sv`)
    await steps().getByRole('link', { name: link }).click()
    await expect.poll(() => heading().textContent(), { timeout: 20_000 }).toBe(landsOn)
  }

  it('1. adds the client', async () => {
    await nextStep(0, 'Lägg in kunden', 'Ny organisation')
    await main().getByLabel('Namn', { exact: true }).fill('Vikbo kommun')
    await main().getByRole('button', { name: 'Spara organisationen' }).click()
    await expect.poll(() => heading().textContent()).toBe('Vikbo kommun')
  })

  it('2. creates an engagement with the client', async () => {
    await nextStep(1, 'Skapa ett uppdrag hos kunden', 'Uppdrag')
    await main().getByRole('link', { name: 'Nytt uppdrag' }).first().click()
    const form = main().getByRole('form', { name: 'Nytt uppdrag' })
    await form.getByLabel('Kund').selectOption({ label: 'Vikbo kommun' })
    await form.getByLabel('Benämning').fill('Workshop: lägre energianvändning')
    await form.getByRole('button', { name: 'Spara uppdraget' }).click()
    await expect.poll(() => heading().textContent()).toBe('Workshop: lägre energianvändning')
  })

  it('3. plans a workshop, the engagement already chosen', async () => {
    await nextStep(2, 'Planera en workshop', 'Ny workshop')
    await expect
      .poll(() => main().getByLabel('Uppdrag', { exact: true }).locator('option:checked').textContent())
      .toContain('Workshop: lägre energianvändning')
    await main().getByLabel('Datum').fill('2026-05-20')
    await main().getByRole('button', { name: 'Spara workshop' }).click()
    await expect.poll(() => heading().textContent()).toMatch(/Vikbo kommun|lägre energianvändning|Workshop/)
    await expect.poll(() => h.page.url()).toMatch(/#\/workshops\/[^/]+$/)
  })

  it('4. writes down the areas on the workshop page', async () => {
    const workshopHeading = await heading().textContent()
    await nextStep(3, 'Skriv in områdena från workshopen', workshopHeading!)
    await main()
      .getByLabel('Nya områden, ett per rad')
      .fill('Energieffektiv gatubelysning\nBehovsstyrd ventilation\nSolceller på kommunala tak')
    await main().getByRole('button', { name: 'Lägg till 3 områden' }).click()
    await expect
      .poll(() => main().getByRole('table', { name: '3 områden från workshoppen' }).getByRole('link').count())
      .toBe(3)
  })

  it('5. prioritises the areas in the scoring grid', async () => {
    await nextStep(4, 'Prioritera områdena', 'Prioritering')
    const grid = h.page.getByRole('grid')
    await expect.poll(() => grid.getByRole('gridcell', { name: /ej poängsatt/ }).count(), { timeout: 20_000 }).toBe(18)
    // Rows in Swedish order: Behovsstyrd ventilation, Energieffektiv gatubelysning, Solceller på kommunala tak.
    await grid.getByRole('gridcell', { name: 'Behovsstyrd ventilation, Effekt: ej poängsatt' }).click()
    for (const row of [
      [4, 4, 3, 4, 3, 2],
      [5, 5, 4, 4, 4, 2],
      [3, 4, 3, 3, 4, 3]
    ]) {
      for (const [c, value] of row.entries()) {
        await h.page.keyboard.press(String(value))
        if (c < row.length - 1) await h.page.keyboard.press('ArrowRight')
      }
      await h.page.keyboard.press('Home')
      await h.page.keyboard.press('ArrowDown')
    }
    await expect.poll(() => grid.getByRole('gridcell', { name: /ej poängsatt/ }).count()).toBe(0)
    await expect
      .poll(() => grid.getByRole('gridcell', { name: 'Energieffektiv gatubelysning, rang: 1' }).count())
      .toBe(1)
  })

  it('6. writes the proposal, and the path is done', async () => {
    await nextStep(5, 'Skriv förslaget', 'Dokument')
    await main().getByLabel('Uppdrag').selectOption({ label: 'Vikbo kommun – Workshop: lägre energianvändning' })
    const download = h.page.waitForEvent('download')
    await main().getByRole('button', { name: 'Skapa förslag' }).click()
    expect((await download).suggestedFilename()).toMatch(/^Förslag – Vikbo kommun – \d{4}-\d{2}-\d{2}\.docx$/)
    await nav('Översikt').click()
    await expect.poll(() => main().getByRole('region', { name: 'Effekt' }).count(), { timeout: 20_000 }).toBe(1)
    // Every step done: the path gives way to the figures.
    await expect.poll(() => steps().count()).toBe(0)
    await maybeScreenshot(h.page, 'next-step-done-sv')
    await noSeriousAxe(h.page, 'Översikt')
  })

  it('logged no console errors and no CSP violations', () => {
    expect(h.problems).toEqual([])
  })
})

describe.skipIf(!browserPath)(
  'no dead end in Chromium, in English at 1024 px: a new workshop before any engagement',
  () => {
    let h: Harness
    const heading = () => h.page.getByRole('heading', { level: 1 })
    const main = () => h.page.getByRole('main')
    const nav = (name: string) => h.page.getByRole('navigation').getByRole('link', { name, exact: true })

    beforeAll(async () => {
      h = await startHarness(browserPath!)
      await h.page.setViewportSize({ width: 1024, height: 768 })
      await h.page.goto(h.bridge.url)
      await nav('Inställningar').click()
      await h.page.getByRole('combobox', { name: 'Språk' }).selectOption('en')
      await heading().filter({ hasText: 'Settings' }).waitFor({ timeout: 20_000 })
    })

    afterAll(async () => {
      await h?.close()
    })

    it('creates the engagement and, inside it, the client in place; the workshop keeps what was typed', async () => {
      await nav('Workshops').click()
      await main().getByRole('link', { name: 'New workshop' }).first().click()
      await expect.poll(() => heading().textContent()).toBe('New workshop')
      await main().getByLabel('Place').fill('Town hall, room B')
      await main().getByLabel('Date').fill('2026-06-11')
      await expect
        .poll(() =>
          main()
            .getByText(/There is no engagement yet/)
            .count()
        )
        .toBe(1)
      await maybeScreenshot(h.page, 'in-place-workshop-en-1024')

      await main().getByRole('button', { name: 'New engagement…' }).click()
      const engagement = h.page.getByRole('dialog', { name: 'New engagement' })
      await expect.poll(() => engagement.getByText(/There is no client in the register yet/).count()).toBe(1)
      await engagement.getByLabel('Title').fill('Workshop: less vandalism')
      await engagement.getByRole('button', { name: 'New client…' }).click()
      const client = h.page.getByRole('dialog', { name: 'New client' })
      await client.getByLabel('Name', { exact: true }).fill('Vikbo Bostäder AB')
      await maybeScreenshot(h.page, 'in-place-client-en-1024')
      await client.getByRole('button', { name: 'Save the organisation' }).click()

      await expect.poll(() => client.count()).toBe(0)
      await expect
        .poll(() => engagement.getByLabel('Client').locator('option:checked').textContent())
        .toBe('Vikbo Bostäder AB')
      expect(await engagement.getByLabel('Title').inputValue()).toBe('Workshop: less vandalism')
      await maybeScreenshot(h.page, 'in-place-engagement-en-1024')
      await noSeriousAxe(h.page, 'engagement dialog')
      await engagement.getByRole('button', { name: 'Save the engagement' }).click()

      await expect.poll(() => engagement.count()).toBe(0)
      await expect
        .poll(() => main().getByLabel('Engagement', { exact: true }).locator('option:checked').textContent())
        .toContain('Workshop: less vandalism')
      expect(await main().getByLabel('Place').inputValue()).toBe('Town hall, room B')
      // The English UI shows the typed date in words (the kit's DateField; the form value stays 2026-06-11).
      expect(await main().getByLabel('Date').inputValue()).toBe('11 Jun 2026')
      await main().getByRole('button', { name: 'Save workshop' }).click()
      await expect.poll(() => h.page.url()).toMatch(/#\/workshops\/[^/]+$/)
      await expect.poll(() => main().textContent()).toContain('Town hall, room B')
    })

    it('ticks client, engagement and workshop on the overview, and leads on to the areas', async () => {
      await nav('Overview').click()
      const items = main().getByRole('region', { name: 'The next step' }).getByRole('listitem')
      await expect.poll(() => items.filter({ hasText: '(done)' }).count(), { timeout: 20_000 }).toBe(3)
      await expect.poll(() => items.nth(3).textContent()).toContain('(next step)')
      await maybeScreenshot(h.page, 'next-step-4-en-1024')
      await main().getByRole('link', { name: "Write down the workshop's areas" }).click()
      await expect.poll(() => main().getByLabel('New areas, one per line').count()).toBe(1)
    })

    it('logged no console errors and no CSP violations', () => {
      expect(h.problems).toEqual([])
    })
  }
)
