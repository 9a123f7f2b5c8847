/** Reading evaluations: one workshop's rows, and the rows grouped per workshop for the aggregated views. */
import { useLiveQuery } from 'dexie-react-hooks'
import type { Evaluation, Workshop } from '@shared/entities'
import type { MatbarDb } from '@renderer/db/db'
import { useDb } from '@renderer/platform/services'

/** The evaluations of one workshop, with the workshop and its client's name. */
export type EvaluationGroup = { workshop: Workshop; client: string; evaluations: Evaluation[] }

/** Every workshop (optionally of one organisation) with its evaluations, by date. */
export async function evaluationsByWorkshop(db: MatbarDb, organisationId?: string): Promise<EvaluationGroup[]> {
  const [organisations, engagements, workshops, evaluations] = await Promise.all([
    db.organisations.toArray(),
    organisationId === undefined
      ? db.engagements.toArray()
      : db.engagements.where('organisationId').equals(organisationId).toArray(),
    db.workshops.orderBy('startsAt').toArray(),
    db.evaluations.toArray()
  ])
  const orgName = new Map(organisations.map((o) => [o.id, o.name]))
  const clientOf = new Map(engagements.map((e) => [e.id, orgName.get(e.organisationId) ?? '']))
  const byWorkshop = new Map<string, Evaluation[]>()
  for (const e of evaluations) {
    const list = byWorkshop.get(e.workshopId)
    if (list) list.push(e)
    else byWorkshop.set(e.workshopId, [e])
  }
  return workshops
    .filter((w) => clientOf.has(w.engagementId))
    .map((w) => ({ workshop: w, client: clientOf.get(w.engagementId) ?? '', evaluations: byWorkshop.get(w.id) ?? [] }))
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
