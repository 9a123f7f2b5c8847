// From stored rows (criteria, scores, areas with dot votes) to the inputs of the prioritisation maths and
// of the value/effort matrix. Pure, so the screen and the Word documents compute the same numbers.
import type { Area, Criterion as CriterionRow, Score } from './entities'
import type { MatrixPoint } from './matrix'
import { rankAreas, type Criterion, type RankedArea, type ScoreTable } from './prioritisation'

/** The default criteria of an engagement; names come from i18n (`prioritisation.defaults.<key>`). */
export const DEFAULT_CRITERIA = [
  { key: 'effect', weight: 3, direction: 'benefit' },
  { key: 'measurability', weight: 2, direction: 'benefit' },
  { key: 'necessity', weight: 2, direction: 'benefit' },
  { key: 'feasibility', weight: 2, direction: 'benefit' },
  { key: 'strategicFit', weight: 2, direction: 'benefit' },
  { key: 'risk', weight: 1, direction: 'cost' }
] as const satisfies readonly { key: string; weight: number; direction: 'benefit' | 'cost' }[]

/**
 * Dot votes as 1–5 scores: s = round(1 + 4·(v − min)/(max − min)) over the areas that have votes, so the
 * fewest votes give 1 and the most give 5. When every area has the same number, each gets 3 (no area stands
 * out). An area without a vote count gets no score (it is unscored, never 0).
 */
export function votesToScores(areas: readonly Pick<Area, 'id' | 'votes'>[]): Map<string, number> {
  const voted = areas.filter(
    (a): a is Pick<Area, 'id'> & { votes: number } => typeof a.votes === 'number' && Number.isFinite(a.votes)
  )
  const result = new Map<string, number>()
  if (voted.length === 0) return result
  const min = Math.min(...voted.map((a) => a.votes))
  const max = Math.max(...voted.map((a) => a.votes))
  for (const a of voted) result.set(a.id, max === min ? 3 : Math.round(1 + (4 * (a.votes - min)) / (max - min)))
  return result
}

/** Criteria rows in grid order (by `order`, then name for a stable result). */
export function sortCriteria<T extends Pick<CriterionRow, 'order' | 'id'>>(criteria: readonly T[]): T[] {
  return [...criteria].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** The criteria as the maths takes them. */
export function toMathCriteria(
  criteria: readonly Pick<CriterionRow, 'id' | 'weight' | 'direction' | 'order'>[]
): Criterion[] {
  return sortCriteria(criteria).map((c) => ({ id: c.id, weight: c.weight, direction: c.direction }))
}

/**
 * The score table of the given areas: stored scores for hand-scored criteria, vote-derived scores for a
 * criterion marked fromVotes. Scores of other areas or criteria are ignored.
 */
export function buildScoreTable(
  areas: readonly Pick<Area, 'id' | 'votes'>[],
  criteria: readonly Pick<CriterionRow, 'id' | 'fromVotes'>[],
  scores: readonly Pick<Score, 'areaId' | 'criterionId' | 'value'>[]
): ScoreTable {
  const table: ScoreTable = {}
  const criterionIds = new Set(criteria.filter((c) => !c.fromVotes).map((c) => c.id))
  for (const a of areas) table[a.id] = {}
  for (const s of scores) {
    const row = Object.hasOwn(table, s.areaId) ? table[s.areaId] : undefined
    if (row && criterionIds.has(s.criterionId)) row[s.criterionId] = s.value
  }
  const voteCriteria = criteria.filter((c) => c.fromVotes)
  if (voteCriteria.length > 0) {
    const fromVotes = votesToScores(areas)
    for (const a of areas) for (const c of voteCriteria) table[a.id]![c.id] = fromVotes.get(a.id)
  }
  return table
}

/**
 * Which criteria feed the matrix: effect (y) and feasibility (x), found by name in Swedish or English;
 * without a match, effect falls back to the first hand-scored benefit criterion and feasibility to none.
 */
export function pickMatrixAxes(
  criteria: readonly Pick<CriterionRow, 'id' | 'name' | 'direction' | 'order' | 'fromVotes'>[]
): {
  effect: string | null
  feasibility: string | null
} {
  const sorted = sortCriteria(criteria)
  const byName = (pattern: RegExp) => sorted.find((c) => pattern.test(c.name))?.id ?? null
  const effect =
    byName(/^\s*(effekt|effect)/i) ?? sorted.find((c) => c.direction === 'benefit' && !c.fromVotes)?.id ?? null
  const feasibility = byName(/genomförbar|feasib/i)
  return { effect, feasibility: feasibility === effect ? null : feasibility }
}

/** A score on a matrix axis: as scored for a benefit criterion, 6 − s for a cost criterion (so right/up is always better). */
export function axisValue(score: number | undefined, direction: 'benefit' | 'cost'): number | null {
  if (score === undefined) return null
  return direction === 'cost' ? 6 - score : score
}

/** The points of the matrix: one per area, its rank as the dot's marker. */
export function matrixPoints(
  areas: readonly Pick<Area, 'id' | 'title'>[],
  criteria: readonly Pick<CriterionRow, 'id' | 'direction'>[],
  table: ScoreTable,
  axes: { effect: string | null; feasibility: string | null },
  ranking: readonly RankedArea[] = []
): MatrixPoint[] {
  const direction = (id: string | null) => criteria.find((c) => c.id === id)?.direction ?? 'benefit'
  const rankOf = new Map(ranking.map((r) => [r.areaId, r.rank]))
  return areas.map((a) => {
    const row = table[a.id] ?? {}
    const rank = rankOf.get(a.id)
    return {
      id: a.id,
      label: a.title,
      x: axes.feasibility === null ? null : axisValue(row[axes.feasibility], direction(axes.feasibility)),
      y: axes.effect === null ? null : axisValue(row[axes.effect], direction(axes.effect)),
      ...(rank === null || rank === undefined ? {} : { marker: String(rank) })
    }
  })
}

/**
 * Every area's score and rank within its own engagement (its own criteria and scores), with how many areas that
 * engagement ranks: what the areas list and the spreadsheets show. An engagement whose stored weights the maths
 * refuses is left unranked rather than failing the page.
 */
export function rankPortfolio(
  areas: readonly Area[],
  criteria: readonly CriterionRow[],
  scores: readonly Score[]
): Map<string, { ranked: RankedArea; count: number }> {
  const groups = new Map<string, { areas: Area[]; criteria: CriterionRow[] }>()
  const group = (id: string) => {
    let g = groups.get(id)
    if (!g) groups.set(id, (g = { areas: [], criteria: [] }))
    return g
  }
  for (const a of areas) group(a.engagementId).areas.push(a)
  for (const c of criteria) group(c.engagementId).criteria.push(c)
  const scoresByArea = new Map<string, Score[]>()
  for (const s of scores) {
    const list = scoresByArea.get(s.areaId)
    if (list) list.push(s)
    else scoresByArea.set(s.areaId, [s])
  }
  const result = new Map<string, { ranked: RankedArea; count: number }>()
  for (const g of groups.values()) {
    if (g.areas.length === 0) continue
    let ranking: RankedArea[]
    try {
      const table = buildScoreTable(
        g.areas,
        g.criteria,
        g.areas.flatMap((a) => scoresByArea.get(a.id) ?? [])
      )
      ranking = rankAreas(toMathCriteria(g.criteria), table)
    } catch {
      ranking = g.areas.map((a) => ({ areaId: a.id, score: null, rank: null }))
    }
    const count = ranking.filter((r) => r.rank !== null).length
    for (const r of ranking) result.set(r.areaId, { ranked: r, count })
  }
  return result
}
