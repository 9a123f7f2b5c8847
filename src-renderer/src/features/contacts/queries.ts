/**
 * Reading contacts: an organisation's contact people, and everything the app holds about one person.
 * GDPR: contacts, workshop participants and evaluators are people; the app must show, export and erase.
 * A person recorded by name only (a participant without a contact row) is found from one of their
 * participant rows: see nameOnlyRowsOf.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback } from 'react'
import type { Contact, DocumentRecord, Evaluation, Participant } from '@shared/entities'
import { PERSONAL_DATA_FORMAT, type PersonalDataExport } from '@shared/personal-data'
import type { MatbarDb } from '@renderer/db/db'
import { useDb } from '@renderer/platform/services'

/** A contact's personal data: the export with its contact row. */
export type ContactPersonalData = PersonalDataExport & { contact: Contact }

/** Everything held about the contact, in the export's shape; null when there is no such contact. */
export async function personalDataOf(
  db: MatbarDb,
  contactId: string,
  exportedAt: string = new Date().toISOString()
): Promise<ContactPersonalData | null> {
  const contact = await db.contacts.get(contactId)
  if (!contact) return null
  const [organisation, rows] = await Promise.all([
    db.organisations.get(contact.organisationId),
    contactRowsOf(db, contact)
  ])
  const { participants, evaluations } = rows
  return {
    format: PERSONAL_DATA_FORMAT,
    version: 1,
    exportedAt,
    contact,
    organisation: organisation ? { id: organisation.id, name: organisation.name } : null,
    workshopsAttended: await attended(db, participants),
    evaluations
  }
}

/**
 * A contact's participant and evaluation rows: those linked to the contact, and the evaluations without a
 * contact that carry the contact's name at a workshop the contact attended (typed in by hand from a paper
 * form). Reads only; erasure calls it inside its transaction.
 */
export async function contactRowsOf(
  db: MatbarDb,
  contact: Contact
): Promise<{ participants: Participant[]; evaluations: Evaluation[] }> {
  const [participants, linked] = await Promise.all([
    db.participants.where('contactId').equals(contact.id).toArray(),
    db.evaluations.where('contactId').equals(contact.id).toArray()
  ])
  const key = personKey(contact.name)
  const named = await db.evaluations
    .where('workshopId')
    .anyOf([...new Set(participants.map((p) => p.workshopId))])
    .filter((e) => e.contactId === null && personKey(e.name) === key)
    .toArray()
  return { participants, evaluations: [...linked, ...named] }
}

/** Each participant row with where and when its workshop was and for which client. */
async function attended(db: MatbarDb, participants: Participant[]): Promise<PersonalDataExport['workshopsAttended']> {
  const workshops = await db.workshops.bulkGet(participants.map((p) => p.workshopId))
  const engagements = await db.engagements.bulkGet(workshops.map((w) => w?.engagementId ?? ''))
  const clients = await db.organisations.bulkGet(engagements.map((e) => e?.organisationId ?? ''))
  return participants.map((participant, i) => {
    const w = workshops[i]
    return {
      participant,
      workshop: w ? { id: w.id, title: w.title, startsAt: w.startsAt, place: w.place } : null,
      organisationName: clients[i]?.name ?? null
    }
  })
}

/** A name as compared when gathering one person's rows: Unicode-normalised, case-folded, single spaces. */
export function personKey(name: string): string {
  return name.normalize('NFKC').toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim()
}

/** The rows of a person recorded by name only, and the client they were recorded at. */
export type NameOnlyRows = { organisationId: string | null; participants: Participant[]; evaluations: Evaluation[] }

/**
 * The rows of a person recorded by name only, starting from one of their participant rows: every
 * participant row without a contact that has the same name at a workshop of the same client (the same
 * person at two of the client's workshops), and the evaluations without a contact that carry that name
 * at those workshops. Null when the row is unknown, belongs to a contact (see personalDataOf) or has no name.
 * Reads only; erasure calls it inside its transaction.
 */
export async function nameOnlyRowsOf(db: MatbarDb, participantId: string): Promise<NameOnlyRows | null> {
  const start = await db.participants.get(participantId)
  const key = start ? personKey(start.name) : ''
  if (!start || start.contactId !== null || key === '') return null
  const workshop = await db.workshops.get(start.workshopId)
  const engagement = workshop ? await db.engagements.get(workshop.engagementId) : undefined
  const organisationId = engagement?.organisationId ?? null
  let workshopIds = [start.workshopId]
  if (organisationId !== null) {
    const engagementIds = await db.engagements.where('organisationId').equals(organisationId).primaryKeys()
    workshopIds = await db.workshops.where('engagementId').anyOf(engagementIds).primaryKeys()
  }
  const samePerson = (row: { contactId: string | null; name: string }) =>
    row.contactId === null && personKey(row.name) === key
  const [participants, evaluations] = await Promise.all([
    db.participants.where('workshopId').anyOf(workshopIds).filter(samePerson).toArray(),
    db.evaluations.where('workshopId').anyOf(workshopIds).filter(samePerson).toArray()
  ])
  const byStart = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) =>
    a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)
  return { organisationId, participants: participants.sort(byStart), evaluations: evaluations.sort(byStart) }
}

/** Everything held about a person recorded by name only, in the export's shape (contact null). */
export async function nameOnlyPersonalDataOf(
  db: MatbarDb,
  participantId: string,
  exportedAt: string = new Date().toISOString()
): Promise<PersonalDataExport | null> {
  const rows = await nameOnlyRowsOf(db, participantId)
  if (!rows) return null
  const organisation = rows.organisationId ? await db.organisations.get(rows.organisationId) : undefined
  return {
    format: PERSONAL_DATA_FORMAT,
    version: 1,
    exportedAt,
    contact: null,
    organisation: organisation ? { id: organisation.id, name: organisation.name } : null,
    workshopsAttended: await attended(db, rows.participants),
    evaluations: rows.evaluations
  }
}

/** The person a person page shows: a contact by id, or a name-only participant by a participant id. */
export type PersonRef = { kind: 'contact'; id: string } | { kind: 'participant'; id: string }

function readPerson(db: MatbarDb, person: PersonRef, exportedAt?: string): Promise<PersonalDataExport | null> {
  return person.kind === 'contact'
    ? personalDataOf(db, person.id, exportedAt)
    : nameOnlyPersonalDataOf(db, person.id, exportedAt)
}

/** Everything held about a person recorded by name only, live (undefined while loading, null when unknown). */
export function useNameOnlyPerson(participantId: string): PersonalDataExport | null | undefined {
  const db = useDb()
  return useLiveQuery(async () => (await nameOnlyPersonalDataOf(db, participantId)) ?? null, [db, participantId])
}

/** One person recorded by name only at a client, for the list on the organisation page. */
export type NameOnlyPerson = { participantId: string; name: string; roles: string; workshops: number }

/**
 * The people recorded by name only at an organisation's workshops, one entry per person (rows with the
 * same name gathered as nameOnlyRowsOf does), sorted by name with `compare` (undefined while loading).
 */
export function useNameOnlyPeople(
  organisationId: string,
  compare: (a: string, b: string) => number
): NameOnlyPerson[] | undefined {
  const db = useDb()
  return useLiveQuery(async () => {
    const engagementIds = await db.engagements.where('organisationId').equals(organisationId).primaryKeys()
    const workshopIds = await db.workshops.where('engagementId').anyOf(engagementIds).primaryKeys()
    const rows = await db.participants
      .where('workshopId')
      .anyOf(workshopIds)
      .filter((p) => p.contactId === null && personKey(p.name) !== '')
      .toArray()
    const people = new Map<string, { first: Participant; roles: Set<string>; workshops: Set<string> }>()
    for (const p of rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))) {
      const key = personKey(p.name)
      const person = people.get(key) ?? { first: p, roles: new Set<string>(), workshops: new Set<string>() }
      if (p.role.trim()) person.roles.add(p.role.trim())
      person.workshops.add(p.workshopId)
      people.set(key, person)
    }
    return [...people.values()]
      .map(({ first, roles, workshops }) => ({
        participantId: first.id,
        name: first.name.trim(),
        roles: [...roles].join(', '),
        workshops: workshops.size
      }))
      .sort((a, b) => compare(a.name, b.name))
  }, [db, organisationId, compare])
}

/** The saved-document rows with the given ids (for naming the frozen copies an erasure search found). */
export function useDocumentRecords(ids: readonly string[]): DocumentRecord[] | undefined {
  const db = useDb()
  const key = ids.join(',')
  return useLiveQuery(
    async () => (await db.documents.bulkGet(key ? key.split(',') : [])).filter((d) => d !== undefined),
    [db, key]
  )
}

/** Everything held about one person, live: undefined while loading, null when there is no such contact. */
export function usePersonalData(contactId: string): ContactPersonalData | null | undefined {
  const db = useDb()
  return useLiveQuery(async () => (await personalDataOf(db, contactId)) ?? null, [db, contactId])
}

/** A fresh read of a person's data at the moment of export or erasure. */
export function useReadPersonalData(): (person: PersonRef) => Promise<PersonalDataExport | null> {
  const db = useDb()
  return useCallback((person: PersonRef) => readPerson(db, person), [db])
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
