/**
 * The database upgrade in a real Chromium (IndexedDB as the app really has it, not fake-indexeddb): a
 * version-1 portfolio, written the way version 1 of the app wrote it, opens with the current app. Nothing is
 * lost, every measurement gains an empty source, and a before-upgrade backup is listed and restores.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumOrSkip, ROOT, startHarness } from './harness'
import type { Harness } from './harness'

const browserPath = chromiumOrSkip('browser tests (database upgrade)')

type Tables = Record<string, Array<Record<string, unknown>>>

/**
 * Version 1's stores, as released (a released version never changes, so a copy here stays true; this file is
 * type-checked on the Node side, which does not reach the renderer's db.ts).
 */
const SCHEMA_V1 = {
  organisations: 'id, name, kind, orgNumber, *tags, updatedAt',
  contacts: 'id, organisationId, name',
  engagements: 'id, organisationId, status, kind, updatedAt',
  questions: 'id',
  workshops: 'id, engagementId, startsAt',
  participants: 'id, workshopId, contactId',
  areas: 'id, workshopId, engagementId, status, route',
  measurements: 'id, areaId',
  criteria: 'id, engagementId',
  scores: 'id, areaId, criterionId, [areaId+criterionId]',
  evaluations: 'id, workshopId, contactId',
  documents: 'id, engagementId, kind',
  attachments: 'id, [ownerType+ownerId], sha256',
  thresholds: 'id, key'
}

/** The sample as version 1 stored it: measurements without a source. */
function sampleAtVersion1(): Tables {
  const file = JSON.parse(readFileSync(join(ROOT, 'resources', 'sample-portfolio.json'), 'utf8')) as { tables: Tables }
  const tables = file.tables
  tables['measurements'] = tables['measurements']!.map(({ source: _source, ...rest }) => rest)
  return tables
}

/**
 * Script that creates IndexedDB 'matbar' as Dexie's version(1) did (IndexedDB version 10: Dexie multiplies
 * by ten): key path 'id', an index per name in SCHEMA_V1, '*x' multi-entry, '[a+b]' compound, then the rows.
 */
function createVersion1(tables: Tables): string {
  return `new Promise((resolve, reject) => {
    const schema = ${JSON.stringify(SCHEMA_V1)}
    const rows = ${JSON.stringify(tables)}
    const open = indexedDB.open('matbar', 10)
    open.onerror = () => reject(open.error)
    open.onupgradeneeded = () => {
      const idb = open.result
      for (const [table, spec] of Object.entries(schema)) {
        const [key, ...indexes] = spec.split(',').map((s) => s.trim())
        const store = idb.createObjectStore(table, { keyPath: key })
        for (const index of indexes) {
          if (index.startsWith('*')) store.createIndex(index.slice(1), index.slice(1), { multiEntry: true })
          else if (index.startsWith('[')) store.createIndex(index, index.slice(1, -1).split('+'))
          else store.createIndex(index, index)
        }
      }
    }
    open.onsuccess = () => {
      const idb = open.result
      const tx = idb.transaction(Object.keys(schema), 'readwrite')
      for (const [table, list] of Object.entries(rows)) for (const row of list) tx.objectStore(table).put(row)
      tx.oncomplete = () => { idb.close(); resolve(true) }
      tx.onerror = () => reject(tx.error)
    }
  })`
}

describe.skipIf(!browserPath)('database upgrade from version 1 in Chromium', () => {
  let h: Harness
  const tables = sampleAtVersion1()
  const heading = () => h.page.getByRole('heading', { level: 1 })
  const main = () => h.page.getByRole('main')

  beforeAll(async () => {
    h = await startHarness(browserPath!)
    // A page of the app's origin that does not start the app, so the old database is written before it opens.
    await h.page.goto(`${h.bridge.url}no-app-here`)
    await h.page.evaluate(createVersion1(tables))
    h.problems.length = 0
    await h.page.goto(h.bridge.url)
  })

  afterAll(async () => {
    await h?.close()
  })

  it('writes the old database with the stores db.ts declares for version 1', () => {
    const source = readFileSync(join(ROOT, 'src-renderer', 'src', 'db', 'db.ts'), 'utf8')
    for (const [table, spec] of Object.entries(SCHEMA_V1)) expect(source, table).toContain(`${table}: '${spec}'`)
  })

  it('opens the version-1 portfolio with every row', async () => {
    await expect.poll(() => heading().textContent(), { timeout: 20_000 }).toBe('Översikt')
    const counts = main().getByRole('region', { name: 'Portföljen i siffror' })
    await expect
      .poll(() => counts.textContent(), { timeout: 20_000 })
      .toMatch(new RegExp(`Områden\\s*${tables['areas']!.length}(?!\\d)`))
    expect(await counts.textContent()).toMatch(new RegExp(`Utvärderingar\\s*${tables['evaluations']!.length}(?!\\d)`))
    const stored = (await h.page.evaluate(`new Promise((resolve, reject) => {
      const open = indexedDB.open('matbar')
      open.onerror = () => reject(open.error)
      open.onsuccess = () => {
        const idb = open.result
        const names = [...idb.objectStoreNames]
        const tx = idb.transaction(names, 'readonly')
        const out = { version: idb.version, tables: {} }
        for (const name of names) tx.objectStore(name).getAll().onsuccess = (e) => { out.tables[name] = e.target.result }
        tx.oncomplete = () => { idb.close(); resolve(out) }
      }
    })`)) as { version: number; tables: Tables }
    expect(stored.version).toBe(20)
    for (const [table, rows] of Object.entries(tables)) expect(stored.tables[table]!.length, table).toBe(rows.length)
    expect(stored.tables['measurements']!.map((m) => m['source'])).toEqual(tables['measurements']!.map(() => ''))
    const byId = new Map(tables['organisations']!.map((o) => [o['id'], o]))
    for (const o of stored.tables['organisations']!) expect(o).toEqual(byId.get(o['id']))
  })

  it('shows an old measurement with an empty source on its area', async () => {
    await h.page.goto(`${h.bridge.url}#/areas/area-energi-1`)
    const table = main()
      .getByRole('region', { name: 'Mätvärden' })
      .getByRole('table', { name: /Uppmätta värden/ })
    await expect.poll(() => table.getByRole('row').count(), { timeout: 20_000 }).toBe(3)
    await expect.poll(() => table.getByRole('columnheader', { name: 'Källa' }).count()).toBe(1)
    expect(await table.getByRole('row').nth(1).textContent()).toContain('Rullande tolv månader')
  })

  it('wrote a before-upgrade backup', async () => {
    await h.page.getByRole('navigation').getByRole('link', { name: 'Inställningar', exact: true }).click()
    await expect.poll(() => main().getByText('Före uppgradering').count(), { timeout: 20_000 }).toBeGreaterThan(0)
  })

  it('restores the before-upgrade backup from the list, like any other backup', async () => {
    const row = main().getByRole('row').filter({ hasText: 'Före uppgradering' }).first()
    // A normal archive: the list reads its row counts from the manifest.
    const organisations = tables['organisations']!.length
    expect(await row.textContent()).toContain(
      `${organisations} ${organisations === 1 ? 'organisation' : 'organisationer'}`
    )
    await row.getByRole('button', { name: /Återställ säkerhetskopian från/ }).click()
    await h.page.getByRole('button', { name: 'Ja, återställ' }).click()
    await expect.poll(() => main().textContent(), { timeout: 20_000 }).toContain('är återställd')
    expect(await main().textContent()).not.toContain('unknown format')
    await h.page.getByRole('navigation').getByRole('link', { name: 'Översikt', exact: true }).click()
    const counts = main().getByRole('region', { name: 'Portföljen i siffror' })
    await expect
      .poll(() => counts.textContent(), { timeout: 20_000 })
      .toMatch(new RegExp(`Områden\\s*${tables['areas']!.length}(?!\\d)`))
  })

  it('logged no console errors after the upgrade', () => {
    expect(h.problems).toEqual([])
  })
})
