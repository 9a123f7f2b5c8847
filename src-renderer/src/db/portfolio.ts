/** Writing a whole portfolio into the database, and asking whether it holds anything. */
import { TABLE_NAMES, type RowOf, type TableName } from '@shared/entities'
import type { MatbarDb } from './db'

/** The table data of a portfolio file (the part the database needs). */
export type PortfolioTables = { [T in TableName]: RowOf<T>[] }

/** How many rows bulkPut writes at a time: big writes in one call stall the IndexedDB thread. */
export const CHUNK_SIZE = 1000

/**
 * Writes every table of a parsed portfolio in one read-write transaction: either all rows are
 * stored or, if any write fails, none are. Existing rows with the same id are replaced.
 */
export async function loadPortfolio(db: MatbarDb, portfolio: { tables: PortfolioTables }): Promise<void> {
  await db.transaction('rw', TABLE_NAMES, async () => {
    // Only Dexie calls are awaited in here: anything else would let the transaction commit early.
    for (const name of TABLE_NAMES) {
      const rows: readonly unknown[] = portfolio.tables[name]
      const table = db.entityTable(name)
      for (let start = 0; start < rows.length; start += CHUNK_SIZE) {
        await table.bulkPut(rows.slice(start, start + CHUNK_SIZE))
      }
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
