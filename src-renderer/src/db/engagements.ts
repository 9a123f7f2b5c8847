/** Engagements: saving, status moves with their history, the filtered list and the pipeline. */
import {
  ENGAGEMENT_STATUSES,
  Engagement,
  type EngagementKind,
  type EngagementStatus
} from '@shared/entities'
import type { MatbarDb } from './db'

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

export const ENGAGEMENT_SORT_KEYS = ['title', 'client', 'status', 'valueSek', 'expectedStart', 'updatedAt'] as const
export type EngagementSortKey = (typeof ENGAGEMENT_SORT_KEYS)[number]

export type EngagementFilter = {
  /** Free text: matched against the title and the client's name, ignoring case. */
  text: string
  status: EngagementStatus | ''
  kind: EngagementKind | ''
  sort: EngagementSortKey
  direction: 'asc' | 'desc'
}

export const DEFAULT_ENGAGEMENT_FILTER: EngagementFilter = {
  text: '',
  status: '',
  kind: '',
  sort: 'updatedAt',
  direction: 'desc'
}

/**
 * The engagements matching a filter, sorted. Status or kind goes through its index; text is tested
 * inside the cursor against the title and the client name (from `orgNames`, read off the name index).
 */
export async function queryEngagements(
  db: MatbarDb,
  filter: EngagementFilter,
  orgNames: Map<string, string>,
  compare: (a: string, b: string) => number
): Promise<Engagement[]> {
  const { status, kind } = filter
  const collection = status
    ? db.engagements.where('status').equals(status)
    : kind
      ? db.engagements.where('kind').equals(kind)
      : db.engagements.toCollection()
  const needle = filter.text.trim().toLocaleLowerCase('sv')
  // Only add a JS predicate when one is needed: it turns Dexie's bulk index read into a row-by-row cursor.
  const needsPredicate = needle !== '' || Boolean(status && kind)
  const rows = await (needsPredicate
    ? collection.filter(
        (e) =>
          (!status || !kind || e.kind === kind) &&
          (needle === '' ||
            e.title.toLocaleLowerCase('sv').includes(needle) ||
            (orgNames.get(e.organisationId) ?? '').toLocaleLowerCase('sv').includes(needle))
      )
    : collection
  ).toArray()
  const sign = filter.direction === 'asc' ? 1 : -1
  const order = (s: EngagementStatus) => ENGAGEMENT_STATUSES.indexOf(s)
  rows.sort((a, b) => {
    let primary: number
    switch (filter.sort) {
      case 'title':
        primary = compare(a.title, b.title)
        break
      case 'client':
        primary = compare(orgNames.get(a.organisationId) ?? '', orgNames.get(b.organisationId) ?? '')
        break
      case 'status':
        primary = order(a.status) - order(b.status)
        break
      case 'valueSek':
        primary = (a.valueSek ?? -1) - (b.valueSek ?? -1)
        break
      case 'expectedStart':
        primary = (a.expectedStart ?? '9999').localeCompare(b.expectedStart ?? '9999')
        break
      case 'updatedAt':
        primary = a.updatedAt.localeCompare(b.updatedAt)
        break
    }
    // Ties keep a stable ascending title order, whichever way the column is sorted.
    return primary !== 0 ? sign * primary : compare(a.title, b.title)
  })
  return rows
}

export type PipelineColumn = {
  status: EngagementStatus
  count: number
  /** Sum of the values given, in SEK excl. VAT; engagements without a value count as 0. */
  totalSek: number
  /** The most recently changed engagements of the column, at most `limit`. */
  cards: Engagement[]
}

/** One column per status with count, summed value and the latest cards, each through the status index. */
export async function pipeline(db: MatbarDb, limit = 100): Promise<PipelineColumn[]> {
  return Promise.all(
    ENGAGEMENT_STATUSES.map(async (status) => {
      const rows = await db.engagements.where('status').equals(status).toArray()
      const totalSek = rows.reduce((sum, e) => sum + (e.valueSek ?? 0), 0)
      rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      return { status, count: rows.length, totalSek, cards: rows.slice(0, limit) }
    })
  )
}
