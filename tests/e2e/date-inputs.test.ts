/**
 * Dates and times in the app's language, not the browser's (issue 14 point 4): Chromium runs with an
 * English locale while the UI is Swedish. The workshop form shows ÅÅÅÅ-MM-DD and kl. 09.30, takes
 * "2026-06-11" and "9.30" and stores 2026-06-11T09:30, and its calendar picks a date by keyboard alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumOrSkip, maybeScreenshot, runAxe, startHarness } from './harness'
import type { Harness } from './harness'

const browserPath = chromiumOrSkip('browser tests (dates and times in the app language)')
const PLACE = 'Datumtestets rum'

describe.skipIf(!browserPath)('date and time fields in the Swedish UI under an English browser', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness(browserPath!, { locale: 'en-US' })
    await h.page.goto(h.bridge.url)
  })

  afterAll(async () => {
    await h?.close()
  })

  const main = () => h.page.getByRole('main')
  const heading = () => h.page.getByRole('heading', { level: 1 })
  const date = () => main().getByLabel('Datum', { exact: true })
  const time = () => main().getByLabel('Starttid')
  // Strings, not functions: this file is type-checked without the DOM library.
  const focused = () => h.page.evaluate("document.activeElement?.textContent ?? ''") as Promise<string>
  const focusedLabel = () =>
    h.page.evaluate("document.activeElement?.getAttribute('aria-label')") as Promise<string | null>

  async function noSeriousAxe(where: string) {
    const bad = (await runAxe(h.page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(bad, `${where}: ${JSON.stringify(bad, null, 2)}`).toEqual([])
  }

  /** The stored start of the workshop held in PLACE, read from the app's IndexedDB. */
  function storedStart(): Promise<string | null> {
    return h.page.evaluate(`new Promise((resolve, reject) => {
      const open = indexedDB.open('matbar')
      open.onerror = () => reject(open.error)
      open.onsuccess = () => {
        const all = open.result.transaction('workshops').objectStore('workshops').getAll()
        all.onsuccess = () => resolve((all.result.find((w) => w.place === ${JSON.stringify(PLACE)}) ?? { startsAt: null }).startsAt)
        all.onerror = () => reject(all.error)
      }
    })`) as Promise<string | null>
  }

  it('runs an English browser: its own date format is US, not Swedish', async () => {
    const locale = await h.page.evaluate(() => [navigator.language, new Date(2026, 5, 11).toLocaleDateString()])
    expect(locale).toEqual(['en-US', '6/11/2026'])
  })

  it('shows ÅÅÅÅ-MM-DD and kl. TT.MM in the Swedish workshop form, and saves "2026-06-11" at "9.30" as 2026-06-11T09:30', async () => {
    await h.page.getByRole('button', { name: 'Ladda exempelportfölj' }).click()
    await expect.poll(() => h.page.getByRole('status').first().textContent(), { timeout: 20_000 }).toMatch(/laddad/)
    await h.page.goto(`${h.bridge.url}#/workshops`)
    await main().getByRole('link', { name: 'Ny workshop' }).first().click()
    await expect.poll(() => heading().textContent()).toBe('Ny workshop')
    expect(await date().getAttribute('type')).toBe('text')
    expect(await date().getAttribute('placeholder')).toBe('ÅÅÅÅ-MM-DD')
    expect(await time().getAttribute('placeholder')).toBe('TT.MM')
    expect(await main().locator('.time-field').textContent()).toContain('kl.')

    await main().getByLabel('Uppdrag').selectOption('eng-energi')
    await date().click()
    await h.page.keyboard.type('2026-06-11')
    await time().click()
    await h.page.keyboard.press('ControlOrMeta+A')
    await h.page.keyboard.type('9.30')
    await main().getByLabel('Plats').click()
    expect(await time().inputValue()).toBe('09.30')
    expect(await date().inputValue()).toBe('2026-06-11')
    await h.page.keyboard.type(PLACE)
    await maybeScreenshot(h.page, 'date-inputs-sv-under-en')
    await noSeriousAxe('workshop form, Swedish under en-US')
    await main().getByRole('button', { name: 'Spara workshop' }).click()
    await expect.poll(() => heading().textContent()).not.toBe('Ny workshop')
    await expect.poll(storedStart).toBe('2026-06-11T09:30')
  })

  it('picks a date in the calendar by keyboard alone: Swedish month, Monday first, Escape and Enter give focus back', async () => {
    await main().getByRole('button', { name: 'Ändra uppgifter' }).click()
    await expect.poll(() => date().inputValue()).toBe('2026-06-11')
    expect(await time().inputValue()).toBe('09.30')
    // The calendar button is no Tab stop of its own: Alt+Down in the box opens the calendar, as a native picker.
    await date().focus()
    await h.page.keyboard.press('Tab')
    expect(await focused()).not.toBe('Välj datum: Datum')
    await date().focus()

    // Escape closes without a change.
    await h.page.keyboard.press('Alt+ArrowDown')
    const dialog = h.page.getByRole('dialog', { name: 'Välj datum: Datum' })
    await expect.poll(() => dialog.isVisible()).toBe(true)
    await expect.poll(focused).toBe('11')
    await h.page.keyboard.press('ArrowLeft')
    await h.page.keyboard.press('Escape')
    await expect.poll(() => dialog.count()).toBe(0)
    expect(await focusedLabel()).toBe(null)
    expect(await h.page.evaluate("document.activeElement?.getAttribute('placeholder')")).toBe('ÅÅÅÅ-MM-DD')
    expect(await date().inputValue()).toBe('2026-06-11')

    // Arrows move by day and week, PageDown by month, Enter picks (F4 opens it too).
    await h.page.keyboard.press('F4')
    await expect.poll(focused).toBe('11')
    expect(await dialog.textContent()).toContain('juni 2026')
    const weekdays = await dialog.locator('.rdp-weekday').evaluateAll((ths) => ths.map((th) => th.textContent))
    expect(weekdays[0]).toMatch(/^må/)
    expect(weekdays[6]).toMatch(/^sö/)
    await maybeScreenshot(h.page, 'date-inputs-calendar-sv')
    await noSeriousAxe('calendar dialog')
    await h.page.keyboard.press('ArrowRight')
    await h.page.keyboard.press('ArrowDown')
    await h.page.keyboard.press('PageDown')
    expect(await focusedLabel()).toMatch(/19 juli 2026/)
    await h.page.keyboard.press('Enter')
    await expect.poll(() => dialog.count()).toBe(0)
    expect(await h.page.evaluate("document.activeElement?.getAttribute('placeholder')")).toBe('ÅÅÅÅ-MM-DD')
    expect(await date().inputValue()).toBe('2026-07-19')
    await main().getByRole('button', { name: 'Spara workshop' }).click()
    await expect.poll(storedStart).toBe('2026-07-19T09:30')
    expect(h.problems).toEqual([])
  })

  it('shows the same workshop in the English UI as 19 Jul 2026 at 09:30, with an English calendar', async () => {
    await expect.poll(() => h.page.url()).toMatch(/#\/workshops\/[^/]+$/)
    const workshopUrl = h.page.url()
    await h.page.getByRole('navigation').getByRole('link', { name: 'Inställningar' }).click()
    await h.page.getByRole('combobox', { name: 'Språk' }).selectOption('en')
    await heading().filter({ hasText: 'Settings' }).waitFor({ timeout: 20_000 })
    await h.page.goto(workshopUrl)
    await main().getByRole('button', { name: 'Edit details' }).click()
    const enDate = main().getByLabel('Date', { exact: true })
    await expect.poll(() => enDate.inputValue()).toBe('19 Jul 2026')
    expect(await enDate.getAttribute('placeholder')).toBe('DD Mon YYYY')
    expect(await main().getByLabel('Start time').inputValue()).toBe('09:30')
    expect(await main().locator('.time-field').textContent()).not.toContain('kl.')
    await main().getByRole('button', { name: 'Choose date: Date' }).focus()
    await h.page.keyboard.press('Enter')
    const dialog = h.page.getByRole('dialog', { name: 'Choose date: Date' })
    await expect.poll(focused).toBe('19')
    expect(await dialog.textContent()).toContain('July 2026')
    await maybeScreenshot(h.page, 'date-inputs-calendar-en')
    await noSeriousAxe('calendar dialog, English')
    await h.page.keyboard.press('Escape')
    await expect.poll(() => dialog.count()).toBe(0)
    await h.page.setViewportSize({ width: 320, height: 640 })
    await maybeScreenshot(h.page, 'date-inputs-en-320')
    // The date box and its button stay inside a 320 px wide form.
    const right = await main()
      .locator('.date-field')
      .evaluate((el) => el.getBoundingClientRect().right)
    expect(right).toBeLessThanOrEqual(320)
    await noSeriousAxe('workshop form, English')
    // So does the whole month of the calendar.
    await main().getByRole('button', { name: 'Choose date: Date' }).click()
    await expect.poll(focused).toBe('19')
    const box = await dialog.evaluate((el) => ({
      right: el.getBoundingClientRect().right,
      overflow: el.scrollWidth - el.clientWidth
    }))
    expect(box.right).toBeLessThanOrEqual(320)
    expect(box.overflow).toBeLessThanOrEqual(0)
    await maybeScreenshot(h.page, 'date-inputs-calendar-en-320')
    await h.page.keyboard.press('Escape')
  })
})
