import { describe, expect, it, vi } from 'vitest'
import {
  DEFAULT_ENGAGEMENT_FILTER,
  organisationNames,
  pipeline,
  queryEngagements
} from '@renderer/features/engagements/queries'
import { textCompare } from '@renderer/lib/collate'
import { freshDb } from '../helpers/db'
import { engagementRow, organisationRow } from '../helpers/rows'

const T0 = '2026-01-01T09:00:00.000Z'

describe('features/engagements/queries', () => {
  describe('organisationNames()', () => {
    it('gives every organisation name by id', async () => {
      const db = freshDb()
      const a = organisationRow({ name: 'Östra kommun' })
      const b = organisationRow({ name: 'Alby region' })
      await db.organisations.bulkPut([a, b])
      const byId = await organisationNames(db)
      expect(byId.get(a.id)).toBe('Östra kommun')
      expect(byId.get(b.id)).toBe('Alby region')
      expect(byId.size).toBe(2)
    })

    it('reads the rows, without stepping a cursor once per organisation', async () => {
      const db = freshDb()
      await db.organisations.bulkPut(Array.from({ length: 30 }, (_, i) => organisationRow({ name: `Kommun ${i}` })))
      const steps = vi.spyOn(IDBCursor.prototype, 'continue')
      try {
        const byId = await organisationNames(db)
        expect(byId.size).toBe(30)
        expect(steps).not.toHaveBeenCalled()
      } finally {
        steps.mockRestore()
      }
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
        ['active', 0, 0],
        ['completed', 0, 0],
        ['lost', 0, 0]
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
        engagementRow(a.id, {
          title: 'Energiworkshop',
          kind: 'workshop',
          status: 'lead',
          statusHistory: [{ status: 'lead', at: T0 }]
        }),
        engagementRow(b.id, {
          title: 'Utbildning LOU',
          kind: 'training',
          status: 'lead',
          statusHistory: [{ status: 'lead', at: T0 }]
        }),
        engagementRow(b.id, {
          title: 'Vårdworkshop',
          kind: 'workshop',
          status: 'won',
          statusHistory: [{ status: 'won', at: T0 }]
        })
      ])
      const names = new Map([
        [a.id, a.name],
        [b.id, b.name]
      ])
      const q = (f: Partial<typeof DEFAULT_ENGAGEMENT_FILTER>) =>
        queryEngagements(
          db,
          { ...DEFAULT_ENGAGEMENT_FILTER, sort: 'title', direction: 'asc', ...f },
          names,
          textCompare('sv')
        ).then((rows) => rows.map((r) => r.title))
      expect(await q({ status: 'lead' })).toEqual(['Energiworkshop', 'Utbildning LOU'])
      expect(await q({ kind: 'workshop' })).toEqual(['Energiworkshop', 'Vårdworkshop'])
      expect(await q({ status: 'lead', kind: 'workshop' })).toEqual(['Energiworkshop'])
      expect(await q({ text: 'väst' })).toEqual(['Utbildning LOU', 'Vårdworkshop'])
      expect(await q({ text: 'ENERGI' })).toEqual(['Energiworkshop'])
      expect(await q({ sort: 'client', direction: 'desc' })).toEqual([
        'Utbildning LOU',
        'Vårdworkshop',
        'Energiworkshop'
      ])
    })
  })
})
