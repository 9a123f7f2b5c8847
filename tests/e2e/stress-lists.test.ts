/**
 * Issue 14 point 6 at the stress size: 10 000 organisations, 30 000 engagements, 30 000 areas, 10 000 workshops and
 * 30 000 evaluations (generated, written straight into IndexedDB once for the file: tests/e2e/stress-seed.ts).
 * Every list page at 1024 × 768 and 320 × 640: nothing reaches past the window, the key column is on screen,
 * counts carry thousands separators ("Visar 10 000 av 10 000"); at 1024 a search answers with the row asked for
 * (typed key by key in Organisationer), the tag and status filters narrow the lists, Pipeline's Vunnet column counts
 * every won engagement, and axe finds nothing serious in Uppdrag filtered from 30 000.
 * Each page's time from navigation to settled text and its long tasks are logged, not asserted: on a shared two-core
 * machine they vary fivefold with the load (the benchmarks time them formally). A list that draws every row again
 * is caught by the row count instead.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MEASURE, type Measured } from './fit'
import { chromiumOrSkip, maybeScreenshot, runAxe, startHarness } from './harness'
import type { Harness } from './harness'
import { seedStressPortfolio, STRESS_SIZE, type Seeded } from './stress-seed'

const browserPath = chromiumOrSkip('browser tests (every list at the stress size)')

/** A thousands separator as Intl writes it in Swedish (no-break or narrow no-break space), or a plain one. */
const SEP = '[\\s\\u00a0\\u202f]'
const grouped = (n: number) => new RegExp(String(n).replace(/\B(?=(\d{3})+$)/g, SEP))

/** The list pages, each with its table's name (if a virtualised list), its total and the sample to search it for. */
const PAGES = [
  { path: '/', name: 'Översikt' },
  {
    path: '/organisations',
    name: 'Organisationer',
    table: 'Alla organisationer',
    total: STRESS_SIZE.organisations,
    sample: 'organisation'
  },
  {
    path: '/engagements',
    name: 'Uppdrag',
    table: 'Alla uppdrag',
    total: STRESS_SIZE.engagements,
    sample: 'engagement'
  },
  { path: '/engagements/pipeline', name: 'Pipeline' },
  { path: '/workshops', name: 'Workshops', table: 'Alla workshops', total: STRESS_SIZE.workshops, sample: 'workshop' },
  { path: '/evaluations', name: 'Utvärderingar' },
  { path: '/areas', name: 'Områden', table: 'Effektiviseringsområden', total: STRESS_SIZE.areas, sample: 'area' }
] as const

/**
 * The first drawn rows of the workshops list: a title, a client, a date, "Kommande" or "Genomförd", and no value
 * of the date and status columns (the third and fourth) wider than its cell. Lines of what is wrong.
 */
const WORKSHOP_ROWS = `(() => {
  const found = []
  const rows = [...document.querySelectorAll('[role="table"][aria-label="Alla workshops"] [role="rowgroup"] + [role="rowgroup"] [role="row"]')]
  for (const row of rows.slice(0, 5)) {
    const cells = [...row.querySelectorAll('[role="rowheader"], [role="cell"]')]
    const [title, client, date, when] = cells.map((c) => c.textContent.trim())
    const line = JSON.stringify({ title, client, date, when })
    if (!title || !client) found.push('a row without title or client: ' + line)
    if (!/^\\d{1,2} \\S+ \\d{4}$/.test(date ?? '')) found.push('a row without a date: ' + line)
    if (when !== 'Kommande' && when !== 'Genomförd') found.push('a row without upcoming/held: ' + line)
    for (const cell of cells.slice(2, 4))
      for (const el of [cell, ...cell.querySelectorAll('*')])
        if (el.scrollWidth > el.clientWidth + 1) found.push('"' + cell.textContent.trim() + '" is cut (' + el.scrollWidth + ' px in ' + el.clientWidth + ')')
  }
  if (rows.length === 0) found.push('no rows drawn')
  return found
})()`

/** A walk of seven pages at the stress size (with four searches at 1024 px) takes minutes on a loaded machine. */
const WALK_TIMEOUT = 240_000

/** Long tasks since the last reset, kept by an observer the page installs at load. */
const OBSERVE_LONG_TASKS = `(() => {
  window.__long = []
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(e.duration) })
    .observe({ type: 'longtask', buffered: true })
})()`

type Timing = {
  path: string
  width: number
  settledMs: number
  longTasks: number
  longestMs: number
  blockedMs: number
}

describe.skipIf(!browserPath)('every list at the stress size, in Chromium', () => {
  let h: Harness
  let seeded: Seeded
  const timings: Timing[] = []

  /** Waits until `check` holds (expect.poll only works inside a test, and beforeAll needs this too). */
  async function until(check: () => Promise<boolean>, what: string, timeout = 60_000): Promise<void> {
    const deadline = Date.now() + timeout
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`)
      await h.page.waitForTimeout(100)
    }
  }

  /** Goes to a page inside the running app and waits until its text has settled; logs the time and long tasks. */
  async function open(path: string, width: number): Promise<void> {
    await h.page.evaluate(`window.__long = []`)
    const started = Date.now()
    await h.page.evaluate(`location.hash = ${JSON.stringify(path)}`)
    let text = ''
    let changedAt = started
    let steady = 0
    await until(async () => {
      const now = await h.page.locator('main').innerText()
      if (now !== text || /Laddar|Läser/.test(now)) {
        text = now
        changedAt = Date.now()
        steady = 0
        return false
      }
      // Three reads 100 ms apart with the same text: settled since it last changed.
      return ++steady >= 3
    }, `${path} to settle`)
    const long = (await h.page.evaluate(`window.__long`)) as number[]
    timings.push({
      path,
      width,
      settledMs: changedAt - started,
      longTasks: long.length,
      longestMs: Math.round(Math.max(0, ...long)),
      blockedMs: Math.round(long.reduce((sum, d) => sum + Math.max(0, d - 50), 0))
    })
  }

  beforeAll(async () => {
    h = await startHarness(browserPath!)
    await h.context.addInitScript(OBSERVE_LONG_TASKS)
    await h.page.goto(h.bridge.url)
    await h.page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 20_000 })
    const started = Date.now()
    seeded = await seedStressPortfolio(h.page)
    console.log(`stress portfolio generated and written in the page in ${Date.now() - started} ms:`, seeded.counts)
    await h.page.reload()
    await h.page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 })
  }, 240_000)
  afterAll(async () => {
    if (timings.length > 0) console.table(timings)
    await h?.close()
  })

  /**
   * Searches the open list for `text` and waits until it answers with that row first (fewer rows than the whole
   * register: the deferred filter has run), then empties the search box again.
   */
  async function search(table: string, text: string, total: number, { byKey = false } = {}): Promise<void> {
    const box = h.page.getByRole('searchbox').first()
    const started = Date.now()
    // Typed key by key, the box must keep every key (a late echo of an earlier key once overwrote newer text).
    if (byKey) await box.pressSequentially(text, { delay: 30 })
    else await box.fill(text)
    const rows = h.page.getByRole('table', { name: table }).getByRole('rowheader')
    const all = new RegExp(`^Visar ${grouped(total).source} av `)
    await expect
      .poll(async () => !all.test(await h.page.locator('.list-count').innerText()), { timeout: 30_000 })
      .toBe(true)
    await expect.poll(() => rows.first().textContent(), { timeout: 30_000 }).toBe(text)
    const count = await h.page.locator('.list-count').innerText()
    const answeredMs = Date.now() - started
    console.log(`search "${text}" answered in ${answeredMs} ms (${count})`)
    if (byKey) {
      expect(await box.inputValue()).toBe(text)
      expect(answeredMs, 'typing included').toBeLessThan(5_000)
    }
    expect(count).toMatch(new RegExp(`^Visar [\\d\\s\\u00a0\\u202f]+ av ${grouped(total).source}$`))
    await box.fill('')
    // Emptied: the whole register again, and the address without the text (it is written after a pause in typing:
    // a navigation inside that pause, while the next lazy page still loads, was sent back to this list).
    await expect
      .poll(async () => all.test(await h.page.locator('.list-count').innerText()), { timeout: 30_000 })
      .toBe(true)
    await expect.poll(() => h.page.evaluate('location.hash'), { timeout: 10_000 }).not.toMatch(/[?&]q=/)
  }

  // At 1024 px each list is also searched while it is open (one walk: every page visit at this size costs seconds).
  for (const size of [
    { width: 1024, height: 768 },
    { width: 320, height: 640 }
  ]) {
    const searching = size.width === 1024
    const also = searching ? '; a search answers in every list with the row asked for' : ''
    it(
      `at ${size.width} px every list fits the window, shows its key column and formats its counts${also}`,
      async () => {
        await h.page.setViewportSize(size)
        const problems: string[] = []
        for (const { path, name, ...list } of PAGES) {
          await open(path, size.width)
          const m = (await h.page.evaluate(MEASURE)) as Measured
          if (m.scrollWidth > m.innerWidth) problems.push(`${name}: page ${m.scrollWidth} px wide`)
          for (const line of m.over) problems.push(`${name}: ${line}`)
          await maybeScreenshot(
            h.page,
            `stress-${size.width}-${path.replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '') || 'overview'}`
          )
          // The pipeline's Vunnet column counts every won engagement, with a thousands separator.
          if (searching && name === 'Pipeline')
            await expect
              .poll(() => h.page.getByRole('main').getByRole('region', { name: 'Vunnet' }).textContent(), {
                timeout: 30_000
              })
              .toMatch(new RegExp(`(?<!\\d)(?<!\\d${SEP})${grouped(seeded.facts.won).source} uppdrag`))
          if (!('table' in list)) continue
          const table = h.page.getByRole('table', { name: list.table })
          // The total with its thousands separator, both as shown and as counted.
          const count = (await h.page.locator('.list-count').innerText()).trim()
          const total = grouped(list.total).source
          if (!new RegExp(`^Visar ${total} av ${total}$`).test(count)) problems.push(`${name}: count reads "${count}"`)
          expect(await table.getAttribute('aria-rowcount'), name).toBe(String(list.total + 1))
          // Virtualised: a screenful of rows exists, not all of them.
          const drawn = await table.getByRole('row').count()
          if (drawn > 80) problems.push(`${name}: ${drawn} rows in the page`)
          // The key column (the row's name) is on screen without scrolling sideways.
          const key = await table.getByRole('rowheader').first().boundingBox()
          if (!key || key.x < 0 || key.x + Math.min(key.width, 40) > size.width)
            problems.push(`${name}: first name cell at ${JSON.stringify(key)}`)
          // Workshops (point 6): each row shows the title, the client, the date and whether it is upcoming or held, and
          // the date and status columns fit their values (nothing cut to an ellipsis, in columns or stacked lines).
          if (name === 'Workshops') {
            const heads = (await table.getByRole('columnheader').allTextContents()).map((t) => t.replace(/[▲▼↕]/g, ''))
            for (const want of ['Workshop', 'Kund', 'Datum', 'Status'])
              if (!heads.some((head) => head.trim() === want)) problems.push(`Workshops: no "${want}" column: ${heads}`)
            for (const line of (await h.page.evaluate(WORKSHOP_ROWS)) as string[]) problems.push(`Workshops: ${line}`)
          }
          if (!searching) continue
          await search(list.table, seeded.samples[list.sample], list.total, { byKey: name === 'Organisationer' })
          if (name === 'Organisationer') {
            // The tag filter narrows the whole register to the organisations with that tag.
            const filter = h.page.getByRole('combobox', { name: 'Tagg' })
            await filter.selectOption(seeded.facts.tag)
            await expect
              .poll(() => table.getAttribute('aria-rowcount'), { timeout: 30_000 })
              .toBe(String(seeded.facts.tagged + 1))
            await filter.selectOption('')
          }
          if (name === 'Uppdrag') {
            const filter = h.page.getByRole('combobox', { name: 'Status' })
            await filter.selectOption('won')
            await expect
              .poll(() => table.getAttribute('aria-rowcount'), { timeout: 30_000 })
              .toBe(String(seeded.facts.won + 1))
            const bad = (await runAxe(h.page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')
            expect(bad, `axe on Uppdrag filtered from ${list.total}`).toEqual([])
            await filter.selectOption('')
          }
        }
        expect(problems).toEqual([])
      },
      WALK_TIMEOUT
    )
  }
})
