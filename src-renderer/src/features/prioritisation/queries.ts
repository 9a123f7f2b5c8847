/**
 * Reads one engagement's prioritisation from the database and computes the ranking and the sensitivity from it.
 * Four live queries rather than one: a weight saved re-reads the engagement's criteria (a few rows), not its areas
 * and 1 200 scores, and each answer keeps the rows that did not change (stable.ts), so what is drawn stays drawn.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import type { Area, Criterion as CriterionRow, Engagement, Organisation } from '@shared/entities'
import { rankAreas, topSensitivity, type RankedArea, type ScoreTable, type Sensitivity } from '@shared/prioritisation'
import { buildScoreTable, sortCriteria, toMathCriteria } from '@shared/prioritisation-data'
import { errorMessage } from '@renderer/lib/errors'
import { useDb } from '@renderer/platform/services'
import { keepRows, sameRow, useKept } from './stable'

/** The stored rows of a prioritisation: the areas sorted by title, the criteria in their order, the score table. */
export type PrioritisationRows = {
  engagement: Engagement
  organisation: Organisation | undefined
  areas: readonly Area[]
  criteria: readonly CriterionRow[]
  table: ScoreTable
}

/** What the maths makes of the criteria and the score table. */
export type RankingResult = {
  ranking: RankedArea[]
  sensitivity: Sensitivity
  /** Set when the maths refused the input (a RangeError names the bad value). */
  error: string | null
}

export type PrioritisationData = PrioritisationRows & RankingResult

/** What the scoring grid and the value/effort matrix draw: the areas, the criteria, their scores and the ranking. */
export type ScoredAreas = Pick<PrioritisationData, 'areas' | 'criteria' | 'table' | 'ranking'>

/** undefined while loading, null when the engagement does not exist. */
export function usePrioritisationRows(
  engagementId: string,
  compare: (a: string, b: string) => number
): PrioritisationRows | null | undefined {
  const db = useDb()
  const head = useLiveQuery(async () => {
    const engagement = await db.engagements.get(engagementId)
    if (!engagement) return null
    return { engagement, organisation: await db.organisations.get(engagement.organisationId) }
  }, [db, engagementId])
  const rawAreas = useLiveQuery(() => db.areas.where('engagementId').equals(engagementId).toArray(), [db, engagementId])
  const rawCriteria = useLiveQuery(
    () => db.criteria.where('engagementId').equals(engagementId).toArray(),
    [db, engagementId]
  )
  // The scores of the engagement are those of its criteria: one indexed read per criterion (getAll), where the
  // area ids' anyOf stepped a cursor through 1 200 rows. Read again only when the set of criteria changes.
  const criterionIds = rawCriteria
    ?.map((c) => c.id)
    .sort()
    .join(' ')
  const scores = useLiveQuery(async () => {
    if (criterionIds === undefined) return undefined
    const ids = criterionIds === '' ? [] : criterionIds.split(' ')
    const perCriterion = await Promise.all(ids.map((id) => db.scores.where('criterionId').equals(id).toArray()))
    return perCriterion.flat()
  }, [db, criterionIds])

  const sortedAreas = useMemo(
    () => rawAreas && [...rawAreas].sort((a, b) => compare(a.title, b.title) || (a.id < b.id ? -1 : 1)),
    [rawAreas, compare]
  )
  const areas = useKept<readonly Area[] | undefined>(sortedAreas, keepRowsOf)
  const sortedCriteria = useMemo(() => rawCriteria && sortCriteria(rawCriteria), [rawCriteria])
  const criteria = useKept<readonly CriterionRow[] | undefined>(sortedCriteria, keepRowsOf)
  // The table depends on which criteria are scored by hand and which come from the votes, not on their weights.
  const scoring = criteria?.map((c) => `${c.id}:${c.fromVotes ? 1 : 0}`).join(' ')
  const built = useMemo(() => {
    if (areas === undefined || scoring === undefined || scores === undefined) return undefined
    const kinds =
      scoring === '' ? [] : scoring.split(' ').map((s) => ({ id: s.slice(0, -2), fromVotes: s.endsWith('1') }))
    return buildScoreTable(areas, kinds, scores)
  }, [areas, scoring, scores])
  const table = useKept(built, keepTable)

  return useMemo(() => {
    if (head === null) return null
    if (head === undefined || areas === undefined || criteria === undefined || table === undefined) return undefined
    return { engagement: head.engagement, organisation: head.organisation, areas, criteria, table }
  }, [head, areas, criteria, table])
}

/** The ranking and the sensitivity of the top place, computed from the criteria as given (stored or as typed). */
export function useRanking(
  areas: readonly Pick<Area, 'id'>[] | undefined,
  criteria: readonly CriterionRow[] | undefined,
  table: ScoreTable | undefined
): RankingResult {
  return useMemo(() => {
    if (areas === undefined || criteria === undefined || table === undefined)
      return { ranking: [], sensitivity: { top: null, criteria: [] }, error: null }
    try {
      const math = toMathCriteria(criteria)
      return { ranking: rankAreas(math, table), sensitivity: topSensitivity(math, table), error: null }
    } catch (e) {
      return {
        ranking: areas.map((a) => ({ areaId: a.id, score: null, rank: null })),
        sensitivity: { top: null, criteria: [] },
        error: errorMessage(e)
      }
    }
  }, [areas, criteria, table])
}

/** The stored prioritisation with its ranking: undefined while loading, null when the engagement does not exist. */
export function usePrioritisation(
  engagementId: string,
  compare: (a: string, b: string) => number
): PrioritisationData | null | undefined {
  const rows = usePrioritisationRows(engagementId, compare)
  const result = useRanking(rows?.areas, rows?.criteria, rows?.table)
  return useMemo(() => (rows ? { ...rows, ...result } : rows), [rows, result])
}

/** keepRows for an answer that may still be loading. */
function keepRowsOf<T extends { id: string }>(
  previous: readonly T[] | undefined,
  next: readonly T[] | undefined
): readonly T[] | undefined {
  return next && keepRows(previous, next)
}

/** `next` with each area's row of scores kept from `previous` where it holds the same scores. */
function keepTable(previous: ScoreTable | undefined, next: ScoreTable | undefined): ScoreTable | undefined {
  if (!previous || !next) return next
  let changed = Object.keys(previous).length !== Object.keys(next).length
  const kept: ScoreTable = {}
  for (const [areaId, row] of Object.entries(next)) {
    const was = Object.hasOwn(previous, areaId) ? previous[areaId] : undefined
    if (was !== undefined && sameRow(was, row)) kept[areaId] = was
    else {
      kept[areaId] = row
      changed = true
    }
  }
  return changed ? kept : previous
}
