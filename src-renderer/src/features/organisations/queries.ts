/** Reading organisations: the filtered, sorted register, its tags, one organisation, and engagement counts. */
import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useMemo } from 'react'
import type { Organisation, OrganisationKind } from '@shared/entities'
import type { MatbarDb } from '@renderer/db/db'
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

export const ORGANISATION_SORT_KEYS = ['name', 'kind', 'orgNumber', 'updatedAt'] as const
export type OrganisationSortKey = (typeof ORGANISATION_SORT_KEYS)[number]

export type OrganisationFilter = {
  /** Free text: matched against name, organisation number, sector and tags, ignoring case. */
  text: string
  kind: OrganisationKind | ''
  tag: string
  sort: OrganisationSortKey
  direction: 'asc' | 'desc'
}

export const DEFAULT_ORGANISATION_FILTER: OrganisationFilter = {
  text: '',
  kind: '',
  tag: '',
  sort: 'name',
  direction: 'asc'
}

type Compare = (a: string, b: string) => number

/** The filters an index answers: kind, and the multi-entry tags. */
const byIndex = ({ kind, tag }: OrganisationFilter): IndexFilter<Organisation>[] => [
  { index: 'kind', value: kind, test: (o) => o.kind === kind },
  { index: 'tags', value: tag, test: (o) => o.tags.includes(tag) }
]

/** Free text: in the name, the organisation number (with or without its dash), the sector or a tag. */
function matchesText(o: Organisation, needle: string): boolean {
  return (
    holds(o.name, needle) ||
    (o.orgNumber ?? '').includes(needle) ||
    o.orgNumber?.replace('-', '') === needle ||
    holds(o.sector, needle) ||
    o.tags.some((tag) => holds(tag, needle))
  )
}

/**
 * The organisations matching a filter, sorted. The kind or tag filter goes through its index; free text
 * is tested inside the cursor, so only matching rows are ever materialised. Text is compared with
 * `compare` (the UI language's collation: Swedish sorts å ä ö after z); ties keep a stable ascending
 * name order, whichever way the column is sorted.
 */
export async function queryOrganisations(
  db: MatbarDb,
  filter: OrganisationFilter,
  compare: Compare
): Promise<Organisation[]> {
  const rows = await readMatching(db.organisations, byIndex(filter), filter.text, matchesText)
  return rows.sort(organisationOrder(filter, compare))
}

/** The order of a filter's sort column and direction; ties in ascending name order. */
export function organisationOrder(
  { sort: key, direction }: Pick<OrganisationFilter, 'sort' | 'direction'>,
  compare: Compare
): (a: Organisation, b: Organisation) => number {
  const byName = (a: Organisation, b: Organisation) => compare(a.name, b.name)
  const byKey = (a: Organisation, b: Organisation) => compare(String(a[key] ?? '\uffff'), String(b[key] ?? '\uffff'))
  return rowOrder(key === 'name' ? byName : byKey, direction, byName)
}

/** Every tag in use, sorted, read from the multi-entry index (no row is loaded). */
export async function organisationTags(db: MatbarDb, compare: Compare): Promise<string[]> {
  const keys = (await db.organisations.orderBy('tags').uniqueKeys()) as string[]
  return keys.sort(compare)
}

/**
 * The register as a live list: the organisations matching the filter, sorted (undefined while loading).
 * Kind and tag are read live from the database, in one read transaction that Dexie's query cache does not
 * copy (readUncopied); the order and each row's search text are worked out in slices after each read
 * (usePreparedRows), and the free text is matched in memory against the search texts, so a keystroke costs a scan
 * of strings, not a new read: a text filter inside a Dexie cursor steps the cursor row by row, which in Chromium
 * took most of each keystroke (issue 15 point 4, docs/PERFORMANCE.md).
 */
export function useOrganisations(filter: OrganisationFilter, compare: Compare): readonly Organisation[] | undefined {
  const db = useDb()
  const { language } = useLanguage()
  const { text, kind, tag, sort, direction } = filter
  const rows = useLiveQuery(
    () =>
      readUncopied(db, [db.organisations], () =>
        readMatching(db.organisations, byIndex({ ...DEFAULT_ORGANISATION_FILTER, kind, tag }), '', () => true)
      ),
    [db, kind, tag]
  )
  const order = useMemo(() => organisationOrder({ sort, direction }, compare), [sort, direction, compare])
  // Name, organisation number with and without its dash, sector and tags: what matchesText looks in.
  const haystack = useCallback(
    (o: Organisation) =>
      searchText(language, o.name, o.orgNumber ?? '', o.orgNumber?.replace('-', '') ?? '', o.sector, ...o.tags),
    [language]
  )
  return useTextMatches(usePreparedRows(rows, order, haystack), text, language)
}

/** How many organisations the register holds (undefined while loading). */
export function useOrganisationCount(): number | undefined {
  const db = useDb()
  return useLiveQuery(() => db.organisations.count(), [db])
}

/** Every tag in use, sorted with `compare` (undefined while loading). */
export function useOrganisationTags(compare: Compare): string[] | undefined {
  const db = useDb()
  return useLiveQuery(() => organisationTags(db, compare), [db, compare])
}

/** One organisation: undefined while loading, null when there is none with that id. */
export function useOrganisation(id: string): Organisation | null | undefined {
  const db = useDb()
  return useLiveQuery(async () => (await db.organisations.get(id)) ?? null, [db, id])
}

/**
 * The number of engagements of one organisation, counted on the organisationId index (undefined while loading).
 * A count per row in view, not one map of all counts: reading the index's keys for a map steps a cursor over
 * every engagement (1.1 s for 30 000 in Chromium), while 30 counts take about 15 ms (docs/PERFORMANCE.md).
 */
export function useEngagementCount(organisationId: string): number | undefined {
  const db = useDb()
  return useLiveQuery(() => db.engagements.where('organisationId').equals(organisationId).count(), [db, organisationId])
}
