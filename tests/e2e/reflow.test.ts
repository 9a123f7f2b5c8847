/**
 * Issue 14 point 1: every page fits a 1024 × 768 window and reflows at 320 CSS px (a 1280-pixel window at 400 %
 * zoom, WCAG 1.4.10). With the sample portfolio loaded, every top-level page and the detail pages (an
 * organisation, an engagement, its prioritisation, a workshop, an area) are measured at both sizes: the page
 * does not scroll sideways, and no element reaches past the window's right edge, except inside a box that
 * scrolls or clips by itself and lies within the window (a data table scrolling at 320 px). At 1024 px the
 * scoring grid's key columns (Röster, Viktad poäng, Rang) are on screen without scrolling the grid, and the
 * pipeline's last column (Avslutat) is too. At 320 px the menu folds behind a "Meny" button that opens and
 * closes by keyboard, with the current page still marked; axe stays at 0 serious or critical there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MEASURE, type Measured } from './fit'
import { chromiumOrSkip, maybeScreenshot, runAxe, startHarness } from './harness'
import type { Harness } from './harness'

const browserPath = chromiumOrSkip('browser tests (reflow at 1024 and 320 px)')

const SIZES = [
  { width: 1024, height: 768 },
  { width: 320, height: 640 }
] as const

describe.skipIf(!browserPath)('every page fits 1024 × 768 and reflows at 320 px, in Chromium', () => {
  let h: Harness
  const pages: { name: string; path: string }[] = [
    { name: 'Översikt', path: '/' },
    { name: 'Organisationer', path: '/organisations' },
    { name: 'Ny organisation', path: '/organisations/new' },
    { name: 'Uppdrag', path: '/engagements' },
    { name: 'Pipeline', path: '/engagements/pipeline' },
    { name: 'Workshops', path: '/workshops' },
    { name: 'Ny workshop', path: '/workshops/new' },
    { name: 'Utvärderingar', path: '/evaluations' },
    { name: 'Områden', path: '/areas' },
    { name: 'Dokument', path: '/documents' },
    { name: 'Inställningar', path: '/settings' }
  ]
  let prioritisation = ''

  /** Waits until `check` holds (expect.poll only works inside a test, and beforeAll needs this too). */
  async function until(check: () => Promise<boolean>, what: string, timeout = 20_000): Promise<void> {
    const deadline = Date.now() + timeout
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`)
      await h.page.waitForTimeout(300)
    }
  }

  /** Opens a page by its address and waits until its heading is there and its text has stopped changing. */
  async function open(path: string): Promise<void> {
    await h.page.goto(`${h.bridge.url}#${path}`)
    await h.page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 20_000 })
    let text = ''
    await until(async () => {
      const before = text
      text = await h.page.locator('main').innerText()
      return text === before && !/Laddar|Läser/.test(text)
    }, `${path} to settle`)
  }

  /** The first address in the main area's links that matches `pattern` (list pages fill in after a moment). */
  async function firstLink(path: string, pattern: RegExp): Promise<string> {
    await open(path)
    let found: string | undefined
    await until(async () => {
      const hrefs = (await h.page.evaluate(
        `[...document.querySelectorAll('main a[href]')].map((a) => a.getAttribute('href'))`
      )) as string[]
      found = hrefs.find((href) => pattern.test(href))
      return found !== undefined
    }, `a link to ${pattern} on ${path}`)
    return found!.replace(/^#/, '')
  }

  beforeAll(async () => {
    h = await startHarness(browserPath!)
    await h.page.goto(h.bridge.url)
    const load = h.page.getByRole('button', { name: 'Ladda exempelportfölj' })
    await load.click()
    await load.waitFor({ state: 'detached', timeout: 30_000 })
    const organisation = await firstLink('/organisations', /^#\/organisations\/(?!new$)[^/?]+$/)
    const engagement = await firstLink('/engagements', /^#\/engagements\/(?!pipeline$)[^/?]+$/)
    const workshop = await firstLink('/workshops', /^#\/workshops\/(?!new$)[^/?]+$/)
    const area = await firstLink('/areas', /^#\/areas\/[^/?]+$/)
    prioritisation = `${engagement}/prioritisation`
    pages.push(
      { name: 'an organisation', path: organisation },
      { name: 'an engagement', path: engagement },
      { name: 'its prioritisation', path: prioritisation },
      { name: 'a workshop', path: workshop },
      { name: 'an area', path: area }
    )
  })
  afterAll(async () => {
    await h?.close()
  })

  for (const size of SIZES) {
    it(`at ${size.width} × ${size.height} no page scrolls sideways and nothing reaches past the window`, async () => {
      await h.page.setViewportSize(size)
      const problems: string[] = []
      for (const { name, path } of pages) {
        await open(path)
        const m = (await h.page.evaluate(MEASURE)) as Measured
        if (m.scrollWidth > m.innerWidth) problems.push(`${name} (${path}): page ${m.scrollWidth} px wide`)
        for (const line of m.over) problems.push(`${name} (${path}): ${line}`)
        await maybeScreenshot(
          h.page,
          `reflow-${size.width}-${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'overview'}`
        )
      }
      expect(problems).toEqual([])
    })
  }

  it('at 1024 px the scoring grid shows Röster, Viktad poäng and Rang, and the pipeline shows Avslutat, without scrolling', async () => {
    await h.page.setViewportSize({ width: 1024, height: 768 })
    await open(prioritisation)
    const grid = h.page.locator('table.prio-grid')
    await grid.waitFor()
    for (const heading of ['Röster', 'Viktad poäng', 'Rang']) {
      const box = await grid
        .locator('thead th')
        .filter({ hasText: new RegExp(`^${heading}$`) })
        .boundingBox()
      expect(box, heading).not.toBeNull()
      expect(box!.x, heading).toBeGreaterThanOrEqual(0)
      expect(box!.x + box!.width, heading).toBeLessThanOrEqual(1024)
    }
    // The grid does not need its own scrollbar either.
    const { scrollWidth, clientWidth } = (await grid.evaluate(`(() => {
      const wrap = document.querySelector('.prio-grid-wrap')
      return { scrollWidth: wrap.scrollWidth, clientWidth: wrap.clientWidth }
    })()`)) as { scrollWidth: number; clientWidth: number }
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth)

    await open('/engagements/pipeline')
    const last = h.page.getByRole('heading', { level: 2, name: 'Avslutat' })
    const box = await last.boundingBox()
    expect(box).not.toBeNull()
    expect(box!.x + box!.width).toBeLessThanOrEqual(1024)
    // The menu is a sidebar here: no menu button shows.
    await expect.poll(() => h.page.getByRole('button', { name: 'Meny' }).isVisible()).toBe(false)
  })

  it('at 320 px the menu folds behind a "Meny" button that opens and closes by keyboard', async () => {
    await h.page.setViewportSize({ width: 320, height: 640 })
    await open('/workshops')
    const button = h.page.getByRole('button', { name: 'Meny' })
    const menu = h.page.getByRole('navigation', { name: 'Huvudmeny' })
    const link = (name: string) => menu.getByRole('link', { name, exact: true })
    await expect.poll(() => button.isVisible()).toBe(true)
    expect(await button.getAttribute('aria-expanded')).toBe('false')
    const controls = await button.getAttribute('aria-controls')
    expect(await h.page.locator(`#${controls}`).count()).toBe(1)
    await expect.poll(() => link('Översikt').isVisible()).toBe(false)

    // Enter opens; the current page is still marked; Tab goes into the list.
    await button.focus()
    await h.page.keyboard.press('Enter')
    expect(await button.getAttribute('aria-expanded')).toBe('true')
    await expect.poll(() => link('Översikt').isVisible()).toBe(true)
    expect(await link('Workshops').getAttribute('aria-current')).toBe('page')
    const axeOpen = (await runAxe(h.page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(axeOpen).toEqual([])
    await maybeScreenshot(h.page, 'reflow-320-menu-open')
    await h.page.keyboard.press('Tab')
    expect(await h.page.evaluate('document.activeElement.textContent')).toBe('Översikt')

    // Escape closes and puts focus back on the button.
    await h.page.keyboard.press('Escape')
    expect(await button.getAttribute('aria-expanded')).toBe('false')
    await expect.poll(() => link('Översikt').isVisible()).toBe(false)
    expect(await h.page.evaluate('document.activeElement.getAttribute("aria-controls")')).toBe(controls)

    // Space opens it again; following a link closes it and goes there.
    await h.page.keyboard.press('Space')
    expect(await button.getAttribute('aria-expanded')).toBe('true')
    await h.page.keyboard.press('Tab')
    await h.page.keyboard.press('Tab')
    expect(await h.page.evaluate('document.activeElement.textContent')).toBe('Organisationer')
    await h.page.keyboard.press('Enter')
    await h.page.getByRole('heading', { level: 1, name: 'Organisationer' }).waitFor({ timeout: 20_000 })
    expect(await button.getAttribute('aria-expanded')).toBe('false')
    await expect.poll(() => link('Organisationer').isVisible()).toBe(false)
  })

  it('axe finds nothing serious or critical on any page at 320 px (a table that scrolls must be reachable by keyboard)', async () => {
    await h.page.setViewportSize({ width: 320, height: 640 })
    const found: string[] = []
    for (const { path } of pages) {
      await open(path)
      for (const v of await runAxe(h.page))
        if (v.impact === 'serious' || v.impact === 'critical')
          found.push(`${path}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    }
    expect(found).toEqual([])
  })
})
