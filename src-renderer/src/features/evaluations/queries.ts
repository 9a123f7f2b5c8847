/** Reading evaluations: one workshop's rows, and the rows grouped per workshop for the aggregated views. */
import { useLiveQuery } from 'dexie-react-hooks'
import type { Evaluation, Workshop } from '@shared/entities'
import type { MatbarDb } from '@renderer/db/db'
import { useDb } from '@renderer/platform/services'
import { engagementOrganisations, organisationNameById } from '@renderer/db/names'
import { readUncopied } from '@renderer/lib/list-query'

/** The evaluations of one workshop, with the workshop and its client's name. */
export type EvaluationGroup = { workshop: Workshop; client: string; evaluations: Evaluation[] }

/**
 * Every workshop (optionally of one organisation) with its evaluations, by date, with the client's name (db/names).
 * The reads share one transaction that Dexie's query cache does not copy (lib/list-query readUncopied: 30 000
 * evaluations).
 */
export async function evaluationsByWorkshop(db: MatbarDb, organisationId?: string): Promise<EvaluationGroup[]> {
  return readUncopied(db, [db.organisations, db.engagements, db.workshops, db.evaluations], async () => {
    const [names, engagements, workshops, evaluations] = await Promise.all([
      organisationNameById(db),
      organisationId === undefined
        ? engagementOrganisations(db)
        : db.engagements
            .where('organisationId')
            .equals(organisationId)
            .primaryKeys()
            .then((ids) => ids.map((id) => ({ id: String(id), organisationId }))),
      db.workshops.orderBy('startsAt').toArray(),
      db.evaluations.toArray()
    ])
    const clientOf = new Map(engagements.map((e) => [e.id, names.get(e.organisationId) ?? '']))
    const byWorkshop = new Map<string, Evaluation[]>()
    for (const e of evaluations) {
      const list = byWorkshop.get(e.workshopId)
      if (list) list.push(e)
      else byWorkshop.set(e.workshopId, [e])
    }
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
