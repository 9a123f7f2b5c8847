/**
 * Keyboard only (issue 14, Tests): the workshop flow in Chromium without the mouse: load the sample, open
 * Workshops from the menu, create a workshop, capture five areas line after line, score them in the grid,
 * go back to the workshop and enter evaluation forms. Every Tab press is counted, per step and in all, and
 * held to a bound a little above what was measured, so a new Tab stop on the way fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumOrSkip, runAxe, startHarness } from './harness'
import type { Harness } from './harness'

const browserPath = chromiumOrSkip('browser tests (keyboard-only workshop flow)')

/** Titles that sort before the sample's own areas of the engagement, so they are the grid's first rows. */
const AREAS = ['Ankomstregistrering', 'Arkivgallring', 'Attestflöde', 'Avfallshämtning', 'Avtalsuppföljning']
/** The scores typed for the five areas, one row each, over the engagement's six criteria. */
const SCORES = [
  [5, 4, 4, 5, 4, 2],
  [3, 3, 2, 4, 3, 3],
  [4, 5, 3, 4, 4, 1],
  [2, 2, 3, 3, 2, 4],
  [4, 4, 5, 3, 3, 2]
]
const FORMS = [
  [6, 5, 6],
  [5, 5, 4],
  [4, 5, 5]
]

/**
 * Tab presses for each step, measured when this test was written (2026-11-30; 42 in all), plus one each
 * as the bound. Before issue 14 point 3 the grid alone was 38 presses from the page heading (the
 * criteria's 36 controls) and every date field had a second stop for its calendar button.
 */
const BOUNDS = {
  menuToWorkshops: 4 + 1,
  newWorkshopLink: 4 + 1,
  /** Uppdrag, its "new engagement" button, Rubrik, Datum, Starttid. */
  workshopForm: 5 + 1,
  /** Ändra workshop, then the box (no areas yet). */
  toCaptureBox: 2 + 1,
  /** The link right after the box (the add button is disabled while the box is empty). */
  toPrioritisation: 1 + 1,
  /** The criteria's one button, the grid. */
  toGrid: 2 + 1,
  /** Back from the grid to the engagement in the trail above the heading, then its workshops by date. */
  backToWorkshop: 8 + 1,
  /** Ändra workshop, five area links, the capture box, its link, Helhet. */
  toEvaluations: 9 + 1,
  /** Two per form: overall → content → delivery, Enter saves and the cursor is back in the first. */
  evaluationRows: 6
} as const
const TOTAL_BOUND = 42 + 2

describe.skipIf(!browserPath)('the workshop flow by keyboard alone', () => {
  let h: Harness
  const counts: Partial<Record<keyof typeof BOUNDS, number>> = {}

  beforeAll(async () => {
    h = await startHarness(browserPath!)
    await h.page.goto(h.bridge.url)
  })

  afterAll(async () => {
    console.log(`keyboard-workshop Tab presses: ${JSON.stringify(counts)}`)
    await h?.close()
  })

  const kb = () => h.page.keyboard
  const main = () => h.page.getByRole('main')
  const heading = () => h.page.getByRole('heading', { level: 1 })
  // Strings, not functions: this file is type-checked without the DOM library.
  const focusedName = () =>
    h.page.evaluate(`(() => {
      const e = document.activeElement
      if (!e) return ''
      const label = e.labels && e.labels[0] ? e.labels[0].textContent : ''
      return (e.getAttribute('aria-label') || label || e.textContent || '').trim()
    })()`) as Promise<string>
  const focusedTag = () => h.page.evaluate('document.activeElement ? document.activeElement.tagName : ""')

  /** Presses Tab (or Shift+Tab) until the focused element's name matches, counting the presses for `step`. */
  async function tabTo(step: keyof typeof BOUNDS, name: RegExp, { back = false } = {}) {
    for (let i = 0; i < 60; i++) {
      await kb().press(back ? 'Shift+Tab' : 'Tab')
      counts[step] = (counts[step] ?? 0) + 1
      if (name.test(await focusedName())) return
    }
    throw new Error(`${step}: no element named ${name} within 60 Tab presses`)
  }

  it('loads the sample by keyboard and opens Workshops from the menu', async () => {
    await expect.poll(() => heading().textContent()).toBe('Översikt')
    // From the top of the page: the sample button is in the overview (setup, not counted).
    for (let i = 0; i < 40 && (await focusedName()) !== 'Ladda exempelportfölj'; i++) await kb().press('Tab')
    await kb().press('Enter')
    await expect.poll(() => h.page.getByRole('status').first().textContent(), { timeout: 20_000 }).toMatch(/laddad/)
    // Focus is on the overview's heading; the menu is just before the main content.
    await expect.poll(focusedTag).toBe('H1')
    await tabTo('menuToWorkshops', /^Workshops$/, { back: true })
    await kb().press('Enter')
    await expect.poll(() => heading().textContent()).toBe('Workshops')
    await expect.poll(focusedTag).toBe('H1')
  })

  it('creates a workshop: engagement, date and time, Enter saves; focus lands on the new workshop’s heading', async () => {
    await tabTo('newWorkshopLink', /^Ny workshop$/)
    await kb().press('Enter')
    await expect.poll(() => heading().textContent()).toBe('Ny workshop')
    await expect.poll(focusedTag).toBe('H1')
    await tabTo('workshopForm', /^Uppdrag/)
    // A closed select moves with the arrow keys: down to the sample engagement "Minskad energianvändning".
    const engagement = main().getByLabel('Uppdrag')
    // The choices arrive from the database a moment after the form: arrows pressed before that move nothing (the
    // file failed here under load 20 in session 8).
    await expect.poll(() => engagement.locator('option[value="eng-energi"]').count(), { timeout: 20_000 }).toBe(1)
    for (let i = 0; i < 20 && (await engagement.inputValue()) !== 'eng-energi'; i++) await kb().press('ArrowDown')
    expect(await engagement.inputValue()).toBe('eng-energi')
    await tabTo('workshopForm', /^Rubrik/)
    await kb().type('Administrativa tidstjuvar')
    await tabTo('workshopForm', /^Datum/)
    await kb().type('2026-09-15')
    await tabTo('workshopForm', /^Starttid/)
    await kb().type('9.00')
    await kb().press('Enter')
    await expect.poll(() => heading().textContent()).toBe('Administrativa tidstjuvar')
    await expect.poll(focusedTag).toBe('H1')
  })

  it('captures five areas line after line, the cursor staying in the box', async () => {
    await tabTo('toCaptureBox', /^Nya områden, ett per rad/)
    for (const [i, title] of AREAS.entries()) {
      await kb().type(title)
      if (i < AREAS.length - 1) await kb().press('Enter')
    }
    await kb().press('Control+Enter')
    const table = main().getByRole('table', { name: /5 områden från workshoppen/ })
    await expect.poll(() => table.getByRole('row').count()).toBe(6)
    expect(await focusedName()).toMatch(/^Nya områden, ett per rad/)
    // Ready for the next line at once.
    expect(await main().getByLabel('Nya områden, ett per rad').inputValue()).toBe('')
  })

  it('goes on to the prioritisation and scores the five areas in the grid, one Tab stop', async () => {
    await tabTo('toPrioritisation', /^Poängsätt och rangordna områdena$/)
    await kb().press('Enter')
    await expect.poll(() => heading().textContent()).toBe('Prioritering')
    await expect.poll(() => h.page.getByRole('grid').count(), { timeout: 20_000 }).toBe(1)
    await expect.poll(focusedTag).toBe('H1')
    await tabTo('toGrid', /^Ankomstregistrering, Effekt/)
    for (const row of SCORES) {
      for (const [c, value] of row.entries()) {
        await kb().type(String(value))
        if (c < row.length - 1) await kb().press('ArrowRight')
      }
      await kb().press('Home')
      await kb().press('ArrowDown')
    }
    const grid = h.page.getByRole('grid')
    for (const title of AREAS) {
      await expect
        .poll(() => grid.getByRole('gridcell', { name: new RegExp(`^${title}, viktad poäng: \\d`) }).count())
        .toBe(1)
    }
    // Tab leaves the grid at once: the grid is one stop.
    await kb().press('Tab')
    expect(await h.page.evaluate('document.activeElement.closest("[role=grid]") === null')).toBe(true)
  })

  it('returns to the workshop through the engagement and enters evaluation forms', async () => {
    await tabTo('backToWorkshop', /minskad energianvändning/i, { back: true })
    await kb().press('Enter')
    await expect.poll(() => heading().textContent()).toMatch(/minskad energianvändning/i)
    await expect.poll(focusedTag).toBe('H1')
    // The engagement lists its workshops by date and time.
    await tabTo('backToWorkshop', /^15 sep\.? 2026/)
    await kb().press('Enter')
    await expect.poll(() => heading().textContent()).toBe('Administrativa tidstjuvar')
    await expect.poll(focusedTag).toBe('H1')
    await tabTo('toEvaluations', /^Helhet$/)
    for (const [overall, content, delivery] of FORMS) {
      await kb().type(String(overall))
      await kb().press('Tab')
      await kb().type(String(content))
      await kb().press('Tab')
      await kb().type(String(delivery))
      await kb().press('Enter')
      counts.evaluationRows = (counts.evaluationRows ?? 0) + 2
      await expect.poll(() => focusedName()).toBe('Helhet')
    }
    await expect
      .poll(() => main().getByRole('table', { name: 'Inskrivna formulär' }).getByRole('row').count())
      .toBe(FORMS.length + 1)
    const bad = (await runAxe(h.page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(bad, JSON.stringify(bad, null, 2)).toEqual([])
  })

  it('took few Tab presses for the whole flow, each step within its bound', () => {
    for (const [step, bound] of Object.entries(BOUNDS)) {
      expect(counts[step as keyof typeof BOUNDS] ?? 0, step).toBeLessThanOrEqual(bound)
    }
    const total = Object.values(counts).reduce((a, b) => a + b, 0)
    expect(total).toBeLessThanOrEqual(TOTAL_BOUND)
    expect(h.problems).toEqual([])
  })
})
