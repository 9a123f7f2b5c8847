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
 * Types a date into the focused date field by keyboard. Chromium shows it in segments in the order of its own
 * locale (month/day/year on an English system, whatever the page's language), so the first segment is found
 * by stepping it up and back. A year takes up to six digits, so the right arrow moves on from it; a month or
 * a day moves on by itself after two digits.
 */
async function typeDate(page: Page, field: Locator, iso: string): Promise<void> {
  const before = (await field.inputValue()).split('-')
  await page.keyboard.press('ArrowUp')
  const after = (await field.inputValue()).split('-')
  await page.keyboard.press('ArrowDown')
  const first = [0, 1, 2].find((i) => before[i] !== after[i])
  const order = first === 0 ? [0, 1, 2] : first === 1 ? [1, 2, 0] : [2, 1, 0]
  const parts = iso.split('-')
  for (const [n, part] of order.entries()) {
    await page.keyboard.type(parts[part]!)
    if (part === 0 && n < 2) await page.keyboard.press('ArrowRight')
  }
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
