/** Reads one engagement's prioritisation from the database and computes the ranking and the sensitivity from it. */
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import type { Area, Criterion as CriterionRow, Engagement, Organisation } from '@shared/entities'
import { rankAreas, topSensitivity, type RankedArea, type ScoreTable, type Sensitivity } from '@shared/prioritisation'
import { buildScoreTable, sortCriteria, toMathCriteria } from '@shared/prioritisation-data'
import { errorMessage } from '@renderer/lib/errors'
import { useDb } from '@renderer/platform/services'

export type PrioritisationData = {
  engagement: Engagement
  organisation: Organisation | undefined
  areas: Area[]
  criteria: CriterionRow[]
  table: ScoreTable
  ranking: RankedArea[]
  sensitivity: Sensitivity
  /** Set when the maths refused the input (a RangeError names the bad value). */
  error: string | null
}

/** What the scoring grid and the value/effort matrix draw: the areas, the criteria, their scores and the ranking. */
export type ScoredAreas = Pick<PrioritisationData, 'areas' | 'criteria' | 'table' | 'ranking'>

/** undefined while loading, null when the engagement does not exist. */
export function usePrioritisation(
  engagementId: string,
  compare: (a: string, b: string) => number
): PrioritisationData | null | undefined {
  const db = useDb()
  const raw = useLiveQuery(async () => {
    const engagement = await db.engagements.get(engagementId)
    if (!engagement) return null
    const [organisation, areas, criteria] = await Promise.all([
      db.organisations.get(engagement.organisationId),
      db.areas.where('engagementId').equals(engagementId).toArray(),
      db.criteria.where('engagementId').equals(engagementId).toArray()
    ])
    const scores =
      areas.length === 0
        ? []
        : await db.scores
            .where('areaId')
            .anyOf(areas.map((a) => a.id))
            .toArray()
    return { engagement, organisation, areas, criteria, scores }
  }, [db, engagementId])

  return useMemo(() => {
    if (raw === undefined || raw === null) return raw
    const areas = [...raw.areas].sort((a, b) => compare(a.title, b.title) || (a.id < b.id ? -1 : 1))
    const criteria = sortCriteria(raw.criteria)
    const table = buildScoreTable(areas, criteria, raw.scores)
    let ranking: RankedArea[] = areas.map((a) => ({ areaId: a.id, score: null, rank: null }))
    let sensitivity: Sensitivity = { top: null, criteria: [] }
    let error: string | null = null
    try {
      const math = toMathCriteria(criteria)
      ranking = rankAreas(math, table)
      sensitivity = topSensitivity(math, table)
    } catch (e) {
      error = errorMessage(e)
    }
    return {
      engagement: raw.engagement,
      organisation: raw.organisation,
      areas,
      criteria,
      table,
      ranking,
      sensitivity,
      error
    }
  }, [raw, compare])
}
