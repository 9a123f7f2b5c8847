/**
 * The renderer's data layer on fake-indexeddb (in Node). fake-indexeddb is far slower than Chromium's IndexedDB,
 * so absolute times overstate the app's; the ratios between the queries are what these numbers are for.
 */
import 'fake-indexeddb/auto'
import { bench, describe } from 'vitest'
import { createDb, type MatbarDb } from '@renderer/db/db'
import { organisationNames, pipeline } from '@renderer/features/engagements/queries'
import {
  DEFAULT_ORGANISATION_FILTER,
  organisationTags,
  queryOrganisations,
  type OrganisationFilter
} from '@renderer/features/organisations/queries'
import { countRows, loadPortfolio } from '@renderer/db/portfolio'
import { textCompare } from '@renderer/lib/collate'
import { LARGE_SIZE, makeLargePortfolio } from './fixtures/large-portfolio'

const large = makeLargePortfolio(LARGE_SIZE)
// The Swedish collation, as the organisation list uses by default.
const compare = textCompare('sv')

// One database, loaded once, for the queries.
const queryDb = createDb('bench-queries')
const loadStarted = performance.now()
await loadPortfolio(queryDb, large)
console.log(
  `loaded the large portfolio into fake-indexeddb once in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`
)
const counts = await countRows(queryDb)
if (
  counts.organisations !== large.tables.organisations.length ||
  counts.engagements !== large.tables.engagements.length
) {
  throw new Error(`the query database holds ${JSON.stringify(counts)}`)
}

let loads = 0
const loaded: MatbarDb[] = []

describe('loadPortfolio (fake-indexeddb)', () => {
  // Each sample writes into a new, empty database; they are deleted after the run, outside the timing.
  bench(
    'large portfolio into an empty database',
    async () => {
      const db = createDb(`bench-load-${loads++}`)
      loaded.push(db)
      await loadPortfolio(db, large)
    },
    {
      time: 0,
      iterations: 5,
      warmupTime: 0,
      warmupIterations: 0,
      teardown: async () => {
        for (const db of loaded.splice(0)) await db.delete()
      }
    }
  )
})

// The list page's queries (OrganisationsPage: queryOrganisations with the UI language's collation).
const filters: Array<[string, Partial<OrganisationFilter>]> = [
  ['all, sorted by name', {}],
  ['search "vik" in name, number, sector, tags', { text: 'vik' }],
  ['search by organisation number "550000"', { text: '550000' }],
  ['kind = municipality (index), by updatedAt desc', { kind: 'municipality', sort: 'updatedAt', direction: 'desc' }],
  ['tag = energi (multi-entry index)', { tag: 'energi' }]
]

describe('organisation list (10 000 organisations, fake-indexeddb)', () => {
  for (const [name, filter] of filters) {
    const full: OrganisationFilter = { ...DEFAULT_ORGANISATION_FILTER, ...filter }
    bench(
      `queryOrganisations: ${name}`,
      async () => {
        await queryOrganisations(queryDb, full, compare)
      },
      { time: 1_000, iterations: 5, warmupIterations: 1 }
    )
  }
  // References without a JS filter: Dexie then reads with getAll instead of stepping a cursor row by row.
  bench(
    'reference: organisations.toArray() (all rows, no filter)',
    async () => {
      await queryDb.organisations.toArray()
    },
    { time: 1_000, iterations: 5, warmupIterations: 1 }
  )
  bench(
    "reference: where('kind').equals('municipality').toArray() (no filter)",
    async () => {
      await queryDb.organisations.where('kind').equals('municipality').toArray()
    },
    { time: 1_000, iterations: 5, warmupIterations: 1 }
  )
  bench(
    'organisationTags (index keys only)',
    async () => {
      await organisationTags(queryDb, compare)
    },
    { time: 1_000, iterations: 5, warmupIterations: 1 }
  )
})

describe('engagements (30 000 engagements, fake-indexeddb)', () => {
  bench(
    'pipeline: count and sum per status, 25 cards each',
    async () => {
      await pipeline(queryDb, 25)
    },
    { time: 1_000, iterations: 5, warmupIterations: 1 }
  )
  bench(
    'organisationNames (name index, for the cards)',
    async () => {
      await organisationNames(queryDb)
    },
    { time: 1_000, iterations: 5, warmupIterations: 1 }
  )
})
