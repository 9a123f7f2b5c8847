/** Writing a whole portfolio into the database, and asking whether it holds anything. */
import type { Table } from 'dexie'
import { TABLE_NAMES, type RowOf, type TableName } from '@shared/entities'
import type { MatbarDb } from './db'

/** The table data of a portfolio file (the part the database needs). */
export type PortfolioTables = { [T in TableName]: RowOf<T>[] }

/** How many rows bulkPut writes at a time: big writes in one call stall the IndexedDB thread. */
export const CHUNK_SIZE = 1000

/**
 * Chunks of one bulk write on their way at once. One at a time, IndexedDB sat idle while the renderer
 * cloned the next chunk and the renderer while IndexedDB stored the last; a few in flight overlap the two
 * without turning the write into one call.
 */
export const CHUNKS_IN_FLIGHT = 4

/**
 * Writes `rows` into `table` in chunks of CHUNK_SIZE, CHUNKS_IN_FLIGHT at a time, inside the caller's
 * transaction (only Dexie calls are awaited). `add` refuses a row whose id is already there.
 */
export async function writeChunked(
  table: Pick<Table, 'bulkAdd' | 'bulkPut'>,
  rows: readonly unknown[],
  add: boolean
): Promise<void> {
  const pending: Promise<unknown>[] = []
  for (let start = 0; start < rows.length; start += CHUNK_SIZE) {
    const chunk = rows.slice(start, start + CHUNK_SIZE)
    const written = add ? table.bulkAdd(chunk) : table.bulkPut(chunk)
    // Awaited in order below; a chunk failing while an earlier one is awaited is not "unhandled" (the
    // transaction fails as a whole anyway).
    written.catch(() => undefined)
    pending.push(written)
    if (pending.length >= CHUNKS_IN_FLIGHT) await pending.shift()
  }
  await Promise.all(pending)
}

/**
 * Writes every table of a parsed portfolio in one read-write transaction: either all rows are
 * stored or, if any write fails, none are. Existing rows with the same id are replaced.
 */
export async function loadPortfolio(db: MatbarDb, portfolio: { tables: PortfolioTables }): Promise<void> {
  await db.transaction('rw', TABLE_NAMES, async () => {
    // Only Dexie calls are awaited in here: anything else would let the transaction commit early.
    for (const name of TABLE_NAMES) {
      await writeChunked(db.entityTable(name), portfolio.tables[name], false)
    }
  })
}

/** The number of rows in every table. */
export async function countRows(db: MatbarDb): Promise<Record<TableName, number>> {
  const counts = await Promise.all(TABLE_NAMES.map((name) => db.entityTable(name).count()))
  return Object.fromEntries(TABLE_NAMES.map((name, i) => [name, counts[i] ?? 0])) as Record<TableName, number>
}

/** True when no table holds a row: the first start, when the sample portfolio is offered. */
export async function isDatabaseEmpty(db: MatbarDb): Promise<boolean> {
  const counts = await countRows(db)
  return Object.values(counts).every((n) => n === 0)
}
