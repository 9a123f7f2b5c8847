/**
 * Deleting a row together with everything that depends on it, in one transaction, and putting it all
 * back. Dependencies come from REFERENCES in src-shared/entities.ts: a child whose reference field is
 * required is deleted with its parent; a child whose field is nullable (an evaluation's contactId, a
 * document's workshopId) keeps living with the field set to null. Attachments of a deleted
 * organisation, workshop or area go too (their owner reference is polymorphic, not in REFERENCES).
 */
import { REFERENCES, TABLE_NAMES, TABLES, type TableName } from '@shared/entities'
import type { MatbarDb } from './db'

type Row = { id: string } & Record<string, unknown>

/** What a cascade delete removes and changes; holds the rows as they were, so undo can put them back. */
export type CascadeSnapshot = {
  /** Rows deleted, per table, exactly as they were. */
  deleted: Partial<Record<TableName, Row[]>>
  /** Rows kept but with a reference set to null, per table, exactly as they were before. */
  unlinked: Partial<Record<TableName, Row[]>>
}

const ATTACHMENT_OWNER: Partial<Record<TableName, 'organisation' | 'workshop' | 'area'>> = {
  organisations: 'organisation',
  workshops: 'workshop',
  areas: 'area'
}

/** True when the child's reference field may hold null (then the child is unlinked, not deleted). */
function isNullable(table: TableName, field: string): boolean {
  const shape = TABLES[table].shape as Record<string, { safeParse: (v: unknown) => { success: boolean } }>
  return shape[field]?.safeParse(null).success ?? false
}

function hasIndex(db: MatbarDb, table: TableName, field: string): boolean {
  return db.entityTable(table).schema.indexes.some((index) => index.name === field)
}

/** Rows of `table` whose `field` is one of `ids`: through the index where there is one. */
async function rowsReferencing(db: MatbarDb, table: TableName, field: string, ids: string[]): Promise<Row[]> {
  const t = db.entityTable(table)
  if (ids.length === 0) return []
  if (hasIndex(db, table, field)) return (await t.where(field).anyOf(ids).toArray()) as Row[]
  const wanted = new Set(ids)
  return (await t.filter((row) => wanted.has((row as Row)[field] as string)).toArray()) as Row[]
}

/**
 * Finds everything a delete of `ids` in `table` takes with it. Reads only; call it inside a
 * transaction over all tables when the result is acted on (deleteWithCascade does).
 */
export async function planCascade(db: MatbarDb, table: TableName, ids: string[]): Promise<CascadeSnapshot> {
  const deleted = new Map<TableName, Map<string, Row>>()
  const unlinked = new Map<TableName, Map<string, Row>>()
  const roots = (await db.entityTable(table).bulkGet(ids)).filter((r): r is Row => r !== undefined)
  let frontier: [TableName, Row[]][] = [[table, roots]]
  for (const row of roots) getOrCreate(deleted, table).set(row.id, row)

  while (frontier.length > 0) {
    const next: [TableName, Row[]][] = []
    for (const [parent, rows] of frontier) {
      const parentIds = rows.map((r) => r.id)
      for (const ref of REFERENCES) {
        if (ref.parent !== parent) continue
        const children = await rowsReferencing(db, ref.table, ref.field, parentIds)
        if (isNullable(ref.table, ref.field)) {
          const map = getOrCreate(unlinked, ref.table)
          for (const child of children) if (!map.has(child.id)) map.set(child.id, child)
          continue
        }
        const map = getOrCreate(deleted, ref.table)
        const fresh = children.filter((child) => !map.has(child.id))
        for (const child of fresh) map.set(child.id, child)
        if (fresh.length > 0) next.push([ref.table, fresh])
      }
      const owner = ATTACHMENT_OWNER[parent]
      if (owner && parentIds.length > 0) {
        const attachments = (await db.attachments
          .where('[ownerType+ownerId]')
          .anyOf(parentIds.map((id) => [owner, id]))
          .toArray()) as Row[]
        const map = getOrCreate(deleted, 'attachments')
        for (const a of attachments) map.set(a.id, a)
      }
    }
    frontier = next
  }

  // A row that goes anyway is not also unlinked.
  for (const [name, map] of unlinked) {
    const gone = deleted.get(name)
    if (gone) for (const id of gone.keys()) map.delete(id)
  }
  return { deleted: toRecord(deleted), unlinked: toRecord(unlinked) }
}

function getOrCreate(map: Map<TableName, Map<string, Row>>, table: TableName): Map<string, Row> {
  let inner = map.get(table)
  if (!inner) {
    inner = new Map()
    map.set(table, inner)
  }
  return inner
}

function toRecord(map: Map<TableName, Map<string, Row>>): Partial<Record<TableName, Row[]>> {
  const out: Partial<Record<TableName, Row[]>> = {}
  for (const name of TABLE_NAMES) {
    const rows = map.get(name)
    if (rows && rows.size > 0) out[name] = [...rows.values()]
  }
  return out
}

/** How many rows of each table a snapshot deletes (for the confirmation dialog). */
export function cascadeCounts(snapshot: CascadeSnapshot): Partial<Record<TableName, number>> {
  const counts: Partial<Record<TableName, number>> = {}
  for (const name of TABLE_NAMES) {
    const n = snapshot.deleted[name]?.length ?? 0
    if (n > 0) counts[name] = n
  }
  return counts
}

/** Which fields of a row point at a deleted row and are set to null. */
function unlinkedCopy(table: TableName, row: Row, deleted: CascadeSnapshot['deleted']): Row {
  const copy: Row = { ...row }
  for (const ref of REFERENCES) {
    if (ref.table !== table || !isNullable(table, ref.field)) continue
    const target = copy[ref.field]
    if (typeof target === 'string' && deleted[ref.parent]?.some((r) => r.id === target)) copy[ref.field] = null
  }
  return copy
}

/**
 * Deletes the rows and everything depending on them in ONE read-write transaction over all tables:
 * either the whole cascade happens or nothing does. Resolves to the snapshot undo needs.
 */
export async function deleteWithCascade(db: MatbarDb, table: TableName, ids: string[]): Promise<CascadeSnapshot> {
  return db.transaction('rw', TABLE_NAMES, async () => {
    // Only Dexie calls are awaited in here: anything else would let the transaction commit early.
    const snapshot = await planCascade(db, table, ids)
    for (const name of TABLE_NAMES) {
      const gone = snapshot.deleted[name]
      if (gone) await db.entityTable(name).bulkDelete(gone.map((r) => r.id))
      const kept = snapshot.unlinked[name]
      if (kept) await db.entityTable(name).bulkPut(kept.map((r) => unlinkedCopy(name, r, snapshot.deleted)))
    }
    return snapshot
  })
}

/** Puts back exactly the rows a cascade delete removed or unlinked, in one transaction. */
export async function restoreSnapshot(db: MatbarDb, snapshot: CascadeSnapshot): Promise<void> {
  await db.transaction('rw', TABLE_NAMES, async () => {
    for (const name of TABLE_NAMES) {
      const rows = [...(snapshot.deleted[name] ?? []), ...(snapshot.unlinked[name] ?? [])]
      if (rows.length > 0) await db.entityTable(name).bulkPut(rows)
    }
  })
}
