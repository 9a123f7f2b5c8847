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

/** Pieces of about the app's size (PIECE_LENGTH) for the handoff floor. */
const HANDOFF_PIECE = 4 * 1024 * 1024

/**
 * The app's database as the app holds it now: read every table + JSON.stringify; or exportDB; or (`handoff`, with
 * the bridge's token) the floor of handing the same text to main with nothing else: toArray + stringify, then the
 * text in pieces of 4 MB, each as a Blob body (UTF-8, as the app's pieces go) posted to portfolio:writeChunk of no
 * session, which main reads whole and answers 'expired' (no archive, no file, no download). Milliseconds.
 */
async function exportReference(
  kind: 'stringify' | 'exportDB' | 'handoff',
  token?: string
): Promise<{ ms: number; length: number }> {
  const db = createDb('matbar')
  await db.open()
  const started = performance.now()
  let length: number
  if (kind !== 'exportDB') {
    const all = await db.transaction('r', TABLE_NAMES, async () => {
      const out: Record<string, unknown[]> = {}
      for (const name of TABLE_NAMES) out[name] = await db.entityTable(name).toArray()
      return out
    })
    const text = JSON.stringify({ tables: all })
    length = text.length
    if (kind === 'handoff') {
      if (!token) throw new Error('handoff needs the bridge token')
      for (let at = 0, index = 0; at < text.length; at += HANDOFF_PIECE, index++) {
        const response = await fetch('/api/portfolio:writeChunk', {
          method: 'POST',
          headers: {
            'Content-Type': 'application/octet-stream',
            'X-Matbar-Token': token,
            'X-Matbar-Input': JSON.stringify({ token: '0'.repeat(32), index })
          },
          body: new Blob([text.slice(at, at + HANDOFF_PIECE)])
        })
        const answer = (await response.json()) as { ok: boolean; value?: { outcome?: string } }
        if (answer.value?.outcome !== 'expired') throw new Error(`handoff: ${JSON.stringify(answer)}`)
      }
    }
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
