/**
 * Writing contacts: saving one, and erasing a person (GDPR): a contact, or a person recorded by name
 * only. Each erasure is one transaction, is written to main's erasure log (ids only) and is applied
 * again after every import or restore, so a backup taken before it cannot bring the person back.
 */
import { useCallback, useMemo } from 'react'
import { Contact, TABLE_NAMES, type Evaluation, type Participant } from '@shared/entities'
import type { ErasureLogEntry, ErasureRecord, ErasureSearchRequest, ErasureSearchResult } from '@shared/ipc/erasure'
import { personalDataName, type PersonalDataExport } from '@shared/personal-data'
import type { MatbarDb } from '@renderer/db/db'
import type { PlatformApi } from '@renderer/platform/api'
import { errorMessage } from '@renderer/lib/errors'
import { useApi, useDb } from '@renderer/platform/services'
import { contactRowsOf, nameOnlyRowsOf, type PersonRef } from './queries'

/** Validates and stores a contact (new or changed). */
export async function saveContact(db: MatbarDb, row: Contact): Promise<Contact> {
  const valid = Contact.parse(row)
  await db.contacts.put(valid)
  return valid
}

/** What an erasure changed, for the confirmation message, and the ids it erased, for the log. */
export type ErasureResult = { participants: number; evaluations: number; record: ErasureRecord }

/** An evaluation without anything that names or quotes its author; the ratings stay (the workshop's statistics). */
function anonymous(e: Evaluation, at: string): Evaluation {
  return { ...e, name: '', comment: '', contactId: null, quotable: false, reference: false, updatedAt: at }
}

/** A contact's participant row without name, role or the link; the row stays (the workshop's headcount). */
function unnamed(p: Participant, at: string): Participant {
  return { ...p, name: '', role: '', contactId: null, updatedAt: at }
}

/**
 * Erases a person in ONE transaction: the contact row goes; their participant rows lose name, role and
 * the link; their evaluations (contactRowsOf: linked, or carrying their name at a workshop they attended)
 * keep the ratings (the workshop's statistics) but lose name, comment, the link and any quoting consent
 * (there is nothing left to quote).
 */
export async function erasePerson(
  db: MatbarDb,
  contactId: string,
  at: string = new Date().toISOString()
): Promise<ErasureResult> {
  return db.transaction('rw', TABLE_NAMES, async () => {
    const contact = await db.contacts.get(contactId)
    const { participants, evaluations } = contact
      ? await contactRowsOf(db, contact)
      : { participants: [] as Participant[], evaluations: [] as Evaluation[] }
    await db.participants.bulkPut(participants.map((p) => unnamed(p, at)))
    await db.evaluations.bulkPut(evaluations.map((e) => anonymous(e, at)))
    await db.contacts.delete(contactId)
    return {
      participants: participants.length,
      evaluations: evaluations.length,
      record: {
        kind: 'contact',
        contactIds: [contactId],
        participantIds: participants.map((p) => p.id),
        evaluationIds: evaluations.map((e) => e.id)
      }
    }
  })
}

/**
 * Erases a person recorded by name only in ONE transaction: their participant rows go (a row without
 * its name says nothing), their evaluations keep the ratings but lose name, comment and quoting consent.
 * The rows are the ones nameOnlyRowsOf finds from `participantId`, read inside the transaction.
 */
export async function eraseNameOnlyPerson(
  db: MatbarDb,
  participantId: string,
  at: string = new Date().toISOString()
): Promise<ErasureResult> {
  return db.transaction('rw', TABLE_NAMES, async () => {
    const rows = await nameOnlyRowsOf(db, participantId)
    if (!rows) throw new Error('The person is no longer in the portfolio')
    await db.participants.bulkDelete(rows.participants.map((p) => p.id))
    await db.evaluations.bulkPut(rows.evaluations.map((e) => anonymous(e, at)))
    return {
      participants: rows.participants.length,
      evaluations: rows.evaluations.length,
      record: {
        kind: 'participant',
        contactIds: [],
        participantIds: rows.participants.map((p) => p.id),
        evaluationIds: rows.evaluations.map((e) => e.id)
      }
    }
  })
}

/**
 * Erases again what the log says was erased, in ONE transaction: after an import or a restore brought
 * back rows from before an erasure. A contact's rows are treated as erasePerson treats them (also rows
 * linked to an erased contact that the log does not list by id), a name-only person's as
 * eraseNameOnlyPerson does. Rows already erased are not written again. Resolves to the rows changed.
 */
export async function applyErasureLog(
  db: MatbarDb,
  entries: readonly ErasureLogEntry[],
  at: string = new Date().toISOString()
): Promise<number> {
  if (entries.length === 0) return 0
  const contactIds = new Set(entries.flatMap((e) => e.contactIds))
  const unnameParticipants = new Set(entries.filter((e) => e.kind === 'contact').flatMap((e) => e.participantIds))
  const deleteParticipants = new Set(entries.filter((e) => e.kind === 'participant').flatMap((e) => e.participantIds))
  const evaluationIds = new Set(entries.flatMap((e) => e.evaluationIds))
  return db.transaction('rw', TABLE_NAMES, async () => {
    // By primary key and the contactId index only: this runs at every start, on portfolios of any size.
    const linkedTo = [...contactIds]
    const unique = <T extends { id: string }>(rows: (T | undefined)[]) => [
      ...new Map(rows.filter((r): r is T => r !== undefined).map((r) => [r.id, r])).values()
    ]
    const gone = unique(await db.contacts.bulkGet(linkedTo)).map((c) => c.id)
    await db.contacts.bulkDelete(gone)
    const participants = unique([
      ...(await db.participants.bulkGet([...deleteParticipants, ...unnameParticipants])),
      ...(await db.participants.where('contactId').anyOf(linkedTo).toArray())
    ])
    const toDelete = participants.filter((p) => deleteParticipants.has(p.id))
    const toUnname = participants.filter(
      (p) => !deleteParticipants.has(p.id) && (p.name !== '' || p.role !== '' || p.contactId !== null)
    )
    await db.participants.bulkDelete(toDelete.map((p) => p.id))
    await db.participants.bulkPut(toUnname.map((p) => unnamed(p, at)))
    const evaluations = unique([
      ...(await db.evaluations.bulkGet([...evaluationIds])),
      ...(await db.evaluations.where('contactId').anyOf(linkedTo).toArray())
    ]).filter((e) => e.name !== '' || e.comment !== '' || e.contactId !== null || e.quotable || e.reference)
    await db.evaluations.bulkPut(evaluations.map((e) => anonymous(e, at)))
    return gone.length + toDelete.length + toUnname.length + evaluations.length
  })
}

/** Reads main's erasure log and erases its people again: called right after an import or a restore is written. */
export async function reapplyErasures(db: MatbarDb, api: PlatformApi): Promise<number> {
  return applyErasureLog(db, (await api.erasureLog()).entries)
}

/** reapplyErasures bound to the app's database and API, for the import flow. */
export function useReapplyErasures(): () => Promise<number> {
  const db = useDb()
  const api = useApi()
  return useCallback(() => reapplyErasures(db, api), [db, api])
}

/**
 * What to look for in frozen documents and backups: the person's name (every spelling their rows carry),
 * the comments they wrote (main ignores short ones), and every id erased.
 */
export function erasureSearchOf(data: PersonalDataExport, record: ErasureRecord): ErasureSearchRequest {
  const names = new Set([personalDataName(data), ...data.workshopsAttended.map((w) => w.participant.name)])
  for (const e of data.evaluations) names.add(e.name)
  return {
    names: [...names].map((n) => n.trim()).filter((n) => n !== ''),
    phrases: [...new Set(data.evaluations.map((e) => e.comment.trim()).filter((c) => c !== ''))],
    ids: [...record.contactIds, ...record.participantIds, ...record.evaluationIds]
  }
}

/** What an erasure from a person page did: the counts, and what still holds the person outside the database. */
export type ErasureOutcome = {
  participants: number
  evaluations: number
  /** Null when the search failed; `searchProblem` then says why. */
  search: ErasureSearchResult | null
  searchProblem: string | null
  /** Null when the log was written; else why not (a restore could then bring the person back). */
  logProblem: string | null
}

/**
 * Erases a person and then, outside the transaction (IPC), records the erasure in main's log and asks
 * main which frozen documents and backups still hold them. `data` is read before the erasure: afterwards
 * there is no name left to search for.
 */
export async function eraseAndSearch(
  db: MatbarDb,
  api: PlatformApi,
  person: PersonRef,
  data: PersonalDataExport
): Promise<ErasureOutcome> {
  const result = person.kind === 'contact' ? await erasePerson(db, person.id) : await eraseNameOnlyPerson(db, person.id)
  let logProblem: string | null = null
  try {
    await api.erasureRecord({ record: result.record })
  } catch (error) {
    logProblem = errorMessage(error)
  }
  let search: ErasureSearchResult | null = null
  let searchProblem: string | null = null
  try {
    search = await api.erasureSearch(erasureSearchOf(data, result.record))
  } catch (error) {
    searchProblem = errorMessage(error)
  }
  return { participants: result.participants, evaluations: result.evaluations, search, searchProblem, logProblem }
}

/**
 * Deletes frozen documents and backups the erasure search listed; a deleted document's row goes too
 * (its frozen copy is what the row points at). Resolves to what main deleted and how many it could not.
 */
export async function deleteErasureFiles(
  db: MatbarDb,
  api: PlatformApi,
  files: { documents: string[]; backups: string[] }
): Promise<{ documents: string[]; backups: string[]; failed: number }> {
  const result = await api.erasureDeleteFiles(files)
  if (result.documents.length > 0) await db.documents.bulkDelete(result.documents)
  return result
}

/** The contact commands bound to the app's database, for components. */
export function useContactCommands() {
  const db = useDb()
  const api = useApi()
  const save = useCallback((row: Contact) => saveContact(db, row), [db])
  return useMemo(
    () => ({
      saveContact: save,
      eraseAndSearch: (person: PersonRef, data: PersonalDataExport) => eraseAndSearch(db, api, person, data),
      deleteErasureFiles: (files: { documents: string[]; backups: string[] }) => deleteErasureFiles(db, api, files)
    }),
    [db, api, save]
  )
}
