/**
 * A generated stress portfolio written straight into the app's IndexedDB in the page, for the list tests at the
 * issue's stress size. The import path cannot carry a file this big yet (issue 15 point 2), and pushing 100 MB of
 * rows over the DevTools protocol is slow: instead the seed generator (scripts/seed/generate-portfolio.ts, pure)
 * is bundled once by esbuild and run inside the page, which then writes each table in one transaction.
 */
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type * as Esbuild from 'esbuild'
import type { Page } from 'playwright-core'
import type { SeedSize } from '../../scripts/seed/generate-portfolio'
import { ROOT } from './harness'

/** Issue 14 point 6's stress size; contacts and measurements have no list of their own. */
export const STRESS_SIZE: SeedSize = {
  organisations: 10_000,
  contacts: 0,
  engagements: 30_000,
  workshops: 10_000,
  areas: 30_000,
  evaluations: 30_000,
  measurements: 0
}

/**
 * Tables no list page reads row by row, left out: in Chromium every put is a round trip to the browser process
 * (about 1 ms each on a loaded two-core machine), and these are 210 000 rows.
 */
const SKIP = ['participants', 'criteria', 'scores']

/** What the page wrote: rows per table, and one name of each kind to search for. */
export type Seeded = {
  counts: Record<string, number>
  samples: { organisation: string; engagement: string; workshop: string; area: string }
  /** For the filters: one organisation tag and how many organisations carry it; engagements with status 'won'. */
  facts: { tag: string; tagged: number; won: number }
}

const ENTRY = `
import { generatePortfolio, seededRandom } from './scripts/seed/generate-portfolio'
globalThis.__matbarSeed = async (size, skip) => {
  const { tables } = generatePortfolio(size)
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('matbar')
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(open.error)
  })
  const counts = {}
  for (const [name, rows] of Object.entries(tables)) {
    if (skip.includes(name) || rows.length === 0) continue
    await new Promise((resolve, reject) => {
      const tx = db.transaction(name, 'readwrite', { durability: 'relaxed' })
      const store = tx.objectStore(name)
      for (const row of rows) store.put(row)
      tx.oncomplete = resolve
      tx.onerror = () => reject(tx.error)
    })
    counts[name] = rows.length
  }
  db.close()
  const pick = (list) => list[Math.floor(list.length / 2)]
  const tag = tables.organisations.find((o) => o.tags.length > 0).tags[0]
  return {
    counts,
    samples: {
      organisation: pick(tables.organisations).name,
      engagement: pick(tables.engagements).title,
      workshop: pick(tables.workshops).title,
      area: pick(tables.areas).title
    },
    facts: {
      tag,
      tagged: tables.organisations.filter((o) => o.tags.includes(tag)).length,
      won: tables.engagements.filter((e) => e.status === 'won').length
    }
  }
}
globalThis.__matbarSeedWorkshop = async ({ areas, evaluations, seed }) => {
  const { tables } = generatePortfolio(
    { organisations: 1, contacts: 8, engagements: 1, workshops: 1, areas, evaluations, measurements: 0 },
    seed
  )
  // The generator gives four criteria; two more, each area scored on them too (the same seed, the same rows).
  const rnd = seededRandom(seed + 1)
  const hex = (n) => Array.from({ length: n }, () => Math.floor(rnd() * 16).toString(16)).join('')
  const uuid = () => hex(8) + '-' + hex(4) + '-4' + hex(3) + '-a' + hex(3) + '-' + hex(12)
  const engagement = tables.engagements[0]
  const workshop = tables.workshops[0]
  // Its question is the generator's copy of a built-in one: not written (the list seed has written them).
  workshop.questionId = null
  const at = tables.criteria[0].createdAt
  for (const extra of [['Tid till effekt', 'benefit'], ['Risk', 'cost']]) {
    const criterion = { id: uuid(), createdAt: at, updatedAt: at, engagementId: engagement.id, name: extra[0],
      weight: 1 + Math.floor(rnd() * 5), direction: extra[1], order: tables.criteria.length, fromVotes: false }
    tables.criteria.push(criterion)
    for (const area of tables.areas)
      tables.scores.push({ id: uuid(), createdAt: at, updatedAt: at, areaId: area.id, criterionId: criterion.id,
        value: 1 + Math.floor(rnd() * 5) })
  }
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('matbar')
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(open.error)
  })
  const names = Object.keys(tables).filter((name) => name !== 'questions' && tables[name].length > 0)
  // One transaction for every table, as the app writes across tables.
  await new Promise((resolve, reject) => {
    const tx = db.transaction(names, 'readwrite', { durability: 'relaxed' })
    for (const name of names) {
      const store = tx.objectStore(name)
      for (const row of tables[name]) store.put(row)
    }
    tx.oncomplete = resolve
    tx.onerror = () => reject(tx.error)
  })
  db.close()
  return {
    engagementId: engagement.id,
    workshopId: workshop.id,
    title: workshop.title,
    criterion: tables.criteria[0].name,
    counts: Object.fromEntries(names.map((name) => [name, tables[name].length]))
  }
}
`

let bundled: string | null = null

/** The generator and its writer as one script for the page (bundled once per process). */
function seedScript(): string {
  if (bundled === null) {
    const esbuild = createRequire(__filename)('esbuild') as typeof Esbuild
    const built = esbuild.buildSync({
      stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts', sourcefile: 'stress-seed-entry.ts' },
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      tsconfig: join(ROOT, 'tsconfig.web.json'),
      logLevel: 'silent'
    })
    bundled = built.outputFiles[0]!.text
  }
  return bundled
}

/**
 * Generates the portfolio in the page and writes it into the app's database (which the app must have opened
 * once, so its tables exist); reload the page afterwards, as the app's live queries do not see these writes.
 * Participants, criteria and scores are left out (SKIP): the areas list then shows every area unscored.
 */
export async function seedStressPortfolio(page: Page, size: SeedSize = STRESS_SIZE): Promise<Seeded> {
  await page.evaluate(seedScript())
  return (await page.evaluate(`globalThis.__matbarSeed(${JSON.stringify(size)}, ${JSON.stringify(SKIP)})`)) as Seeded
}

/** What seedWorkshop wrote: its engagement and workshop, the first criterion's name, and rows per table. */
export type SeededWorkshop = {
  engagementId: string
  workshopId: string
  title: string
  criterion: string
  counts: Record<string, number>
}

/**
 * One engagement of its own client with one workshop: `areas` areas, each scored on six criteria (the generator's
 * four and two more), `evaluations` evaluations and a few participants, written into the app's database in one
 * transaction (open the app once first; reload afterwards). A seed of its own, so no id meets the list rows'.
 */
export async function seedWorkshop(
  page: Page,
  { areas, evaluations, seed = 15_200 }: { areas: number; evaluations: number; seed?: number }
): Promise<SeededWorkshop> {
  await page.evaluate(seedScript())
  return (await page.evaluate(
    `globalThis.__matbarSeedWorkshop(${JSON.stringify({ areas, evaluations, seed })})`
  )) as SeededWorkshop
}
