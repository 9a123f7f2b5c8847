import { describe, expect, it } from 'vitest'
import { moveEngagement, neighbourStatus } from '@renderer/features/engagements/commands'
import { freshDb } from '../helpers/db'
import { engagementRow } from '../helpers/rows'

const T0 = '2026-01-01T09:00:00.000Z'
const T1 = '2026-02-03T10:30:00.000Z'

describe('features/engagements/commands', () => {
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
      // Förlorat comes last, after Avslutat: off the main path, not between Vunnet and Pågående.
      expect(neighbourStatus('won', 1)).toBe('active')
      expect(neighbourStatus('lost', 1)).toBeNull()
    })
  })
})
