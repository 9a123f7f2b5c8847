/**
 * Issue 14 point 1: every page fits a 1024 × 768 window and reflows at 320 CSS px (a 1280-pixel window at 400 %
 * zoom, WCAG 1.4.10). With the sample portfolio loaded, every top-level page and the detail pages (an
 * organisation, an engagement, its prioritisation, a workshop, an area) are measured at both sizes: the page
 * does not scroll sideways, and no element reaches past the window's right edge, except inside a box that
 * scrolls or clips by itself and lies within the window, and no table scrolls sideways (text tables and lists
 * stack their rows at 320 px; only the scoring grid may scroll, its names sticky). At 1024 px the
 * scoring grid's key columns (Röster, Viktad poäng, Rang) are on screen without scrolling the grid, and the
 * pipeline's last column (Avslutat) is too. At 320 px the menu folds behind a "Meny" button that opens and
 * closes by keyboard, with the current page still marked; axe stays at 0 serious or critical there and at 1024 px,
 * in Swedish and in English (the 320 walk is made once per language; the English one looks at each page at 1024 px
 * too). At 320 px the pictures (the value matrix, an area's
 * follow-up chart) keep legible text, in a named box that scrolls, and a long list's row names are not cut; at
 * 1280 px no cell of Områden is cut (its long titles and routes take two lines).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MEASURE, type Measured } from './fit'
import { chromiumOrSkip, maybeScreenshot, runAxe, startHarness } from './harness'
import type { Harness } from './harness'

const browserPath = chromiumOrSkip('browser tests (reflow at 1024 and 320 px)')

/**
 * Tables whose columns need a sideways scroll to be seen (issue 14 point 1): a table, or the box around it, that
 * scrolls. Text tables stack their rows in a narrow window (ui/DataTable) and the long lists stack theirs
 * (ui/VirtualTable); only the scoring grid may scroll, its area names sticky on the left.
 */
const TABLE_SCROLLS = `(() => {
  const found = []
  for (const table of document.querySelectorAll('main table, main [role="table"]')) {
    if (table.closest('.prio-grid-wrap') || table.getClientRects().length === 0) continue
    for (let box = table; box && box.tagName !== 'MAIN'; box = box.parentElement) {
      if (getComputedStyle(box).overflowX === 'visible') continue
      if (box.scrollWidth > box.clientWidth + 1) {
        const name = table.getAttribute('aria-label') || table.querySelector('caption')?.textContent || table.className
        found.push('table "' + name + '" scrolls sideways (' + box.scrollWidth + ' px in ' + box.clientWidth + ')')
      }
      break
    }
  }
  return found
})()`

/**
 * The pictures' smallest text as drawn (the SVG's font size times its scale), and whether the box that scrolls
 * them is named with a Tab stop. Shrunk to fit a 320-pixel window, the matrix's text was about 6 px.
 */
const PICTURES = `(() => {
  const found = []
  for (const svg of document.querySelectorAll('main .prio-matrix svg, main .measurement-chart svg')) {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width
    const sizes = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale)
    const least = Math.min(...sizes)
    if (least < 9) found.push('picture ' + svg.closest('[class]').className + ': text ' + least.toFixed(1) + ' px')
    const box = svg.closest('.table-scroll')
    if (box && box.scrollWidth > box.clientWidth + 1 && !(box.getAttribute('role') === 'region' && box.getAttribute('aria-label') && box.tabIndex === 0))
      found.push('picture ' + svg.closest('[class]').className + ' scrolls in a box without a name and a Tab stop')
  }
  return found
})()`

/**
 * Cells of a long list (ui/VirtualTable) whose text is cut (an ellipsis, or lines past the ones shown): every
 * cell matching \`cells\`. Rows keep one height to stay virtualised, so a cut is only seen here.
 */
function cutCells(cells: string): string {
  return `(() => {
    const found = []
    for (const cell of document.querySelectorAll(${JSON.stringify(cells)})) {
      for (const el of [cell, ...cell.querySelectorAll('*')]) {
        // Text for screen readers only (.visually-hidden) is clipped to a pixel on purpose.
        if (el.getBoundingClientRect().width <= 1) continue
        const style = getComputedStyle(el)
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue
        if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
          found.push('cut: "' + cell.textContent.trim() + '"')
          break
        }
      }
    }
    return found
  })()`
}
/** A long list's row names (its titles): whole at every width. */
const CUT_ROW_NAMES = cutCells('main [role="table"] [role="rowheader"]')

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
  /** Pages under a list page: each has a breadcrumb trail starting at a menu entry's list. */
  const detailPages = new Set(['Ny organisation', 'Nytt uppdrag', 'Ny workshop'])
  /** Pages of one record: each reads first, its form behind "Ändra uppgifter" (issue 14 point 2). */
  const recordPages = new Set<string>()

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
      return text === before && !/Laddar|Läser|Loading|Reading/.test(text)
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
    const engagement = await firstLink('/engagements', /^#\/engagements\/(?!pipeline$|new$)[^/?]+$/)
    const workshop = await firstLink('/workshops', /^#\/workshops\/(?!new$)[^/?]+$/)
    const area = await firstLink('/areas', /^#\/areas\/[^/?]+$/)
    const contact = await firstLink(organisation, /^#\/contacts\/[^/?]+$/)
    prioritisation = `${engagement}/prioritisation`
    pages.push(
      { name: 'Nytt uppdrag', path: '/engagements/new' },
      { name: 'an organisation', path: organisation },
      { name: 'a contact', path: contact },
      { name: 'an engagement', path: engagement },
      { name: 'its prioritisation', path: prioritisation },
      { name: 'a workshop', path: workshop },
      { name: 'an area', path: area }
    )
    for (const name of ['an organisation', 'a contact', 'an engagement', 'a workshop', 'an area']) recordPages.add(name)
    for (const name of [...recordPages, 'its prioritisation']) detailPages.add(name)
  })
  afterAll(async () => {
    await h?.close()
  })

  /**
   * What is checked on every page at 320 px besides the page's width, in either language: the pictures are
   * legible, the long lists' row names whole, and axe finds nothing serious or critical (a box that scrolls
   * must be reachable by keyboard).
   */
  async function narrowChecks(): Promise<string[]> {
    const found = [
      ...((await h.page.evaluate(PICTURES)) as string[]),
      ...((await h.page.evaluate(CUT_ROW_NAMES)) as string[])
    ]
    return [...found, ...(await axeProblems())]
  }

  /** axe's serious and critical findings on the page as it is drawn now. */
  async function axeProblems(): Promise<string[]> {
    return (await runAxe(h.page))
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `axe ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  }

  for (const size of SIZES) {
    it(`at ${size.width} × ${size.height} no page scrolls sideways and nothing reaches past the window${size.width === 320 ? '; pictures legible, list names whole, axe clean' : ''}`, async () => {
      await h.page.setViewportSize(size)
      const problems: string[] = []
      for (const { name, path } of pages) {
        await open(path)
        const m = (await h.page.evaluate(MEASURE)) as Measured
        if (m.scrollWidth > m.innerWidth) problems.push(`${name} (${path}): page ${m.scrollWidth} px wide`)
        for (const line of m.over) problems.push(`${name} (${path}): ${line}`)
        for (const line of (await h.page.evaluate(TABLE_SCROLLS)) as string[])
          problems.push(`${name} (${path}): ${line}`)
        if (size.width === 320) for (const line of await narrowChecks()) problems.push(`${name} (${path}): ${line}`)
        else for (const line of await axeProblems()) problems.push(`${name} (${path}): ${line}`)
        await maybeScreenshot(
          h.page,
          `reflow-${size.width}-${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'overview'}`
        )
      }
      expect(problems).toEqual([])
    })
  }

  it('at 1280 px every page follows one pattern: one content width, a trail on every detail page, a read view with "Ändra uppgifter" on every record page; no list name cut', async () => {
    await h.page.setViewportSize({ width: 1280, height: 800 })
    const menu = ['Översikt', 'Organisationer', 'Uppdrag', 'Workshops', 'Områden', 'Dokument', 'Inställningar']
    const problems: string[] = []
    const columns = new Set<number>()
    for (const { name, path } of pages) {
      await open(path)
      // The main column's content box, and every top-level panel in it (not one nested in another or in a dialog).
      const m = (await h.page.evaluate(`(() => {
        const main = document.querySelector('main')
        const style = getComputedStyle(main)
        const column = main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
        const left = main.getBoundingClientRect().left + main.clientLeft + parseFloat(style.paddingLeft)
        // Panels side by side (the overview's figures) share a row: the row, not each panel, spans the column.
        const rows = new Map()
        for (const p of main.querySelectorAll('.panel')) {
          if (p.parentElement.closest('.panel') || p.closest('dialog') || p.getClientRects().length === 0) continue
          const r = p.getBoundingClientRect()
          const row = rows.get(Math.round(r.top)) ?? { from: r.left, to: r.right }
          rows.set(Math.round(r.top), { from: Math.min(row.from, r.left), to: Math.max(row.to, r.right) })
        }
        const panels = [...rows.values()].map((row) => Math.round(row.to - row.from) + (Math.abs(row.from - left) > 1 ? 10000 : 0))
        const trail = [...main.querySelectorAll('.breadcrumb a')].map((a) => a.textContent)
        return { column: Math.round(column), panels, trail }
      })()`)) as { column: number; panels: number[]; trail: string[] }
      columns.add(m.column)
      // No long list's row name is cut, nor on Områden any cell (long titles and routes take two lines).
      for (const line of (await h.page.evaluate(
        path === '/areas' ? cutCells('main [role="table"] :is([role="rowheader"], [role="cell"])') : CUT_ROW_NAMES
      )) as string[])
        problems.push(`${name}: ${line}`)
      // A row of panels narrower than the column, or not starting at its left edge (+10 000), is a second width.
      const narrow = m.panels.filter((w) => Math.abs(w - m.column) > 1)
      if (narrow.length > 0) problems.push(`${name}: panel rows ${narrow.join(', ')} px in a ${m.column} px column`)
      if (detailPages.has(name) && !menu.includes(m.trail[0] ?? ''))
        problems.push(`${name}: trail ${JSON.stringify(m.trail)} does not start at a menu entry`)
      if (!detailPages.has(name) && m.trail.length > 0) problems.push(`${name}: a top-level page with a trail`)
      if (recordPages.has(name)) {
        const edit = h.page.locator('main').getByRole('button', { name: /^Ändra uppgifter$/ })
        if ((await edit.count()) !== 1) problems.push(`${name}: ${await edit.count()} "Ändra uppgifter" buttons`)
        else if ((await edit.locator('xpath=ancestor::section[1]//form').count()) > 0)
          problems.push(`${name}: the details open as a form, not a read view`)
      }
    }
    if (columns.size !== 1) problems.push(`content columns of ${[...columns].join(' and ')} px`)
    expect(problems).toEqual([])
  })

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

  it('the criteria editor (behind "Ändra kriterier") fits at 1024 px and stacks at 320 px, no sideways scroll', async () => {
    await h.page.setViewportSize({ width: 1024, height: 768 })
    await open(prioritisation)
    await h.page.getByRole('button', { name: 'Ändra kriterier och vikter' }).click()
    const name = h.page.getByRole('textbox', { name: 'Namn på kriterium 1' })
    await name.waitFor({ timeout: 20_000 })
    for (const size of SIZES) {
      await h.page.setViewportSize(size)
      const m = (await h.page.evaluate(MEASURE)) as Measured
      expect({ size: size.width, over: m.over, scrolls: await h.page.evaluate(TABLE_SCROLLS) }).toEqual({
        size: size.width,
        over: [],
        scrolls: []
      })
      // Every control of the first criterion is in view, within the window's width.
      const box = await name.boundingBox()
      expect(box && box.x >= 0 && box.x + box.width <= size.width).toBe(true)
      await maybeScreenshot(h.page, `reflow-${size.width}-criteria-editor`)
    }
  })

  it('at 320 px the menu folds behind a "Meny" button that opens and closes by keyboard, and folds after any link', async () => {
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

    // The link to the page already shown folds it too (it stayed open: no new address to fold it).
    await button.click()
    expect(await button.getAttribute('aria-expanded')).toBe('true')
    await link('Organisationer').click()
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false')
    await expect.poll(() => link('Organisationer').isVisible()).toBe(false)
  })

  it('in English at 320 px: no page scrolls sideways, pictures legible, list names whole, axe finds nothing serious or critical; axe clean at 1024 px too', async () => {
    await h.page.setViewportSize({ width: 320, height: 640 })
    await open('/settings')
    await h.page.getByRole('combobox', { name: 'Språk i appen' }).selectOption('en')
    await h.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor({ timeout: 20_000 })
    const problems: string[] = []
    try {
      for (const { name, path } of pages) {
        await open(path)
        const m = (await h.page.evaluate(MEASURE)) as Measured
        if (m.scrollWidth > m.innerWidth) problems.push(`${name} (${path}): page ${m.scrollWidth} px wide`)
        for (const line of m.over) problems.push(`${name} (${path}): ${line}`)
        for (const line of (await h.page.evaluate(TABLE_SCROLLS)) as string[])
          problems.push(`${name} (${path}): ${line}`)
        for (const line of await narrowChecks()) problems.push(`${name} (${path}): ${line}`)
        // The same page in a laptop's window (the wide layout: tables unstacked, the menu open), for axe.
        await h.page.setViewportSize({ width: 1024, height: 768 })
        await h.page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))')
        for (const line of await axeProblems()) problems.push(`${name} (${path}) at 1024 px: ${line}`)
        await h.page.setViewportSize({ width: 320, height: 640 })
      }
    } finally {
      await open('/settings')
      await h.page.getByRole('combobox', { name: 'App language' }).selectOption('sv')
      await h.page.getByRole('heading', { level: 1, name: 'Inställningar' }).waitFor({ timeout: 20_000 })
    }
    expect(problems).toEqual([])
  })
})
