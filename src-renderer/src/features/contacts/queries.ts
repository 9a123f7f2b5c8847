/**
 * Reading contacts: an organisation's contact people, and everything the app holds about one person.
 * GDPR: contacts, workshop participants and evaluators are people; the app must show, export and erase.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback } from 'react'
import type { Contact } from '@shared/entities'
import { PERSONAL_DATA_FORMAT, type PersonalDataExport } from '@shared/personal-data'
import type { MatbarDb } from '@renderer/db/db'
import { useDb } from '@renderer/platform/services'

/** Everything held about the contact, in the export's shape; null when there is no such contact. */
export async function personalDataOf(
  db: MatbarDb,
  contactId: string,
  exportedAt: string = new Date().toISOString()
): Promise<PersonalDataExport | null> {
  const contact = await db.contacts.get(contactId)
  if (!contact) return null
  const [organisation, participants, evaluations] = await Promise.all([
    db.organisations.get(contact.organisationId),
    db.participants.where('contactId').equals(contactId).toArray(),
    db.evaluations.where('contactId').equals(contactId).toArray()
  ])
  const workshops = await db.workshops.bulkGet(participants.map((p) => p.workshopId))
  const engagements = await db.engagements.bulkGet(workshops.map((w) => w?.engagementId ?? ''))
  const clients = await db.organisations.bulkGet(engagements.map((e) => e?.organisationId ?? ''))
  return {
    format: PERSONAL_DATA_FORMAT,
    version: 1,
    exportedAt,
    contact,
    organisation: organisation ? { id: organisation.id, name: organisation.name } : null,
    workshopsAttended: participants.map((participant, i) => {
      const w = workshops[i]
      return {
        participant,
        workshop: w ? { id: w.id, title: w.title, startsAt: w.startsAt, place: w.place } : null,
        organisationName: clients[i]?.name ?? null
      }
    }),
    evaluations
  }
}

/** Everything held about one person, live: undefined while loading, null when there is no such contact. */
export function usePersonalData(contactId: string): PersonalDataExport | null | undefined {
  const db = useDb()
  return useLiveQuery(async () => (await personalDataOf(db, contactId)) ?? null, [db, contactId])
}

/** personalDataOf bound to the app's database: a fresh read at the moment of export. */
export function useReadPersonalData(): (contactId: string) => Promise<PersonalDataExport | null> {
  const db = useDb()
  return useCallback((contactId: string) => personalDataOf(db, contactId), [db])
}

/** The contact people of an organisation, sorted by name with `compare` (undefined while loading). */
export function useOrganisationContacts(
  organisationId: string,
  compare: (a: string, b: string) => number
): Contact[] | undefined {
  const db = useDb()
  return useLiveQuery(
    async () =>
      (await db.contacts.where('organisationId').equals(organisationId).toArray()).sort((a, b) =>
        compare(a.name, b.name)
      ),
    [db, organisationId, compare]
  )
}
