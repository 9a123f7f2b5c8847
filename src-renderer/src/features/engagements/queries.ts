/** Engagements' reads: the filtered list, the pipeline, one engagement, and the client names they show. */
import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useMemo } from 'react'
import {
  ENGAGEMENT_STATUSES,
  type Engagement,
  type EngagementKind,
  type EngagementStatus,
  type Organisation
} from '@shared/entities'
import type { MatbarDb } from '@renderer/db/db'
import { organisationNameById } from '@renderer/db/names'
import { useDb } from '@renderer/platform/services'
import { useLanguage } from '@renderer/platform/use-language'
import {
  holds,
  readMatching,
  readUncopied,
  rowOrder,
  searchText,
  usePreparedRows,
  useTextMatches,
  type IndexFilter
} from '@renderer/lib/list-query'

type Compare = (a: string, b: string) => number

/**
 * Every organisation's name by id: the rows read whole in pages (db/names), uncopied by Dexie's query cache. Read
 * from the name index's keys it was a key cursor stepped once per organisation, an IndexedDB round trip each
 * (10 000 at the stress size), while the Uppdrag list waited for it before its first row (docs/PERFORMANCE.md,
 * session 9).
 */
export async function organisationNames(db: MatbarDb): Promise<Map<string, string>> {
  return readUncopied(db, [db.organisations], () => organisationNameById(db))
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

/** The filters an index answers: status and kind. */
const byIndex = ({ status, kind }: EngagementFilter): IndexFilter<Engagement>[] => [
  { index: 'status', value: status, test: (e) => e.status === status },
  { index: 'kind', value: kind, test: (e) => e.kind === kind }
]

/** Free text (lower-cased): in the title or the client's name. */
function matchesText(e: Engagement, needle: string, orgNames: Map<string, string>): boolean {
  return holds(e.title, needle) || holds(orgNames.get(e.organisationId) ?? '', needle)
}

/**
 * The engagements matching a filter, sorted. Status or kind goes through its index; text is tested
 * inside the cursor against the title and the client name (from `orgNames`, read off the name index).
 * Ties keep a stable ascending title order, whichever way the column is sorted.
 */
export async function queryEngagements(
  db: MatbarDb,
  filter: EngagementFilter,
  orgNames: Map<string, string>,
  compare: Compare
): Promise<Engagement[]> {
  const rows = await readMatching(db.engagements, byIndex(filter), filter.text, (e, needle) =>
    matchesText(e, needle, orgNames)
  )
  return rows.sort(engagementOrder(filter, orgNames, compare))
}

/** ISO dates and times: their code units' order is their order in time (localeCompare was 100 ms of 30 000 rows' sort). */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** The order of a filter's sort column and direction; ties in ascending title order. */
export function engagementOrder(
  { sort, direction }: Pick<EngagementFilter, 'sort' | 'direction'>,
  orgNames: Map<string, string>,
  compare: Compare
): (a: Engagement, b: Engagement) => number {
  const client = (e: Engagement) => orgNames.get(e.organisationId) ?? ''
  const order = (s: EngagementStatus) => ENGAGEMENT_STATUSES.indexOf(s)
  const byTitle = (a: Engagement, b: Engagement) => compare(a.title, b.title)
  const primary: Record<EngagementSortKey, (a: Engagement, b: Engagement) => number> = {
    title: byTitle,
    client: (a, b) => compare(client(a), client(b)),
    status: (a, b) => order(a.status) - order(b.status),
    valueSek: (a, b) => (a.valueSek ?? -1) - (b.valueSek ?? -1),
    expectedStart: (a, b) => byCodeUnits(a.expectedStart ?? '9999', b.expectedStart ?? '9999'),
    updatedAt: (a, b) => byCodeUnits(a.updatedAt, b.updatedAt)
  }
  return rowOrder(primary[sort], direction, byTitle)
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

/**
 * The engagements matching a filter, live; undefined until the client names (`orgNames`) are there. Status and kind
 * are read live through their index, uncopied by Dexie's cache; the order and each row's search text (title and
 * client name) are worked out in slices after each read (usePreparedRows), and the free text is matched in memory.
 */
export function useEngagements(
  filter: EngagementFilter,
  orgNames: Map<string, string> | undefined,
  compare: Compare
): readonly Engagement[] | undefined {
  const db = useDb()
  const { language } = useLanguage()
  const { text, status, kind, sort, direction } = filter
  const rows = useLiveQuery(
    () =>
      readUncopied(db, [db.engagements], () =>
        readMatching(db.engagements, byIndex({ ...DEFAULT_ENGAGEMENT_FILTER, status, kind }), '', () => true)
      ),
    [db, status, kind]
  )
  const order = useMemo(
    () => (orgNames ? engagementOrder({ sort, direction }, orgNames, compare) : null),
    [orgNames, sort, direction, compare]
  )
  const haystack = useCallback(
    (e: Engagement) => searchText(language, e.title, orgNames?.get(e.organisationId) ?? ''),
    [language, orgNames]
  )
  const prepared = usePreparedRows(orgNames ? rows : undefined, order, haystack)
  return useTextMatches(prepared, text, language)
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

/** One client's name, live; undefined while loading or when there is no such client. */
export function useClientName(organisationId: string): string | undefined {
  const db = useDb()
  return useLiveQuery(
    async () => (organisationId === '' ? undefined : (await db.organisations.get(organisationId))?.name),
    [db, organisationId]
  )
}
