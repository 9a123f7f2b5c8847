/** The rows of the Områden list, built from what useAllAreas reads, in slices (lib/list-query Slicer). */
import type { Area, OrganisationKind } from '@shared/entities'
import { followUp, measurementsByArea, type FollowUpStatus } from '@shared/follow-up'
import { rankPortfolio } from '@shared/prioritisation-data'
import { searchText, type Slicer } from '@renderer/lib/list-query'
import type { useAllAreas } from './queries'

/** What useAllAreas reads (loaded). */
export type AreaData = NonNullable<ReturnType<typeof useAllAreas>>

/** One line of the Områden list. */
export type AreaRow = {
  area: Area
  client: string
  kind: OrganisationKind | null
  score: number | null
  rank: number | null
  rankedCount: number
  followUp: FollowUpStatus
  /** Title, client and indicator in lower case, for the search. */
  haystack: string
  /** The row's place among all rows by title, then client (the language's collation), set once they are sorted. */
  nameOrder: number
}

/** Rows by title, then client: by their place in name order (nameOrder). */
export const byName = (a: AreaRow, b: AreaRow): number => a.nameOrder - b.nameOrder

type Ranked = ReturnType<typeof rankPortfolio>

/**
 * rankPortfolio engagement by engagement, pausing between them when the slice is due: each engagement ranks its own
 * areas with its own criteria, so ranking them apart gives the same result as ranking the portfolio at once (30 000
 * engagements' rankings were half a second in one task at the stress size).
 */
async function rankSliced(data: AreaData, slicer: Slicer): Promise<Ranked> {
  const groups = new Map<string, { areas: Area[]; criteria: AreaData['criteria']; scores: AreaData['scores'] }>()
  const group = (engagementId: string) => {
    let g = groups.get(engagementId)
    if (!g) groups.set(engagementId, (g = { areas: [], criteria: [], scores: [] }))
    return g
  }
  const engagementOfArea = new Map<string, string>()
  for (const a of data.areas) {
    group(a.engagementId).areas.push(a)
    engagementOfArea.set(a.id, a.engagementId)
  }
  for (const c of data.criteria) groups.get(c.engagementId)?.criteria.push(c)
  for (const s of data.scores) {
    const engagementId = engagementOfArea.get(s.areaId)
    if (engagementId !== undefined) group(engagementId).scores.push(s)
  }
  const result: Ranked = new Map()
  for (const g of groups.values()) {
    for (const [id, ranked] of rankPortfolio(g.areas, g.criteria, g.scores)) result.set(id, ranked)
    if (slicer.due()) await slicer.pause()
  }
  return result
}

/** Every area as a list row: its client, ranking within its engagement, follow-up as of `today` and search text. */
export async function areaRows(
  data: AreaData,
  today: string,
  language: string,
  unknownClient: string,
  slicer: Slicer
): Promise<AreaRow[]> {
  const orgById = new Map(data.organisations.map((o) => [o.id, o]))
  const orgOfEngagement = new Map(data.engagements.map((e) => [e.id, orgById.get(e.organisationId)]))
  if (slicer.due()) await slicer.pause()
  const scored = await rankSliced(data, slicer)
  const measurementsOf = measurementsByArea(data.measurements)
  const rows: AreaRow[] = []
  for (const area of data.areas) {
    const org = orgOfEngagement.get(area.engagementId)
    const s = scored.get(area.id)
    const client = org?.name ?? unknownClient
    rows.push({
      area,
      client,
      kind: org?.kind ?? null,
      score: s?.ranked.score ?? null,
      rank: s?.ranked.rank ?? null,
      rankedCount: s?.count ?? 0,
      followUp: followUp(area.indicator, measurementsOf.get(area.id) ?? [], today, area.annualEffectSek).status,
      haystack: searchText(language, area.title, client, area.indicator?.name ?? ''),
      nameOrder: 0
    })
    if (slicer.due()) await slicer.pause()
  }
  return rows
}
