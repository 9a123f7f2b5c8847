/** Writing contacts: saving one, and erasing a person (GDPR). */
import { useCallback } from 'react'
import { Contact, TABLE_NAMES } from '@shared/entities'
import type { MatbarDb } from '@renderer/db/db'
import { useDb } from '@renderer/platform/services'

/** Validates and stores a contact (new or changed). */
export async function saveContact(db: MatbarDb, row: Contact): Promise<Contact> {
  const valid = Contact.parse(row)
  await db.contacts.put(valid)
  return valid
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
    await db.participants.bulkPut(
      participants.map((p) => ({ ...p, name: '', role: '', contactId: null, updatedAt: at }))
    )
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

/** The contact commands bound to the app's database, for components. */
export function useContactCommands(): {
  saveContact: (row: Contact) => Promise<Contact>
  erasePerson: (contactId: string) => Promise<ErasureResult>
} {
  const db = useDb()
  return {
    saveContact: useCallback((row: Contact) => saveContact(db, row), [db]),
    erasePerson: useCallback((contactId: string) => erasePerson(db, contactId), [db])
  }
}
