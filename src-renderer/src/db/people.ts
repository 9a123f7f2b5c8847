/**
 * Personal data of one person (a contact): everything the app holds about them, and erasure.
 * GDPR: contacts, workshop participants and evaluators are people; the app must show, export and erase.
 */
import { TABLE_NAMES } from '@shared/entities'
import { PERSONAL_DATA_FORMAT, type PersonalDataExport } from '@shared/personal-data'
import type { MatbarDb } from './db'

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

/** What an erasure changed, for the confirmation message. */
export type ErasureResult = { participants: number; evaluations: number }

/**
 * Erases a person in ONE transaction: the contact row goes; their participant rows lose name, role and
 * the link; their evaluations keep the ratings (the workshop's statistics) but lose name, comment, the
 * link and any quoting consent (there is nothing left to quote).
 */
export async function erasePerson(
  db: MatbarDb,
  contactId: string,
  at: string = new Date().toISOString()
): Promise<ErasureResult> {
  return db.transaction('rw', TABLE_NAMES, async () => {
    const participants = await db.participants.where('contactId').equals(contactId).toArray()
    const evaluations = await db.evaluations.where('contactId').equals(contactId).toArray()
    await db.participants.bulkPut(participants.map((p) => ({ ...p, name: '', role: '', contactId: null, updatedAt: at })))
    await db.evaluations.bulkPut(
      evaluations.map((e) => ({
        ...e,
        name: '',
        comment: '',
        contactId: null,
        quotable: false,
        reference: false,
        updatedAt: at
      }))
    )
    await db.contacts.delete(contactId)
    return { participants: participants.length, evaluations: evaluations.length }
  })
}
