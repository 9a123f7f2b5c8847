/** Engagements' writes: saving, and status moves with their history. */
import { useMemo } from 'react'
import { ENGAGEMENT_STATUSES, Engagement, type EngagementStatus } from '@shared/entities'
import type { MatbarDb } from '@renderer/db/db'
import { useDb } from '@renderer/platform/services'

/** Validates and stores an engagement; the last status-history entry must be the status. */
export async function saveEngagement(db: MatbarDb, row: Engagement): Promise<Engagement> {
  const valid = Engagement.parse(row)
  if (valid.statusHistory.at(-1)?.status !== valid.status) {
    throw new Error('The last status-history entry must equal the status')
  }
  await db.engagements.put(valid)
  return valid
}

/** A copy of the engagement in `status`, with the change appended to its history (unchanged if already there). */
export function withStatus(engagement: Engagement, status: EngagementStatus, at: string): Engagement {
  if (engagement.status === status) return engagement
  return { ...engagement, status, statusHistory: [...engagement.statusHistory, { status, at }], updatedAt: at }
}

/** Moves an engagement to another status, keeping the date of the change; resolves to the stored row. */
export async function moveEngagement(
  db: MatbarDb,
  id: string,
  status: EngagementStatus,
  at: string = new Date().toISOString()
): Promise<Engagement | null> {
  return db.transaction('rw', db.engagements, async () => {
    const current = await db.engagements.get(id)
    if (!current) return null
    const next = withStatus(current, status, at)
    if (next !== current) await db.engagements.put(Engagement.parse(next))
    return next
  })
}

/** The status before or after this one in the pipeline's order, or null at either end. */
export function neighbourStatus(status: EngagementStatus, step: -1 | 1): EngagementStatus | null {
  return ENGAGEMENT_STATUSES[ENGAGEMENT_STATUSES.indexOf(status) + step] ?? null
}

/** The engagement writes on the app's database, for components. */
export function useEngagementCommands(): {
  save: (row: Engagement) => Promise<Engagement>
  move: (id: string, status: EngagementStatus) => Promise<Engagement | null>
} {
  const db = useDb()
  return useMemo(
    () => ({
      save: (row: Engagement) => saveEngagement(db, row),
      move: (id: string, status: EngagementStatus) => moveEngagement(db, id, status)
    }),
    [db]
  )
}
