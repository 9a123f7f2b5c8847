import { describe, expect, it } from 'vitest'
import type { Participant, Workshop } from '@shared/entities'
import type { ErasureLogEntry } from '@shared/ipc/erasure'
import { PersonalDataExport } from '@shared/personal-data'
import type { MatbarDb } from '@renderer/db/db'
import { exportPortfolio, importPortfolioText } from '@renderer/db/export-import'
import {
  applyErasureLog,
  eraseAndSearch,
  eraseNameOnlyPerson,
  erasePerson,
  reapplyErasures
} from '@renderer/features/contacts/commands'
import { nameOnlyPersonalDataOf, nameOnlyRowsOf } from '@renderer/features/contacts/queries'
import { createApi } from '@renderer/platform/api'
import { freshDb } from '../helpers/db'
import { engagementRow, evaluationRow, organisationRow } from '../helpers/rows'

const NOW = '2026-03-01T10:00:00.000Z'
const base = { createdAt: NOW, updatedAt: NOW }

function workshop(id: string, engagementId: string): Workshop {
  return {
    ...base,
    id,
    engagementId,
    title: `Workshop ${id}`,
    startsAt: '2026-02-12T09:00',
    place: 'Stadshuset',
    digital: false,
    questionId: null,
    startingQuestion: '',
    purpose: '',
    agenda: [],
    participantCount: 12,
    notes: ''
  }
}

function participant(id: string, workshopId: string, name: string, contactId: string | null = null): Participant {
  return { ...base, id, workshopId, contactId, name, role: 'Upphandlare' }
}

/**
 * Norrvik has two workshops where "Maria Öberg" was recorded by name only (once as "maria  öberg"),
 * a contact, and another name-only participant; another client has its own Maria Öberg.
 */
async function portfolio(): Promise<MatbarDb> {
  const db = freshDb()
  const norrvik = organisationRow({ id: 'org-n', name: 'Norrviks kommun' })
  const other = organisationRow({ id: 'org-o', name: 'Söderby kommun' })
  await db.organisations.bulkPut([norrvik, other])
  await db.engagements.bulkPut([engagementRow('org-n', { id: 'eng-n' }), engagementRow('org-o', { id: 'eng-o' })])
  await db.workshops.bulkPut([workshop('ws-1', 'eng-n'), workshop('ws-2', 'eng-n'), workshop('ws-3', 'eng-o')])
  await db.contacts.put({
    ...base,
    id: 'c-1',
    organisationId: 'org-n',
    name: 'Annika Lindqvist',
    role: '',
    email: '',
    phone: '',
    notes: ''
  })
  await db.participants.bulkPut([
    participant('p-maria-1', 'ws-1', 'Maria Öberg'),
    participant('p-maria-2', 'ws-2', 'maria  öberg'),
    participant('p-jonas', 'ws-1', 'Jonas Håkansson'),
    participant('p-annika', 'ws-1', 'Annika Lindqvist', 'c-1'),
    participant('p-maria-other', 'ws-3', 'Maria Öberg')
  ])
  await db.evaluations.bulkPut([
    evaluationRow('ws-1', {
      id: 'e-maria',
      name: 'Maria Öberg',
      contactId: null,
      comment: 'Äntligen pratar vi om lärarnas tid med siffror',
      overall: 6,
      quotable: true,
      reference: true
    }),
    evaluationRow('ws-1', { id: 'e-jonas', name: 'Jonas Håkansson', contactId: null, comment: 'Bra', overall: 5 }),
    evaluationRow('ws-1', { id: 'e-anon', name: '', contactId: null, comment: 'Mycket lärorik', overall: 4 }),
    evaluationRow('ws-3', { id: 'e-maria-other', name: 'Maria Öberg', contactId: null, comment: 'Söderby', overall: 3 })
  ])
  return db
}

/** A main process that keeps the erasure log in memory and finds nothing on disk. */
function fakeMain(log: ErasureLogEntry[] = []) {
  const calls: { channel: string; input: unknown }[] = []
  const api = createApi(async (channel, input) => {
    calls.push({ channel, input })
    if (channel === 'erasure:log') return { ok: true, value: { entries: log } }
    if (channel === 'erasure:record') {
      log.push({ ...(input as { record: Omit<ErasureLogEntry, 'at'> }).record, at: NOW })
      return { ok: true, value: { entries: log.length } }
    }
    if (channel === 'erasure:search')
      return { ok: true, value: { documents: [], backups: [], lockedBackups: 0, unreadable: 0 } }
    return { ok: false, error: { code: 'unknown-channel', message: channel } }
  })
  return { api, calls, log }
}

describe('features/contacts (people recorded by name only)', () => {
  describe('nameOnlyRowsOf()', () => {
    it("gathers the same name's rows at the client's workshops, not a contact's, not another client's", async () => {
      const db = await portfolio()
      const rows = await nameOnlyRowsOf(db, 'p-maria-2')
      expect(rows?.organisationId).toBe('org-n')
      expect(rows?.participants.map((p) => p.id).sort()).toEqual(['p-maria-1', 'p-maria-2'])
      expect(rows?.evaluations.map((e) => e.id)).toEqual(['e-maria'])
      expect(await nameOnlyRowsOf(db, 'p-annika')).toBeNull()
      expect(await nameOnlyRowsOf(db, 'nobody')).toBeNull()
    })
  })

  describe('nameOnlyPersonalDataOf()', () => {
    it('is the export a contact gets, with contact null, valid against the export schema', async () => {
      const db = await portfolio()
      const data = await nameOnlyPersonalDataOf(db, 'p-maria-1', NOW)
      expect(PersonalDataExport.parse(data)).toEqual(data)
      expect(data?.contact).toBeNull()
      expect(data?.organisation).toEqual({ id: 'org-n', name: 'Norrviks kommun' })
      expect(data?.workshopsAttended.map((w) => [w.participant.id, w.workshop?.title, w.organisationName])).toEqual([
        ['p-maria-1', 'Workshop ws-1', 'Norrviks kommun'],
        ['p-maria-2', 'Workshop ws-2', 'Norrviks kommun']
      ])
      expect(data?.evaluations.map((e) => e.comment)).toEqual(['Äntligen pratar vi om lärarnas tid med siffror'])
    })
  })

  describe('eraseNameOnlyPerson()', () => {
    it('deletes their participant rows and the name and comment of their evaluations; the rest is intact', async () => {
      const db = await portfolio()
      const result = await eraseNameOnlyPerson(db, 'p-maria-1', NOW)
      expect(result).toEqual({
        participants: 2,
        evaluations: 1,
        record: {
          kind: 'participant',
          contactIds: [],
          participantIds: ['p-maria-1', 'p-maria-2'],
          evaluationIds: ['e-maria']
        }
      })
      expect((await db.participants.toArray()).map((p) => p.id).sort()).toEqual([
        'p-annika',
        'p-jonas',
        'p-maria-other'
      ])
      expect(await db.evaluations.get('e-maria')).toMatchObject({
        name: '',
        comment: '',
        quotable: false,
        reference: false,
        overall: 6
      })
      expect(await db.evaluations.get('e-jonas')).toMatchObject({ name: 'Jonas Håkansson', comment: 'Bra' })
      expect(await db.evaluations.get('e-anon')).toMatchObject({ comment: 'Mycket lärorik' })
      expect(await db.evaluations.get('e-maria-other')).toMatchObject({ name: 'Maria Öberg', comment: 'Söderby' })
    })

    it('changes nothing when a write in its transaction fails', async () => {
      const db = await portfolio()
      const before = await exportPortfolio(db, 't', new Date(NOW))
      db.evaluations.hook('updating', () => {
        throw new Error('disk full')
      })
      await expect(eraseNameOnlyPerson(db, 'p-maria-1', NOW)).rejects.toThrow()
      expect((await exportPortfolio(db, 't', new Date(NOW))).text).toBe(before.text)
    })
  })

  describe('eraseAndSearch()', () => {
    it("records the erased ids (no name) in main's log, then searches with the names, comments and ids", async () => {
      const db = await portfolio()
      const { api, calls } = fakeMain()
      const data = (await nameOnlyPersonalDataOf(db, 'p-maria-1'))!
      const outcome = await eraseAndSearch(db, api, { kind: 'participant', id: 'p-maria-1' }, data)
      expect(outcome).toMatchObject({ participants: 2, evaluations: 1, logProblem: null, searchProblem: null })
      expect(calls.map((c) => c.channel)).toEqual(['erasure:record', 'erasure:search'])
      expect(JSON.stringify(calls[0]!.input)).not.toMatch(/Öberg/)
      expect(calls[1]!.input).toEqual({
        names: ['Maria Öberg', 'maria  öberg'],
        phrases: ['Äntligen pratar vi om lärarnas tid med siffror'],
        ids: ['p-maria-1', 'p-maria-2', 'e-maria']
      })
    })
  })

  describe('applyErasureLog() after a restore', () => {
    it('erases again the people a restored older portfolio brings back, name-only and contact alike', async () => {
      const db = await portfolio()
      const older = (await exportPortfolio(db, 't', new Date(NOW))).text
      const { api, log } = fakeMain()
      await eraseAndSearch(
        db,
        api,
        { kind: 'participant', id: 'p-maria-1' },
        (await nameOnlyPersonalDataOf(db, 'p-maria-1'))!
      )
      const contact = await erasePerson(db, 'c-1', NOW)
      log.push({ ...contact.record, at: NOW })

      // The restore of the backup taken before the erasures: everyone is back...
      const restored = await importPortfolioText(db, older, 'replace')
      expect(restored.ok).toBe(true)
      expect(await db.participants.get('p-maria-1')).toBeDefined()
      // ...until the import flow applies the log again.
      expect(await reapplyErasures(db, api)).toBeGreaterThan(0)
      expect(await db.participants.get('p-maria-1')).toBeUndefined()
      expect(await db.participants.get('p-maria-2')).toBeUndefined()
      expect(await db.contacts.get('c-1')).toBeUndefined()
      expect(await db.participants.get('p-annika')).toMatchObject({ name: '', contactId: null })
      expect(await db.evaluations.get('e-maria')).toMatchObject({ name: '', comment: '', overall: 6 })
      expect(await db.participants.get('p-jonas')).toMatchObject({ name: 'Jonas Håkansson' })
      expect(await db.participants.get('p-maria-other')).toMatchObject({ name: 'Maria Öberg' })
      // Applying it once more changes nothing.
      expect(await applyErasureLog(db, log)).toBe(0)
    })

    it('erases rows linked to an erased contact that the log does not list by id', async () => {
      const db = await portfolio()
      await db.participants.put(participant('p-annika-later', 'ws-2', 'Annika Lindqvist', 'c-1'))
      const entry: ErasureLogEntry = {
        kind: 'contact',
        contactIds: ['c-1'],
        participantIds: [],
        evaluationIds: [],
        at: NOW
      }
      await applyErasureLog(db, [entry])
      expect(await db.participants.get('p-annika-later')).toMatchObject({ name: '', role: '', contactId: null })
    })
  })
})
