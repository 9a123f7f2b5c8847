/** What the spreadsheets feature reads: the rows every sheet draws on, read once when an export starts. */
import type { SheetTables } from '@shared/spreadsheet-sheets'
import type { MatbarDb } from '@renderer/db/db'

/**
 * The tables the sheets need, read in one transaction so a sheet never mixes rows from before and after a
 * write. Read whole: an area's rank needs its engagement's other areas, criteria and scores.
 */
export function readSheetTables(db: MatbarDb): Promise<SheetTables> {
  return db.transaction(
    'r',
    [db.organisations, db.engagements, db.workshops, db.areas, db.criteria, db.scores, db.measurements, db.evaluations],
    async () => ({
      organisations: await db.organisations.toArray(),
      engagements: await db.engagements.toArray(),
      workshops: await db.workshops.toArray(),
      areas: await db.areas.toArray(),
      criteria: await db.criteria.toArray(),
      scores: await db.scores.toArray(),
      measurements: await db.measurements.toArray(),
      evaluations: await db.evaluations.toArray()
    })
  )
}
