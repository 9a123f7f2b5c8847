/**
 * What the Chromium benchmarks run inside the app's page (bundled once by esbuild in bench/browser/chromium.ts):
 * the references each figure is measured against, in the same browser and the same run.
 *
 * - the generated portfolio's rows (scripts/seed/generate-portfolio.ts, the same seed as the file the app imports)
 *   written with bare Dexie bulkPut, and with dexie-export-import's importInto, into a database of the app's schema;
 * - the whole app database read with toArray + JSON.stringify, and with exportDB;
 * (The bare virtualised list each list page is measured against is bench/browser/bare-list.tsx.)
 *
 * Same origin as the app, so it reads the very rows the app wrote. Nothing here is part of the app's build.
 */
import { Dexie } from 'dexie'
import { exportDB, importInto } from 'dexie-export-import'
import { TABLE_NAMES } from '../../src-shared/entities'
import { createDb, type MatbarDb } from '../../src-renderer/src/db/db'
import { generatePortfolio, type SeedSize } from '../../scripts/seed/generate-portfolio'

const REF_DB = 'matbar-bench-reference'

let tables: Record<string, unknown[]> | null = null
let dexieExport: Blob | null = null

/** A fresh, empty reference database of the app's schema, open. */
async function freshReference(): Promise<MatbarDb> {
  await Dexie.delete(REF_DB)
  const db = createDb(REF_DB)
  await db.open()
  return db
}

/** Generates the rows once per page (not timed). Gives the row count. */
function generate(size: SeedSize): number {
  tables = generatePortfolio(size).tables as unknown as Record<string, unknown[]>
  return Object.values(tables).reduce((sum, rows) => sum + rows.length, 0)
}

/** Bare Dexie: every table's rows with bulkPut in one transaction, into an empty database. Milliseconds. */
async function bulkPut(): Promise<number> {
  if (!tables) throw new Error('generate() first')
  const db = await freshReference()
  const started = performance.now()
  await db.transaction('rw', TABLE_NAMES, async () => {
    for (const name of TABLE_NAMES) await db.entityTable(name).bulkPut(tables![name] ?? [])
  })
  const ms = performance.now() - started
  db.close()
  return ms
}

/** dexie-export-import: importInto an empty database from its own export of the same rows. Milliseconds. */
async function dexieImportInto(): Promise<number> {
  if (!dexieExport) {
    const source = await freshReference()
    await source.transaction('rw', TABLE_NAMES, async () => {
      for (const name of TABLE_NAMES) await source.entityTable(name).bulkPut(tables![name] ?? [])
    })
    dexieExport = await exportDB(source)
    source.close()
  }
  const db = await freshReference()
  const started = performance.now()
  await importInto(db, dexieExport)
  const ms = performance.now() - started
  db.close()
  return ms
}

/** The app's database as the app holds it now: read every table + JSON.stringify; or exportDB. Milliseconds. */
async function exportReference(kind: 'stringify' | 'exportDB'): Promise<{ ms: number; length: number }> {
  const db = createDb('matbar')
  await db.open()
  const started = performance.now()
  let length: number
  if (kind === 'stringify') {
    const all = await db.transaction('r', TABLE_NAMES, async () => {
      const out: Record<string, unknown[]> = {}
      for (const name of TABLE_NAMES) out[name] = await db.entityTable(name).toArray()
      return out
    })
    length = JSON.stringify({ tables: all }).length
  } else {
    length = (await exportDB(db)).size
  }
  const ms = performance.now() - started
  db.close()
  return { ms, length }
}

/**
 * Drops the generated rows and the reference database, so what is timed next does not share the heap or the disk
 * with them. importInto's own export stays (a Blob, kept by the browser, not on the heap) for the next run.
 */
async function release(): Promise<void> {
  tables = null
  await Dexie.delete(REF_DB)
}

Object.assign(globalThis, {
  __matbarBench: { generate, bulkPut, dexieImportInto, exportReference, release }
})
