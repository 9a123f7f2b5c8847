/** Reading evaluations: one workshop's rows, and the rows grouped per workshop for the aggregated views. */
import { useLiveQuery } from 'dexie-react-hooks'
import type { Evaluation, Workshop } from '@shared/entities'
import type { MatbarDb } from '@renderer/db/db'
import { useDb } from '@renderer/platform/services'
import { engagementOrganisations, organisationNameById } from '@renderer/db/names'
import { readAll, readUncopied } from '@renderer/lib/list-query'

/** The evaluations of one workshop, with the workshop and its client's name. */
export type EvaluationGroup = { workshop: Workshop; client: string; evaluations: Evaluation[] }

/**
 * Every workshop (optionally of one organisation) with its evaluations, by date, with the client's name (db/names).
 * The reads share one transaction that Dexie's query cache does not copy (lib/list-query readUncopied: 30 000
 * evaluations); the whole portfolio's tables are read in pages of rows (readAll), so no single task decodes a whole
 * table, and one organisation's rows through its engagements' and workshops' indexes.
 */
export async function evaluationsByWorkshop(db: MatbarDb, organisationId?: string): Promise<EvaluationGroup[]> {
  return readUncopied(db, [db.organisations, db.engagements, db.workshops, db.evaluations], async () => {
    let clientOf: Map<string, string>
    let workshops: Workshop[]
    let evaluations: Evaluation[]
    if (organisationId === undefined) {
      const [names, engagements, allWorkshops, allEvaluations] = await Promise.all([
        organisationNameById(db),
        engagementOrganisations(db),
        readAll(db.workshops),
        readAll(db.evaluations)
      ])
      clientOf = new Map(engagements.map((e) => [e.id, names.get(e.organisationId) ?? '']))
      workshops = allWorkshops
      evaluations = allEvaluations
    } else {
      const [organisation, engagementIds] = await Promise.all([
        db.organisations.get(organisationId),
        db.engagements.where('organisationId').equals(organisationId).primaryKeys()
      ])
      clientOf = new Map(engagementIds.map((id) => [String(id), organisation?.name ?? '']))
      workshops = await db.workshops
        .where('engagementId')
        .anyOf([...clientOf.keys()])
        .toArray()
      evaluations = await db.evaluations
        .where('workshopId')
        .anyOf(workshops.map((w) => w.id))
        .toArray()
    }
    const byWorkshop = new Map<string, Evaluation[]>()
    for (const e of evaluations) {
      const list = byWorkshop.get(e.workshopId)
      if (list) list.push(e)
      else byWorkshop.set(e.workshopId, [e])
    }
    // By date; workshops on the same date in id order, as the startsAt index gave them.
    workshops.sort((a, b) =>
      a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
    )
    return workshops
      .filter((w) => clientOf.has(w.engagementId))
      .map((w) => ({
        workshop: w,
        client: clientOf.get(w.engagementId) ?? '',
        evaluations: byWorkshop.get(w.id) ?? []
      }))
  })
}

/** evaluationsByWorkshop() as a live query: the whole portfolio, or one organisation. */
export function useEvaluationGroups(organisationId?: string) {
  const db = useDb()
  return useLiveQuery(() => evaluationsByWorkshop(db, organisationId), [db, organisationId])
}

/** One workshop's evaluations in entry order, and the client's contacts (to name who answered). */
export function useWorkshopEvaluationRows(workshopId: string, organisationId: string | null) {
  const db = useDb()
  return useLiveQuery(async () => {
    const [evaluations, contacts] = await Promise.all([
      db.evaluations.where('workshopId').equals(workshopId).toArray(),
      organisationId ? db.contacts.where('organisationId').equals(organisationId).toArray() : Promise.resolve([])
    ])
    // Entry order, so row numbers match the pile of paper forms.
    evaluations.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
    return { evaluations, contacts }
  }, [db, workshopId, organisationId])
}
