import { describe, expect, it } from 'vitest'
import {
  DEFAULT_ENGAGEMENT_FILTER,
  moveEngagement,
  neighbourStatus,
  pipeline,
  queryEngagements
} from '@renderer/db/engagements'
import { textCompare } from '@renderer/lib/collate'
import { freshDb } from '../helpers/db'
import { engagementRow, organisationRow } from '../helpers/rows'

const T0 = '2026-01-01T09:00:00.000Z'
const T1 = '2026-02-03T10:30:00.000Z'

describe('db/engagements', () => {
  describe('moveEngagement()', () => {
    it('changes the status and appends the change with its date to the history', async () => {
      const db = freshDb()
      const e = engagementRow('org-1', { status: 'lead', statusHistory: [{ status: 'lead', at: T0 }] })
      await db.engagements.put(e)
      await moveEngagement(db, e.id, 'proposal-sent', T1)
      const stored = await db.engagements.get(e.id)
      expect(stored?.status).toBe('proposal-sent')
      expect(stored?.statusHistory).toEqual([
        { status: 'lead', at: T0 },
        { status: 'proposal-sent', at: T1 }
      ])
      expect(stored?.updatedAt).toBe(T1)
    })

    it('adds no history entry when the status is unchanged', async () => {
      const db = freshDb()
      const e = engagementRow('org-1', { status: 'lead', statusHistory: [{ status: 'lead', at: T0 }] })
      await db.engagements.put(e)
      await moveEngagement(db, e.id, 'lead', T1)
      expect(await db.engagements.get(e.id)).toEqual(e)
    })
  })

  describe('neighbourStatus()', () => {
    it('steps through the pipeline order and stops at the ends', () => {
      expect(neighbourStatus('lead', 1)).toBe('proposal-sent')
      expect(neighbourStatus('proposal-sent', -1)).toBe('lead')
      expect(neighbourStatus('lead', -1)).toBeNull()
      expect(neighbourStatus('completed', 1)).toBeNull()
    })
  })

  describe('pipeline()', () => {
    it('gives every status a column with its count and summed value, missing values as 0', async () => {
      const db = freshDb()
      await db.engagements.bulkPut([
        engagementRow('o', { status: 'lead', statusHistory: [{ status: 'lead', at: T0 }], valueSek: 45_000 }),
        engagementRow('o', { status: 'lead', statusHistory: [{ status: 'lead', at: T0 }], valueSek: 12_500 }),
        engagementRow('o', { status: 'lead', statusHistory: [{ status: 'lead', at: T0 }], valueSek: null }),
        engagementRow('o', { status: 'won', statusHistory: [{ status: 'won', at: T0 }], valueSek: 90_000 })
      ])
      const columns = await pipeline(db)
      expect(columns.map((c) => [c.status, c.count, c.totalSek])).toEqual([
        ['lead', 3, 57_500],
        ['proposal-sent', 0, 0],
        ['won', 1, 90_000],
        ['lost', 0, 0],
        ['active', 0, 0],
        ['completed', 0, 0]
      ])
    })
  })

  describe('queryEngagements()', () => {
    it('filters by status and kind and finds text in the title or the client name', async () => {
      const db = freshDb()
      const a = organisationRow({ name: 'Norrviks kommun' })
      const b = organisationRow({ name: 'Region Väst' })
      await db.organisations.bulkPut([a, b])
      await db.engagements.bulkPut([
        engagementRow(a.id, { title: 'Energiworkshop', kind: 'workshop', status: 'lead', statusHistory: [{ status: 'lead', at: T0 }] }),
        engagementRow(b.id, { title: 'Utbildning LOU', kind: 'training', status: 'lead', statusHistory: [{ status: 'lead', at: T0 }] }),
        engagementRow(b.id, { title: 'Vårdworkshop', kind: 'workshop', status: 'won', statusHistory: [{ status: 'won', at: T0 }] })
      ])
      const names = new Map([
        [a.id, a.name],
        [b.id, b.name]
      ])
      const q = (f: Partial<typeof DEFAULT_ENGAGEMENT_FILTER>) =>
        queryEngagements(db, { ...DEFAULT_ENGAGEMENT_FILTER, sort: 'title', direction: 'asc', ...f }, names, textCompare('sv')).then((rows) =>
          rows.map((r) => r.title)
        )
      expect(await q({ status: 'lead' })).toEqual(['Energiworkshop', 'Utbildning LOU'])
      expect(await q({ kind: 'workshop' })).toEqual(['Energiworkshop', 'Vårdworkshop'])
      expect(await q({ status: 'lead', kind: 'workshop' })).toEqual(['Energiworkshop'])
      expect(await q({ text: 'väst' })).toEqual(['Utbildning LOU', 'Vårdworkshop'])
      expect(await q({ text: 'ENERGI' })).toEqual(['Energiworkshop'])
      expect(await q({ sort: 'client', direction: 'desc' })).toEqual(['Utbildning LOU', 'Vårdworkshop', 'Energiworkshop'])
    })
  })
})
