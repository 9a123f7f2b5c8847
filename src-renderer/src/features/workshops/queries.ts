/** Reading workshops: live queries for the list, one workshop, its form and the engagement page's slot. */
import { useLiveQuery } from 'dexie-react-hooks'
import { clientNameByEngagement } from '@renderer/db/names'
import { readAll, readUncopied } from '@renderer/lib/list-query'
import { useDb } from '@renderer/platform/services'

/**
 * Every workshop (unsorted: the page sorts), with the client name of each engagement (db/names). One read
 * transaction, so Dexie's query cache does not copy 10 000 workshops on each read, each table in pages of rows
 * (lib/list-query readUncopied, readAll).
 */
export function useWorkshopList() {
  const db = useDb()
  return useLiveQuery(
    () =>
      readUncopied(db, [db.workshops, db.engagements, db.organisations], async () => {
        const [workshops, clientName] = await Promise.all([readAll(db.workshops), clientNameByEngagement(db)])
        return { workshops, clientName }
      }),
    [db]
  )
}

/** One workshop with its engagement, client and named participants. */
export function useWorkshopPage(id: string) {
  const db = useDb()
  return useLiveQuery(async () => {
    const workshop = await db.workshops.get(id)
    if (!workshop) return null
    const engagement = await db.engagements.get(workshop.engagementId)
    const [organisation, participants] = await Promise.all([
      engagement ? db.organisations.get(engagement.organisationId) : Promise.resolve(undefined),
      db.participants.where('workshopId').equals(id).toArray()
    ])
    return { workshop, engagement: engagement ?? null, organisation: organisation ?? null, participants } as const
  }, [db, id])
}

/** What the workshop form offers: the workshop (when editing), engagements, clients, questions, participants. */
export function useWorkshopFormData(id: string | undefined) {
  const db = useDb()
  return useLiveQuery(async () => {
    const [workshop, engagements, organisations, questions, participants] = await Promise.all([
      id ? db.workshops.get(id) : Promise.resolve(undefined),
      db.engagements.toArray(),
      db.organisations.toArray(),
      db.questions.toArray(),
      id ? db.participants.where('workshopId').equals(id).toArray() : Promise.resolve([])
    ])
    return { workshop: workshop ?? null, engagements, organisations, questions, participants }
  }, [db, id])
}

/** The contacts of the engagement's client (empty while none is chosen or loading). */
export function useEngagementContacts(engagementId: string | undefined) {
  const db = useDb()
  return (
    useLiveQuery(async () => {
      const engagement = engagementId ? await db.engagements.get(engagementId) : undefined
      if (!engagement) return []
      return db.contacts.where('organisationId').equals(engagement.organisationId).toArray()
    }, [db, engagementId]) ?? []
  )
}

/** An engagement's workshops by date, with their areas and evaluations (for counts and means). */
export function useEngagementWorkshops(engagementId: string) {
  const db = useDb()
  return useLiveQuery(async () => {
    const workshops = await db.workshops.where('engagementId').equals(engagementId).sortBy('startsAt')
    const ids = workshops.map((w) => w.id)
    const [areas, evaluations] = await Promise.all([
      db.areas.where('workshopId').anyOf(ids).toArray(),
      db.evaluations.where('workshopId').anyOf(ids).toArray()
    ])
    return { workshops, areas, evaluations }
  }, [db, engagementId])
}

/** What the workshop form is filled from and offers (loaded). */
export type WorkshopFormData = NonNullable<ReturnType<typeof useWorkshopFormData>>
