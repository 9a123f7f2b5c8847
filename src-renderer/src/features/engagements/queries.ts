/** Engagements' reads: the filtered list, the pipeline, one engagement, and the client names they show. */
import { useLiveQuery } from 'dexie-react-hooks'
import {
  ENGAGEMENT_STATUSES,
  type Engagement,
  type EngagementKind,
  type EngagementStatus,
  type Organisation
} from '@shared/entities'
import type { MatbarDb } from '@renderer/db/db'
import { useDb } from '@renderer/platform/services'

type Compare = (a: string, b: string) => number

/** Every organisation's name by id, read from the name index only (cheap even for 10 000 clients). */
export async function organisationNames(db: MatbarDb): Promise<Map<string, string>> {
  const [names, ids] = await Promise.all([
    db.organisations.orderBy('name').keys(),
    db.organisations.orderBy('name').primaryKeys()
  ])
  return new Map(ids.map((id, i) => [String(id), String(names[i])]))
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
  compare: Compare
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
  const rows = await (
    needsPredicate
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

/** Every client's name by id, live; undefined while loading. */
export function useOrganisationNames(): Map<string, string> | undefined {
  const db = useDb()
  return useLiveQuery(() => organisationNames(db), [db])
}

/** The clients to choose from, sorted by name; [] when `enabled` is false (no read at all). */
export function useClientChoices(enabled: boolean, compare: Compare): [string, string][] | undefined {
  const db = useDb()
  return useLiveQuery(
    async () => (enabled ? [...(await organisationNames(db))].sort((a, b) => compare(a[1], b[1])) : []),
    [db, enabled, compare]
  )
}

/** How many engagements there are, live. */
export function useEngagementTotal(): number | undefined {
  const db = useDb()
  return useLiveQuery(() => db.engagements.count(), [db])
}

/** The engagements matching a filter, live; undefined until the client names (`orgNames`) are there. */
export function useEngagements(
  filter: EngagementFilter,
  orgNames: Map<string, string> | undefined,
  compare: Compare
): Engagement[] | undefined {
  const db = useDb()
  const { text, status, kind, sort, direction } = filter
  return useLiveQuery(
    async () =>
      orgNames ? queryEngagements(db, { text, status, kind, sort, direction }, orgNames, compare) : undefined,
    [db, orgNames, text, status, kind, sort, direction, compare]
  )
}

/** The pipeline's columns, live, with at most `limit` cards each. */
export function usePipeline(limit: number): PipelineColumn[] | undefined {
  const db = useDb()
  return useLiveQuery(() => pipeline(db, limit), [db, limit])
}

/** One engagement with its client; undefined while loading, null when there is no such engagement. */
export function useEngagement(
  id: string
): { engagement: Engagement; organisation: Organisation | null } | null | undefined {
  const db = useDb()
  return useLiveQuery(async () => {
    const engagement = await db.engagements.get(id)
    if (!engagement) return null
    return { engagement, organisation: (await db.organisations.get(engagement.organisationId)) ?? null }
  }, [db, id])
}

/** The engagements of one organisation, most recently changed first. */
export function useOrganisationEngagements(organisationId: string): Engagement[] | undefined {
  const db = useDb()
  return useLiveQuery(
    async () =>
      (await db.engagements.where('organisationId').equals(organisationId).toArray()).sort((a, b) =>
        b.updatedAt.localeCompare(a.updatedAt)
      ),
    [db, organisationId]
  )
}
