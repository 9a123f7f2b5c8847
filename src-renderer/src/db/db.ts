/**
 * The one Dexie database of the renderer. Row types come from the zod schemas in src-shared/entities.ts.
 *
 * A released version is never edited: a later change adds version(n+1) with its stores and an
 * upgrade function, plus a test that opens a version-n database with fixture rows and checks nothing is lost.
 */
import { Dexie, type EntityTable, type Table } from 'dexie'
import type { RowOf, TableName } from '@shared/entities'

type Tables = { [T in TableName]: EntityTable<RowOf<T>, 'id'> }

/**
 * Version 1. Primary key 'id' (string uuid) on every table; only indexes a query uses.
 * The satisfies clause keeps this list in step with TABLES in src-shared.
 */
export const SCHEMA_V1 = {
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
} as const satisfies Record<TableName, string>

/** The typed database: one EntityTable per entity table. */
export class MatbarDb extends Dexie {
  declare organisations: Tables['organisations']
  declare contacts: Tables['contacts']
  declare engagements: Tables['engagements']
  declare questions: Tables['questions']
  declare workshops: Tables['workshops']
  declare participants: Tables['participants']
  declare areas: Tables['areas']
  declare measurements: Tables['measurements']
  declare criteria: Tables['criteria']
  declare scores: Tables['scores']
  declare evaluations: Tables['evaluations']
  declare documents: Tables['documents']
  declare attachments: Tables['attachments']
  declare thresholds: Tables['thresholds']

  constructor(name: string) {
    super(name)
    this.version(1).stores(SCHEMA_V1)
    // Version 2: measurements gain `source` (where the value comes from). No index changes; the
    // upgrade gives every measurement written by version 1 an empty source, so each row matches its schema.
    this.version(2)
      .stores({})
      .upgrade(async (tx) => {
        await tx
          .table('measurements')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            if (typeof row['source'] !== 'string') row['source'] = ''
          })
      })
  }

  /**
   * The table of an entity by name, for code that loops over all tables. It returns the same
   * object as db.organisations etc. (Dexie's table() returns a different instance of it).
   */
  entityTable(name: TableName): Table<unknown, string> {
    return this[name] as unknown as Table<unknown, string>
  }
}

/** Opens (lazily) a database with the given name; tests pass a unique name for a fresh store. */
export function createDb(name: string): MatbarDb {
  return new MatbarDb(name)
}

/** The app's database. IndexedDB belongs to the origin (app://), so this name must never change. */
export const db = createDb('matbar')
