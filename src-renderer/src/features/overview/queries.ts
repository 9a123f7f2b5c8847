/** Reading the start page's figures: row counts, the figures that lead to the lists, and the next step's facts. */
import { useLiveQuery } from 'dexie-react-hooks'
import type { TableName } from '@shared/entities'
import { overviewFigures, yearBefore, type OverviewFigures } from '@shared/overview'
import { organisationNameById } from '@renderer/db/names'
import { countRows } from '@renderer/db/portfolio'
import { readUncopied } from '@renderer/lib/list-query'
import { useDb } from '@renderer/platform/services'

/** What the next-step path needs to know beyond the counts: where each next step is done. */
export type FirstRows = {
  /** An engagement's id, for the prioritisation page: the first one with areas, else the first at all. */
  engagementId: string | null
  /** A workshop's id, where its areas are written down. */
  workshopId: string | null
  /** True when some area has a score: the areas have been prioritised. */
  prioritised: boolean
  /** True when a proposal has been written. */
  proposal: boolean
}

export type Overview = {
  counts: Record<TableName, number>
  figures: OverviewFigures
  /** The client of each engagement, by engagement id. */
  clientOf: Map<string, string>
  first: FirstRows
}

/** The portfolio in numbers and the figures of the start page as of `today`, live (undefined while loading). */
export function useOverview(today: string): Overview | undefined {
  const db = useDb()
  // One read transaction over every table (the counts read them all), which Dexie's query cache does not copy:
  // with the stress portfolio the copies of 30 000 engagements and areas held up whatever page was opened next
  // (lib/list-query readUncopied).
  return useLiveQuery(
    () =>
      readUncopied(db, db.tables, async () => {
        // Only the workshops the figures look at (the last year and the coming days, through the startsAt index)
        // and their evaluations: with 10 000 workshops and 30 000 evaluations, reading them all was most of the wait.
        const [counts, nameOf, engagements, workshops, anyWorkshop, areas, measurements, proposals] = await Promise.all(
          [
            countRows(db),
            organisationNameById(db),
            db.engagements.toArray(),
            db.workshops.where('startsAt').above(yearBefore(today)).toArray(),
            db.workshops.limit(1).first(),
            db.areas.toArray(),
            db.measurements.toArray(),
            db.documents.where('kind').equals('proposal').count()
          ]
        )
        const evaluations = await db.evaluations
          .where('workshopId')
          .anyOf(workshops.map((w) => w.id))
          .toArray()
        const clientOf = new Map(engagements.map((e) => [e.id, nameOf.get(e.organisationId) ?? '']))
        const withAreas = areas[0]?.engagementId
        return {
          counts,
          figures: overviewFigures({ engagements, workshops, areas, measurements, evaluations }, today),
          clientOf,
          first: {
            engagementId: withAreas ?? engagements[0]?.id ?? null,
            workshopId: anyWorkshop?.id ?? null,
            prioritised: counts.scores > 0,
            proposal: proposals > 0
          }
        }
      }),
    [db, today]
  )
}
