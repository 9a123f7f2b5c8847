import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumOrSkip, maybeScreenshot, runAxe, startHarness } from './harness'
import type { Harness } from './harness'

const browserPath = chromiumOrSkip('browser tests (prioritisation)')

const AT = '2026-03-01T10:00:00.000Z'
const GRID_AREAS = ['Gatubelysning', 'Ventilation', 'Solceller', 'Energiombud', 'Fjärrvärme']
const MATRIX_AREAS = [
  'Energieffektiv gatubelysning',
  'Energiprestandakontrakt för skolor och förskolor',
  'Behovsstyrd ventilation och värme',
  'Solceller på kommunala tak',
  'Energiombud i verksamheterna',
  'Inhyrd personal från bemanningsföretag',
  'Undvikbar slutenvård för multisjuka äldre',
  'Kasserade läkemedel',
  'Vårdrelaterade infektioner',
  'Administration som tar lärartid',
  'Inställda lektioner och vikarier',
  'Hög elevfrånvaro',
  'Skolskjutstider som kortar skoldagen',
  'Klotter och klottersanering',
  'Belysning och trygghetsvandringar',
  'Skalskydd och passersystem i trapphus',
  'Sommarjobb för unga via leverantörernas avtal',
  'Bränder i soprum',
  'Byggbar mark och detaljplaner',
  'Snabbt bredband i hela kommunen'
]
const CRITERIA = [
  ['effekt', 'Effekt', 3, 'benefit'],
  ['matbarhet', 'Mätbarhet', 2, 'benefit'],
  ['nodvandighet', 'Upphandlingens nödvändighet', 2, 'benefit'],
  ['genomforbarhet', 'Genomförbarhet', 2, 'benefit'],
  ['strategi', 'Strategisk koppling', 2, 'benefit'],
  ['risk', 'Risk', 1, 'cost']
] as const

const base = { createdAt: AT, updatedAt: AT }

function area(engagementId: string, id: string, title: string, votes: number | null) {
  return {
    ...base,
    id,
    engagementId,
    workshopId: 'ws-energi',
    title,
    problem: '',
    costPerYearSek: null,
    costEstimateNote: '',
    indicator: null,
    goalId: null,
    procurementNecessity: null,
    necessityRationale: '',
    route: 'open',
    needsDevelopment: false,
    contractValueSek: null,
    annualEffectSek: null,
    annualEffectIndicator: null,
    status: 'identified',
    votes
  }
}

function engagement(id: string, title: string) {
  return {
    ...base,
    id,
    organisationId: 'org-energi',
    title,
    kind: 'workshop',
    status: 'active',
    statusHistory: [{ status: 'active', at: AT }],
    valueSek: null,
    expectedStart: null,
    expectedEnd: null,
    notes: ''
  }
}

/** Rows for the two test engagements: a 5-area one without criteria, and a 20-area one crowded into few matrix cells. */
function seedRows(): Record<string, unknown[]> {
  const gridAreas = GRID_AREAS.map((t, i) => area('eng-grid', `area-grid-${i + 1}`, t, null))
  const matrixAreas = MATRIX_AREAS.map((t, i) => area('eng-matrix', `area-matrix-${i + 1}`, t, (i * 7) % 13))
  const criteria = CRITERIA.map(([key, name, weight, direction], order) => ({
    ...base,
    id: `crit-matrix-${key}`,
    engagementId: 'eng-matrix',
    name,
    weight,
    direction,
    order,
    fromVotes: false
  }))
  // Effect 3–5 and feasibility 3–5: a crowded "Gör först" corner and areas on the old quadrant line (3).
  const scores = matrixAreas.flatMap((a, i) =>
    CRITERIA.map(([key], k) => ({
      ...base,
      id: `score-matrix-${i + 1}-${key}`,
      areaId: a.id,
      criterionId: `crit-matrix-${key}`,
      value:
        key === 'effekt'
          ? [5, 4, 4, 5, 3][i % 5]!
          : key === 'genomforbarhet'
            ? [4, 5, 4, 3, 5, 4][i % 6]!
            : ((i + k) % 5) + 1
    }))
  )
  return {
    engagements: [engagement('eng-grid', 'Test: tom poängsättning'), engagement('eng-matrix', 'Test: tjugo områden')],
    areas: [...gridAreas, ...matrixAreas],
    criteria,
    scores
  }
}

describe.skipIf(!browserPath)('prioritisation in Chromium', () => {
  let h: Harness
  const heading = () => h.page.getByRole('heading', { level: 1 })
  const main = () => h.page.getByRole('main')

  beforeAll(async () => {
    h = await startHarness(browserPath!)
    await h.page.goto(h.bridge.url)
    await h.page.getByRole('button', { name: 'Ladda exempelportfölj' }).click()
    await h.page.getByRole('status').filter({ hasText: 'laddad' }).first().waitFor({ timeout: 20_000 })
    // Extra engagements written straight into the app's IndexedDB (the page's origin), then a reload.
    await h.page.evaluate(`new Promise((resolve, reject) => {
      const rows = ${JSON.stringify(seedRows())}
      const open = indexedDB.open('matbar')
      open.onerror = () => reject(open.error)
      open.onsuccess = () => {
        const idb = open.result
        const tx = idb.transaction(Object.keys(rows), 'readwrite')
        for (const [table, list] of Object.entries(rows)) for (const row of list) tx.objectStore(table).put(row)
        tx.oncomplete = () => { idb.close(); resolve(true) }
        tx.onerror = () => reject(tx.error)
      }
    })`)
  })

  afterAll(async () => {
    await h?.close()
  })

  async function open(engagementId: string) {
    await h.page.goto(`${h.bridge.url}#/engagements/${engagementId}/prioritisation`)
    await expect.poll(() => heading().textContent(), { timeout: 20_000 }).toBe('Prioritering')
    await expect.poll(() => h.page.getByRole('grid').count(), { timeout: 20_000 }).toBe(1)
  }

  it('shows a sample engagement: criteria with shares, grid, ranking, sensitivity in words, matrix; no axe violation', async () => {
    await open('eng-energi')
    // The criteria read as a table; their controls open behind one button, so the grid is few Tab stops away.
    expect(await main().getByRole('textbox', { name: 'Vikt för Effekt' }).count()).toBe(0)
    await main().getByRole('button', { name: 'Ändra kriterier och vikter' }).click()
    await expect.poll(() => main().getByRole('textbox', { name: 'Vikt för Effekt' }).inputValue()).toBe('3')
    // 3 / 12 of the weight.
    await expect
      .poll(() =>
        main()
          .getByRole('row', { name: /Effekt/ })
          .first()
          .textContent()
      )
      .toContain('25 %')
    await expect
      .poll(() =>
        main()
          .getByRole('table', { name: /Områdena efter viktad poäng/ })
          .getByRole('row')
          .count()
      )
      .toBe(6)
    await expect.poll(() => main().textContent()).toMatch(/Rangordningen håller tills vikten för \S+/)
    expect(await h.page.locator('.prio-matrix svg').count()).toBe(1)
    await maybeScreenshot(h.page, 'prioritisation-energi')
    const bad = (await runAxe(h.page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(bad, JSON.stringify(bad, null, 2)).toEqual([])
  })

  it('creates the default criteria and fills a 5×6 grid by keyboard, ranking as you type', async () => {
    await open('eng-grid')
    const grid = h.page.getByRole('grid')
    await expect
      .poll(() => grid.getByRole('columnheader').allTextContents())
      .toEqual([
        'Område',
        'Effekt',
        'Mätbarhet',
        'Upphandlingens nödvändighet',
        'Genomförbarhet',
        'Strategisk koppling',
        'Risk',
        'Röster',
        'Viktad poäng',
        'Rang'
      ])
    expect(await grid.getByRole('gridcell', { name: /ej poängsatt/ }).count()).toBe(30)
    await expect
      .poll(() => grid.getByRole('gridcell', { name: 'Energiombud, viktad poäng: ofullständig' }).count())
      .toBe(1)

    // Rows are in Swedish alphabetical order: Energiombud, Fjärrvärme, Gatubelysning, Solceller, Ventilation.
    const values = [
      [2, 3, 2, 4, 2, 2],
      [3, 3, 3, 3, 3, 3],
      [5, 5, 4, 4, 4, 2],
      [4, 4, 3, 3, 4, 3],
      [4, 3, 5, 2, 3, 4]
    ]
    await grid.getByRole('gridcell', { name: 'Energiombud, Effekt: ej poängsatt' }).click()
    for (const [r, row] of values.entries()) {
      for (const [c, value] of row.entries()) {
        await h.page.keyboard.press(String(value))
        if (c < row.length - 1) await h.page.keyboard.press('ArrowRight')
      }
      if (r === 2) {
        // Three rows in: those three are ranked, the rest still incomplete, visible while typing.
        await expect.poll(() => grid.getByRole('gridcell', { name: 'Gatubelysning, rang: 1' }).count()).toBe(1)
        await expect
          .poll(() => grid.getByRole('gridcell', { name: 'Solceller, viktad poäng: ofullständig' }).count())
          .toBe(1)
        await maybeScreenshot(h.page, 'prioritisation-grid-typing')
      }
      // Back to the first column of the next row: Home, then down.
      await h.page.keyboard.press('Home')
      await h.page.keyboard.press('ArrowDown')
    }
    await expect.poll(() => grid.getByRole('gridcell', { name: /ej poängsatt/ }).count()).toBe(0)
    // Gatubelysning: (3·5 + 2·5 + 2·4 + 2·4 + 2·4 + 1·(6−2)) / 12 = 53/12 = 4,42.
    await expect.poll(() => grid.getByRole('gridcell', { name: 'Gatubelysning, viktad poäng: 4,42' }).count()).toBe(1)
    const ranking = main().getByRole('table', { name: /Områdena efter viktad poäng/ })
    await expect.poll(() => ranking.getByRole('row').nth(1).textContent()).toContain('Gatubelysning')

    // Delete clears a cell: the area becomes incomplete again, never scored as 0.
    await grid.getByRole('gridcell', { name: 'Gatubelysning, Risk: 2' }).click()
    await h.page.keyboard.press('Delete')
    await expect
      .poll(() => grid.getByRole('gridcell', { name: 'Gatubelysning, viktad poäng: ofullständig' }).count())
      .toBe(1)
    await h.page.keyboard.press('2')
    await expect.poll(() => grid.getByRole('gridcell', { name: 'Gatubelysning, rang: 1' }).count()).toBe(1)

    await expect
      .poll(() => main().textContent())
      .toMatch(/Rangordningen håller tills vikten för .+ (sjunker under|stiger över) [\d,]+ %; då går .+ först\./)
    await main().getByRole('heading', { name: 'Poängsättning' }).scrollIntoViewIfNeeded()
    await maybeScreenshot(h.page, 'prioritisation-grid-done')
    const bad = (await runAxe(h.page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(bad, JSON.stringify(bad, null, 2)).toEqual([])
  })

  it('draws 20 crowded areas as numbered dots inside their quadrants, with a legend that names every one', async () => {
    await open('eng-matrix')
    const svg = h.page.locator('.prio-matrix svg')
    await expect.poll(() => svg.locator('rect.matrix-dot').count()).toBe(20)
    // Measured by the browser: numbers 1–20, no two dots overlap, every dot inside the plot, no area name on it.
    const picture = (await h.page.evaluate(`(() => {
      const svg = document.querySelector('.prio-matrix svg')
      const frame = [...svg.querySelectorAll('rect')].find((r) => r.getAttribute('fill') === 'none').getBoundingClientRect()
      const dots = [...svg.querySelectorAll('rect.matrix-dot')].map((d) => d.getBoundingClientRect())
      const hits = []
      for (let i = 0; i < dots.length; i++) for (let j = i + 1; j < dots.length; j++) {
        const a = dots[i], b = dots[j]
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) hits.push(i + '/' + j)
      }
      const outside = dots.filter((d) => d.left < frame.left || d.right > frame.right || d.top < frame.top || d.bottom > frame.bottom).length
      const numbers = [...svg.querySelectorAll('text.matrix-number')].map((t) => Number(t.textContent))
      return { hits, outside, numbers, text: svg.textContent }
    })()`)) as { hits: string[]; outside: number; numbers: number[]; text: string }
    expect(picture.hits).toEqual([])
    expect(picture.outside).toBe(0)
    expect([...picture.numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
    for (const title of MATRIX_AREAS) expect(picture.text).not.toContain(title)

    // The legend: every area once, numbered 1–20, with its quadrant; the rule stated under the picture.
    const legend = main().getByRole('table', { name: 'Områdena i matrisen' })
    await expect.poll(() => legend.locator('tbody tr').count()).toBe(20)
    const rows = await legend
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')))
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)))
    expect(rows.map((r) => r[1]).sort()).toEqual([...MATRIX_AREAS].sort())
    const expectedQuadrant = (effect: number, feasibility: number) =>
      effect >= 4 ? (feasibility >= 4 ? 'Gör först' : 'Planera') : feasibility >= 4 ? 'Gör vid tillfälle' : 'Avvakta'
    for (const r of rows) expect(r[5]).toBe(expectedQuadrant(Number(r[3]), Number(r[4])))
    await expect
      .poll(() => main().getByText('Linjerna mellan rutorna går mellan 3 och 4', { exact: false }).count())
      .toBe(1)

    await svg.scrollIntoViewIfNeeded()
    await h.page
      .locator('.prio-matrix-layout')
      .screenshot({ path: `${process.env.SCREENSHOT_DIR ?? '/tmp'}/prioritisation-matrix-20.png` })
    const bad = (await runAxe(h.page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(bad, JSON.stringify(bad, null, 2)).toEqual([])
  })

  it('lists every area portfolio-wide, filters by organisation kind, route and status, sorts by score', async () => {
    await h.page.goto(`${h.bridge.url}#/areas`)
    await expect.poll(() => heading().textContent(), { timeout: 20_000 }).toBe('Områden')
    const table = main().getByRole('table', { name: 'Effektiviseringsområden' })
    const total = 24 + 5 + 20
    // A virtualised table: it says how many rows it has (header included) and draws those in view.
    const rowCount = () => table.getAttribute('aria-rowcount').then(Number)
    await expect.poll(rowCount, { timeout: 20_000 }).toBe(total + 1)
    await expect.poll(() => main().getByText(`Visar ${total} av ${total}`).count()).toBe(1)
    // Sorted by score: the scores column never rises going down the rows in view.
    const scores = (await table.locator('[role="row"] > :nth-child(5)').allTextContents())
      .slice(1)
      .map((s) => (/\d/.test(s) ? Number(s.replace(',', '.')) : null))
    const numbers = scores.filter((s): s is number => s !== null)
    expect(numbers.length).toBeGreaterThan(10)
    expect([...numbers].sort((a, b) => b - a)).toEqual(numbers)

    await main().getByRole('combobox', { name: 'Organisationstyp' }).selectOption('region')
    await expect.poll(rowCount).toBe(4 + 1)
    await main().getByRole('combobox', { name: 'Upphandlingsväg' }).selectOption('open')
    await expect.poll(rowCount).toBe(2 + 1)
    await main().getByRole('combobox', { name: 'Status', exact: true }).selectOption('identified')
    await expect.poll(() => table.getByRole('row').count()).toBe(1 + 1)
    await expect.poll(() => table.textContent()).toContain('Kasserade läkemedel')
    await main().getByRole('combobox', { name: 'Organisationstyp' }).selectOption('')
    await main().getByRole('combobox', { name: 'Upphandlingsväg' }).selectOption('')
    await main().getByRole('combobox', { name: 'Status', exact: true }).selectOption('')
    await maybeScreenshot(h.page, 'areas-all')
    const bad = (await runAxe(h.page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(bad, JSON.stringify(bad, null, 2)).toEqual([])
  })

  it('is reached from the engagement page through its prioritisation summary', async () => {
    await h.page.goto(`${h.bridge.url}#/engagements/eng-energi`)
    const link = main().getByRole('link', { name: 'Öppna prioriteringen' })
    await link.waitFor({ timeout: 20_000 })
    await expect
      .poll(() => main().getByRole('region', { name: 'Prioritering' }).textContent())
      .toContain('Först: Energieffektiv gatubelysning.')
    await link.click()
    await expect.poll(() => heading().textContent()).toBe('Prioritering')
    await expect.poll(() => h.page.url()).toContain('#/engagements/eng-energi/prioritisation')
  })

  it('logged no console errors and no CSP violations', () => {
    expect(h.problems).toEqual([])
  })
})
