/** Reading evaluations: one workshop's rows, and the rows grouped per workshop for the aggregated views. */
import { useLiveQuery } from 'dexie-react-hooks'
import type { Evaluation, Workshop } from '@shared/entities'
import type { MatbarDb } from '@renderer/db/db'
import { useDb } from '@renderer/platform/services'
import { engagementOrganisations, organisationNameById } from '@renderer/db/names'
import { readAll, readUncopied, Slicer, sortSliced, useSliced } from '@renderer/lib/list-query'

/** The evaluations of one workshop, with the workshop and its client's name. */
export type EvaluationGroup = { workshop: Workshop; client: string; evaluations: Evaluation[] }

/** What evaluationsByWorkshop reads: each engagement's client name, the workshops and their evaluations. */
type EvaluationData = { clientOf: Map<string, string>; workshops: Workshop[]; evaluations: Evaluation[] }

/**
 * The rows evaluationsByWorkshop groups (optionally of one organisation). The reads share one transaction that
 * Dexie's query cache does not copy (lib/list-query readUncopied: 30 000 evaluations); the whole portfolio's tables
 * are read in pages of rows (readAll), so no single task decodes a whole table, and one organisation's rows through
 * its engagements' and workshops' indexes.
 */
async function readEvaluationData(db: MatbarDb, organisationId?: string): Promise<EvaluationData> {
  return readUncopied(db, [db.organisations, db.engagements, db.workshops, db.evaluations], async () => {
    if (organisationId === undefined) {
      const [names, engagements, workshops, evaluations] = await Promise.all([
        organisationNameById(db),
        engagementOrganisations(db),
        readAll(db.workshops),
        readAll(db.evaluations)
      ])
      return {
        clientOf: new Map(engagements.map((e) => [e.id, names.get(e.organisationId) ?? ''])),
        workshops,
        evaluations
      }
    }
    const [organisation, engagementIds] = await Promise.all([
      db.organisations.get(organisationId),
      db.engagements.where('organisationId').equals(organisationId).primaryKeys()
    ])
    const clientOf = new Map(engagementIds.map((id) => [String(id), organisation?.name ?? '']))
    const workshops = await db.workshops
      .where('engagementId')
      .anyOf([...clientOf.keys()])
      .toArray()
    const evaluations = await db.evaluations
      .where('workshopId')
      .anyOf(workshops.map((w) => w.id))
      .toArray()
    return { clientOf, workshops, evaluations }
  })
}

/**
 * The workshops by date, each with its client's name and evaluations, in slices (Slicer): grouping 30 000
 * evaluations and sorting 10 000 workshops inside the live query was one task of 275 ms at the stress size.
 */
async function groupEvaluations(
  { clientOf, workshops, evaluations }: EvaluationData,
  slicer: Slicer
): Promise<EvaluationGroup[]> {
  const byWorkshop = new Map<string, Evaluation[]>()
  for (let i = 0; i < evaluations.length; i++) {
    const e = evaluations[i]!
    const list = byWorkshop.get(e.workshopId)
    if (list) list.push(e)
    else byWorkshop.set(e.workshopId, [e])
    if ((i & 1023) === 1023 && slicer.due()) await slicer.pause()
  }
  // By date; workshops on the same date in id order, as the startsAt index gave them. ISO dates and times: their
  // code units' order is their order in time.
  const sorted = await sortSliced(
    workshops.filter((w) => clientOf.has(w.engagementId)),
    (a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    slicer
  )
  return sorted.map((w) => ({
    workshop: w,
    client: clientOf.get(w.engagementId) ?? '',
    evaluations: byWorkshop.get(w.id) ?? []
  }))
}

/** Every workshop (optionally of one organisation) with its evaluations, by date, with the client's name (db/names). */
export async function evaluationsByWorkshop(db: MatbarDb, organisationId?: string): Promise<EvaluationGroup[]> {
  return groupEvaluations(await readEvaluationData(db, organisationId), new Slicer(Infinity))
}

/**
 * evaluationsByWorkshop() as a live query: the whole portfolio, or one organisation. The rows are read live and
 * grouped in slices after each read (useSliced: the previous groups stay until the new ones are ready).
 */
export function useEvaluationGroups(organisationId?: string): EvaluationGroup[] | undefined {
  const db = useDb()
  const data = useLiveQuery(() => readEvaluationData(db, organisationId), [db, organisationId])
  return useSliced(data, groupEvaluations)
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
