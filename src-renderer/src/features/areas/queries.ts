/** Reading areas: live queries for the area pages and the workshop's area list, and the merge input. */
import { useLiveQuery } from 'dexie-react-hooks'
import type { Area } from '@shared/entities'
import type { MatbarDb } from '@renderer/db/db'
import { engagementOrganisations, organisationNamesAndKinds } from '@renderer/db/names'
import { readAll, readUncopied } from '@renderer/lib/list-query'
import { useDb } from '@renderer/platform/services'

/** One area with its workshop, client, the engagement's workshops and areas, and its measurements. */
export function useAreaPage(id: string) {
  const db = useDb()
  return useLiveQuery(async () => {
    const area = await db.areas.get(id)
    if (!area) return null
    const [workshop, engagement, workshops, siblings, measurements] = await Promise.all([
      db.workshops.get(area.workshopId),
      db.engagements.get(area.engagementId),
      db.workshops.where('engagementId').equals(area.engagementId).sortBy('startsAt'),
      db.areas.where('engagementId').equals(area.engagementId).toArray(),
      db.measurements.where('areaId').equals(id).sortBy('date')
    ])
    const organisation = engagement ? await db.organisations.get(engagement.organisationId) : undefined
    return {
      area,
      workshop: workshop ?? null,
      organisation: organisation ?? null,
      workshops,
      siblings,
      measurements
    } as const
  }, [db, id])
}

/**
 * Every area with what ranking them per engagement needs (clients' names and kinds, each engagement's client,
 * criteria and scores) and the measurements their follow-up is judged by, in one read transaction that Dexie's
 * query cache does not copy (30 000 areas: lib/list-query readUncopied), each table in pages of rows (readAll) so
 * no single task decodes a whole table.
 */
export function useAllAreas() {
  const db = useDb()
  return useLiveQuery(
    () =>
      readUncopied(
        db,
        [db.areas, db.organisations, db.engagements, db.criteria, db.scores, db.measurements],
        async () => {
          const [areas, organisations, engagements, criteria, scores, measurements] = await Promise.all([
            readAll(db.areas),
            organisationNamesAndKinds(db),
            engagementOrganisations(db),
            readAll(db.criteria),
            readAll(db.scores),
            readAll(db.measurements)
          ])
          return { areas, organisations, engagements, criteria, scores, measurements }
        }
      ),
    [db]
  )
}

/** The areas found in one workshop (unsorted). */
export function useWorkshopAreaList(workshopId: string) {
  const db = useDb()
  return useLiveQuery(() => db.areas.where('workshopId').equals(workshopId).toArray(), [db, workshopId])
}

/** The consultant's own threshold values (overrides of the built-in legal thresholds). */
export function useThresholdOverrides() {
  const db = useDb()
  return useLiveQuery(() => db.thresholds.toArray(), [db])
}

/** The data the merge dialog needs about both areas. */
export async function loadMergeInput(db: MatbarDb, aId: string, bId: string) {
  const [a, b, aScores, bScores, bMeasurements, bAttachments] = await Promise.all([
    db.areas.get(aId),
    db.areas.get(bId),
    db.scores.where('areaId').equals(aId).toArray(),
    db.scores.where('areaId').equals(bId).toArray(),
    db.measurements.where('areaId').equals(bId).toArray(),
    db.attachments.where('[ownerType+ownerId]').equals(['area', bId]).toArray()
  ])
  if (!a || !b) return null
  return { a, b, aScores, bScores, bMeasurements, bAttachments }
}

/** Both areas of a merge and the engagement's criteria (for naming clashing scores); null when closed. */
export function useMergeInput(area: Area, otherId: string | null) {
  const db = useDb()
  return useLiveQuery(async () => {
    if (!otherId) return null
    const [input, criteria] = await Promise.all([
      loadMergeInput(db, area.id, otherId),
      db.criteria.where('engagementId').equals(area.engagementId).toArray()
    ])
    return input ? { input, criteria } : null
    // updatedAt too: a save of this area while the dialog is open must show its new values.
  }, [db, area.id, area.engagementId, area.updatedAt, otherId])
}

/** Both areas of a merge with the rows that move: what the merge form shows. */
export type MergeInput = NonNullable<Awaited<ReturnType<typeof loadMergeInput>>>
