/**
 * Schema upgrades: for every earlier schema version, a fixture database is created at that version
 * with the sample's rows, then opened with the current code (which upgrades it), and compared row by
 * row. Each earlier version keeps its entry: its stores, the rows as that version wrote them, and the
 * rows the current code must read back after the upgrade (see README, "Adding a database version").
 */
import sampleText from '../../../resources/sample-portfolio.json?raw'
import { Dexie } from 'dexie'
import { describe, expect, it, vi } from 'vitest'
import { TABLE_NAMES } from '@shared/entities'
import { parsePortfolioFile } from '@shared/portfolio-file'
import { createDb, MatbarDb, SCHEMA_V1 } from '@renderer/db/db'
import { readAllTables } from '@renderer/db/export-import'
import { dumpRawStores, guardUpgrade, storedVersion } from '@renderer/db/upgrade-guard'

const parsed = parsePortfolioFile(sampleText)
if (!parsed.ok) throw new Error('sample does not parse')
const SAMPLE = parsed.portfolio.tables

/** The sample as version 1 wrote it: measurements had no `source` yet. */
const SAMPLE_V1 = {
  ...SAMPLE,
  measurements: SAMPLE.measurements.map(({ source: _source, ...rest }) => rest)
}

/** Every released schema version before the current one: its stores, its rows, and those rows after the upgrade. */
const EARLIER_VERSIONS: Array<{
  version: number
  stores: Record<string, string>
  rows: Record<string, unknown[]>
  upgraded: Record<string, unknown[]>
}> = [
  {
    version: 1,
    stores: SCHEMA_V1,
    rows: SAMPLE_V1,
    // Version 2 gives every measurement an empty source; nothing else changes.
    upgraded: { ...SAMPLE, measurements: SAMPLE.measurements.map((m) => ({ ...m, source: '' })) }
  }
]

let n = 0
const uniqueName = () => `matbar-upgrade-${++n}-${Math.random().toString(36).slice(2)}`

/** Creates a database at an old version with its fixture rows, the way that version's app wrote it. */
async function createFixture(name: string, fixture: (typeof EARLIER_VERSIONS)[number]) {
  const old = new Dexie(name)
  old.version(fixture.version).stores(fixture.stores)
  await old.open()
  await old.transaction('rw', Object.keys(fixture.stores), async () => {
    for (const [table, rows] of Object.entries(fixture.rows)) await old.table(table).bulkAdd(rows)
  })
  old.close()
}

/** The next version as a test stand-in, to prove the guard backs up before an upgrade really runs. */
class NextVersionDb extends MatbarDb {
  constructor(name: string) {
    super(name)
    this.version(3)
      .stores({ contacts: 'id, organisationId, name, email' })
      .upgrade(async (tx) => {
        await tx
          .table('contacts')
          .toCollection()
          .modify(() => undefined)
      })
  }
}

describe('db upgrades', () => {
  describe.each(EARLIER_VERSIONS)('from version $version', (fixture) => {
    it('opens with the current code and keeps every row of every table', async () => {
      const name = uniqueName()
      await createFixture(name, fixture)
      const db = createDb(name)
      const tables = await readAllTables(db)
      for (const table of TABLE_NAMES) {
        const expected = [...fixture.upgraded[table]!].sort((a, b) =>
          (a as { id: string }).id < (b as { id: string }).id ? -1 : 1
        )
        const actual = [...tables[table]].sort((a, b) => (a.id < b.id ? -1 : 1))
        expect(actual, table).toEqual(expected)
      }
      db.close()
    })
  })

  describe('version 2', () => {
    it('gives every measurement of a version-1 database an empty source and keeps its other fields', async () => {
      const name = uniqueName()
      await createFixture(name, EARLIER_VERSIONS[0]!)
      const db = createDb(name)
      const measurements = await db.measurements.toArray()
      expect(SAMPLE_V1.measurements.length).toBeGreaterThan(0)
      expect(measurements).toHaveLength(SAMPLE_V1.measurements.length)
      for (const m of measurements) {
        const { source, ...rest } = m
        expect(source, m.id).toBe('')
        expect(rest, m.id).toEqual(SAMPLE_V1.measurements.find((row) => row.id === m.id))
      }
      expect(await storedVersion(indexedDB, name)).toBe(db.verno)
      db.close()
    })

    it('keeps the source of a row written by version 2', async () => {
      const name = uniqueName()
      const db = createDb(name)
      const row = { ...SAMPLE.measurements[0]!, source: 'Energiuppföljning i Vitec, fastighetsavdelningen' }
      await db.measurements.put(row)
      db.close()
      const reopened = createDb(name)
      expect(await reopened.measurements.get(row.id)).toEqual(row)
      reopened.close()
    })
  })

  describe('guardUpgrade()', () => {
    it('says "new" for a database that does not exist, and does not create it', async () => {
      const name = uniqueName()
      const backup = vi.fn(async () => true)
      expect(await guardUpgrade({ idb: indexedDB, name, codeVersion: 1, backup })).toBe('new')
      expect(backup).not.toHaveBeenCalled()
      expect(await storedVersion(indexedDB, name)).toBeNull()
      expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name)
    })

    it('reads the stored version by opening the database, without listing the origin’s databases', async () => {
      // indexedDB.databases() took 80-420 ms of a page load in Chromium at the stress size (docs/PERFORMANCE.md).
      const name = uniqueName()
      const current = createDb(name)
      await current.open()
      current.close()
      const list = vi.spyOn(indexedDB, 'databases')
      expect(await storedVersion(indexedDB, name)).toBe(current.verno)
      expect(await storedVersion(indexedDB, uniqueName())).toBeNull()
      expect(list).not.toHaveBeenCalled()
      list.mockRestore()
    })

    it('does nothing when the stored version is the code’s', async () => {
      const name = uniqueName()
      const current = createDb(name)
      await current.open()
      current.close()
      const backup = vi.fn(async () => true)
      expect(await guardUpgrade({ idb: indexedDB, name, codeVersion: current.verno, backup })).toBe('current')
      expect(backup).not.toHaveBeenCalled()
    })

    it('backs up every raw row before a newer version upgrades the database, and the upgrade keeps them', async () => {
      const name = uniqueName()
      await createFixture(name, EARLIER_VERSIONS[0]!)
      const next = new NextVersionDb(name)
      expect(next.verno).toBe(3)
      const dumps: string[] = []
      const outcome = await guardUpgrade({
        idb: indexedDB,
        name,
        codeVersion: next.verno,
        backup: async (dump) => {
          // The backup is taken while the database is still at version 1.
          expect(await storedVersion(indexedDB, name)).toBe(1)
          dumps.push(JSON.stringify(dump))
          return true
        }
      })
      expect(outcome).toBe('backed-up')
      const dump = JSON.parse(dumps[0]!)
      expect(dump).toMatchObject({ format: 'matbar-idb-dump', dexieVersion: 1 })
      for (const table of TABLE_NAMES) expect(dump.stores[table], table).toHaveLength(SAMPLE[table].length)
      expect(dump.stores.organisations).toEqual(expect.arrayContaining(SAMPLE.organisations))

      const after = await readAllTables(next)
      for (const table of TABLE_NAMES) expect(after[table].length, table).toBe(SAMPLE[table].length)
      expect(
        after.measurements.every((m) => m.source === ''),
        'version 2 ran on the way to 3'
      ).toBe(true)
      expect(await storedVersion(indexedDB, name)).toBe(3)
      next.close()
    })

    it('reports a failed backup instead of hiding it', async () => {
      const name = uniqueName()
      await createFixture(name, EARLIER_VERSIONS[0]!)
      expect(await guardUpgrade({ idb: indexedDB, name, codeVersion: 2, backup: async () => false })).toBe(
        'backup-failed'
      )
    })
  })

  describe('dumpRawStores()', () => {
    it('reads the stores as stored, without any schema of ours', async () => {
      const name = uniqueName()
      await createFixture(name, EARLIER_VERSIONS[0]!)
      const dump = await dumpRawStores(indexedDB, name, new Date('2026-05-20T10:00:00.000Z'))
      expect(dump.exportedAt).toBe('2026-05-20T10:00:00.000Z')
      expect(Object.keys(dump.stores).sort()).toEqual([...TABLE_NAMES].sort())
    })
  })
})
