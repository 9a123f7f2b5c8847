import { describe, expect, it } from 'vitest'
import { PersonalDataExport } from '@shared/personal-data'
import { erasePerson } from '@renderer/features/contacts/commands'
import { personalDataOf } from '@renderer/features/contacts/queries'
import { freshDb } from '../helpers/db'
import { engagementRow, evaluationRow, organisationRow } from '../helpers/rows'

const NOW = '2026-03-01T10:00:00.000Z'

async function withPerson() {
  const db = freshDb()
  const org = organisationRow({ name: 'Norrviks kommun' })
  const eng = engagementRow(org.id)
  const base = { createdAt: NOW, updatedAt: NOW }
  await db.organisations.put(org)
  await db.engagements.put(eng)
  await db.contacts.bulkPut([
    {
      ...base,
      id: 'c-1',
      organisationId: org.id,
      name: 'Annika Lindqvist',
      role: 'Energistrateg',
      email: 'a@x.se',
      phone: '070',
      notes: 'Kaffe utan mjölk'
    },
    { ...base, id: 'c-2', organisationId: org.id, name: 'Per Olsson', role: '', email: '', phone: '', notes: '' }
  ])
  await db.workshops.put({
    ...base,
    id: 'ws-1',
    engagementId: eng.id,
    title: 'Energi',
    startsAt: '2026-02-12T09:00',
    place: 'Stadshuset',
    digital: false,
    questionId: null,
    startingQuestion: '',
    purpose: '',
    agenda: [],
    participantCount: 12,
    notes: ''
  })
  await db.participants.bulkPut([
    { ...base, id: 'p-1', workshopId: 'ws-1', contactId: 'c-1', name: 'Annika Lindqvist', role: 'Energistrateg' },
    { ...base, id: 'p-2', workshopId: 'ws-1', contactId: 'c-2', name: 'Per Olsson', role: '' }
  ])
  await db.evaluations.bulkPut([
    evaluationRow('ws-1', {
      id: 'e-1',
      contactId: 'c-1',
      name: 'Annika Lindqvist',
      comment: 'Mycket lärorik',
      overall: 6,
      content: 5,
      delivery: 4,
      quotable: true,
      reference: true
    }),
    evaluationRow('ws-1', { id: 'e-2', contactId: 'c-2', name: 'Per Olsson', comment: 'Bra', overall: 5 })
  ])
  return db
}

describe('features/contacts', () => {
  describe('personalDataOf()', () => {
    it('gathers the contact, the workshops attended and the evaluations, in the export schema', async () => {
      const db = await withPerson()
      const data = await personalDataOf(db, 'c-1', NOW)
      expect(PersonalDataExport.safeParse(data).success).toBe(true)
      expect(data?.contact.notes).toBe('Kaffe utan mjölk')
      expect(data?.organisation).toEqual({ id: expect.any(String), name: 'Norrviks kommun' })
      expect(data?.workshopsAttended.map((w) => [w.participant.id, w.workshop?.place, w.organisationName])).toEqual([
        ['p-1', 'Stadshuset', 'Norrviks kommun']
      ])
      expect(data?.evaluations.map((e) => e.comment)).toEqual(['Mycket lärorik'])
    })

    it('is null for an unknown contact', async () => {
      expect(await personalDataOf(await withPerson(), 'nobody')).toBeNull()
    })
  })

  describe('erasePerson()', () => {
    it('removes the contact, name and comment but keeps the ratings, and leaves other people alone', async () => {
      const db = await withPerson()
      const result = await erasePerson(db, 'c-1', '2026-03-02T08:00:00.000Z')
      expect(result).toEqual({
        participants: 1,
        evaluations: 1,
        record: { kind: 'contact', contactIds: ['c-1'], participantIds: ['p-1'], evaluationIds: ['e-1'] }
      })
      expect(await db.contacts.get('c-1')).toBeUndefined()
      expect(await db.participants.get('p-1')).toMatchObject({
        name: '',
        role: '',
        contactId: null,
        workshopId: 'ws-1'
      })
      expect(await db.evaluations.get('e-1')).toMatchObject({
        name: '',
        comment: '',
        contactId: null,
        quotable: false,
        reference: false,
        overall: 6,
        content: 5,
        delivery: 4
      })
      expect(await db.contacts.get('c-2')).toBeDefined()
      expect(await db.evaluations.get('e-2')).toMatchObject({ name: 'Per Olsson', comment: 'Bra', contactId: 'c-2' })
      expect(await db.participants.get('p-2')).toMatchObject({ name: 'Per Olsson' })
      // Nothing anywhere still carries the erased name.
      const everything = JSON.stringify([
        await db.participants.toArray(),
        await db.evaluations.toArray(),
        await db.contacts.toArray()
      ])
      expect(everything).not.toContain('Annika')
    })

    it('also erases an evaluation typed in with their name but no link, at a workshop they attended', async () => {
      const db = await withPerson()
      await db.evaluations.bulkPut([
        evaluationRow('ws-1', { id: 'e-typed', contactId: null, name: 'annika  Lindqvist', comment: 'Lärorikt' }),
        evaluationRow('ws-1', { id: 'e-other', contactId: null, name: 'Per Olsson', comment: 'Bra dag' })
      ])
      expect((await personalDataOf(db, 'c-1', NOW))?.evaluations.map((e) => e.id).sort()).toEqual(['e-1', 'e-typed'])
      const result = await erasePerson(db, 'c-1', NOW)
      expect(result.record.evaluationIds.sort()).toEqual(['e-1', 'e-typed'])
      expect(await db.evaluations.get('e-typed')).toMatchObject({ name: '', comment: '' })
      expect(await db.evaluations.get('e-other')).toMatchObject({ name: 'Per Olsson', comment: 'Bra dag' })
    })

    it('changes nothing when a write fails (one transaction)', async () => {
      const db = await withPerson()
      const before = [await db.participants.toArray(), await db.evaluations.toArray(), await db.contacts.toArray()]
      db.contacts.hook('deleting', () => {
        throw new Error('disk full')
      })
      await expect(erasePerson(db, 'c-1')).rejects.toThrow()
      expect([await db.participants.toArray(), await db.evaluations.toArray(), await db.contacts.toArray()]).toEqual(
        before
      )
    })
  })
})
