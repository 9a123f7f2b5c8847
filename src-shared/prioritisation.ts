// Weighted scoring of areas against criteria, and how far each weight can move before the top area changes.
// Pure: no Node, no DOM. Wording of the results belongs to the UI (i18n), not here.

export type Criterion = { id: string; weight: number; direction: 'benefit' | 'cost' }
/** areaId -> criterionId -> score 1..5; a missing key or `undefined` means unscored. */
export type ScoreTable = Record<string, Record<string, number | undefined>>
export type RankedArea = { areaId: string; score: number | null; rank: number | null }
export type Takeover = { points: number; newTop: string }
export type CriterionSensitivity = {
  criterionId: string
  increase: Takeover | null
  decrease: Takeover | null
}
export type Sensitivity = { top: string | null; criteria: CriterionSensitivity[] }

/** Scores closer than this (on the 1–5 scale) share a rank. */
export const RANK_TOLERANCE = 1e-9
/** A ranking is fragile when some criterion needs less than this many percentage points to change the top. */
export const FRAGILE_POINTS = 5

// Below this, a score difference is floating-point noise, not a lead: weights like 0.1 + 0.2 vs 0.3 must tie.
const NOISE = 1e-12

type ActiveCriterion = { id: string; weight: number; p: number; direction: 'benefit' | 'cost' }
type PreparedArea = { areaId: string; values: number[] | null; score: number | null }
type Prepared = { active: ActiveCriterion[]; areas: PreparedArea[] }

/** Normalised weights p_k = w_k / Σw, aligned with `criteria`; all 0 when Σw is 0. Throws RangeError on a bad weight. */
export function normaliseWeights(criteria: readonly Criterion[]): number[] {
  const weights = checkCriteria(criteria)
  let sum = weights.reduce((total, w) => total + w, 0)
  if (sum === 0) return weights.map(() => 0)
  let scaled = weights
  if (!Number.isFinite(sum)) {
    // Huge finite weights overflow the sum; scaling by the largest keeps the ratios.
    const max = Math.max(...weights)
    scaled = weights.map((w) => w / max)
    sum = scaled.reduce((total, w) => total + w, 0)
  }
  return scaled.map((w) => w / sum)
}

/** Weighted score and competition rank (1, 1, 3) of every area; unranked areas (null) come last, by areaId. */
export function rankAreas(criteria: readonly Criterion[], scores: ScoreTable): RankedArea[] {
  return rankPrepared(prepare(criteria, scores))
}

/** For each criterion of weight > 0: how many percentage points its weight must rise or fall before another area overtakes the top. */
export function topSensitivity(criteria: readonly Criterion[], scores: ScoreTable): Sensitivity {
  const prepared = prepare(criteria, scores)
  const leaders = rankPrepared(prepared).filter((row) => row.rank === 1)
  const topId = leaders.length === 1 ? leaders[0]?.areaId : undefined
  const top = prepared.areas.find((area) => area.areaId === topId)
  if (top?.values == null || top.score === null) return { top: null, criteria: [] }
  const challengers = prepared.areas.filter(
    (area): area is PreparedArea & { values: number[]; score: number } =>
      area.values !== null && area.score !== null && area !== top
  )
  const topValues = top.values
  const topScore = top.score

  const result = prepared.active.map((criterion, k): CriterionSensitivity => {
    const otherWeight = prepared.active.reduce((total, c, j) => (j === k ? total : total + c.weight), 0)
    if (otherWeight === 0) return { criterionId: criterion.id, increase: null, decrease: null }
    const pk = criterion.p
    const upward: Crossing[] = []
    const downward: Crossing[] = []
    for (const area of challengers) {
      // D(p') = S_area(p') − S_top(p') is linear in p′; we know it at p_k, at 1 and at 0.
      const atCurrent = area.score - topScore // < −RANK_TOLERANCE: top is the single leader
      const atOne = (area.values[k] ?? 0) - (topValues[k] ?? 0) // only criterion k counts at p′ = 1: exact integers
      const atZero = otherScoreDifference(prepared.active, area.values, topValues, k, otherWeight)
      if (atOne > 0) upward.push({ areaId: area.areaId, t: -atCurrent / (atOne - atCurrent), slope: atOne - atCurrent })
      if (atZero > NOISE)
        downward.push({ areaId: area.areaId, t: -atCurrent / (atZero - atCurrent), slope: atZero - atCurrent })
    }
    return {
      criterionId: criterion.id,
      increase: takeover(upward, (1 - pk) * 100),
      decrease: takeover(downward, pk * 100)
    }
  })
  return { top: top.areaId, criteria: result }
}

/** True when some criterion's weight needs to move less than `thresholdPoints` percentage points to change the top area. */
export function isFragile(sensitivity: Sensitivity, thresholdPoints: number = FRAGILE_POINTS): boolean {
  return sensitivity.criteria.some(
    (c) =>
      (c.increase !== null && c.increase.points < thresholdPoints) ||
      (c.decrease !== null && c.decrease.points < thresholdPoints)
  )
}

// t: where the crossing lies, as a fraction of the way from p_k to the boundary; slope: how fast the challenger gains
// on top there, up to a factor shared by every challenger in that direction.
type Crossing = { areaId: string; t: number; slope: number }

function takeover(crossings: Crossing[], span: number): Takeover | null {
  if (crossings.length === 0) return null
  const first = Math.min(...crossings.map((c) => c.t))
  // Several challengers may cross at the same point; the steepest one leads just past it.
  let best: Crossing | undefined
  for (const c of crossings) {
    if (c.t - first > NOISE) continue
    const steeper = best === undefined || c.slope > best.slope + NOISE
    const sameLineLowerId =
      best !== undefined && Math.abs(c.slope - best.slope) <= NOISE && compareIds(c.areaId, best.areaId) < 0
    if (steeper || sameLineLowerId) best = c
  }
  const points = first * span
  // A crossing that rounds onto the current weight or onto 0 % / 100 % is not in range.
  if (best === undefined || !(points > 0) || !(first < 1)) return null
  return { points, newTop: best.areaId }
}

// S_a(0) − S_top(0): the score difference when criterion k weighs nothing and the others are renormalised.
function otherScoreDifference(
  active: ActiveCriterion[],
  a: number[],
  top: number[],
  k: number,
  otherWeight: number
): number {
  const scale = Number.isFinite(otherWeight) ? 1 : Math.max(...active.map((c) => c.weight))
  let difference = 0
  let total = 0
  active.forEach((c, j) => {
    if (j === k) return
    const w = c.weight / scale
    difference += w * ((a[j] ?? 0) - (top[j] ?? 0))
    total += w
  })
  return difference / total
}

function rankPrepared(prepared: Prepared): RankedArea[] {
  const scored = prepared.areas
    .filter((area): area is PreparedArea & { score: number } => area.score !== null)
    .sort((a, b) => b.score - a.score || compareIds(a.areaId, b.areaId))
  const ranked: RankedArea[] = []
  let anchor = Number.POSITIVE_INFINITY
  let rank = 0
  scored.forEach((area, i) => {
    // A group is anchored at its highest score, so a chain of tiny gaps cannot stretch one rank indefinitely.
    if (i === 0 || anchor - area.score > RANK_TOLERANCE) {
      anchor = area.score
      rank = i + 1
    }
    ranked.push({ areaId: area.areaId, score: area.score, rank })
  })
  ranked.sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || compareIds(a.areaId, b.areaId))
  const unranked = prepared.areas
    .filter((area) => area.score === null)
    .map((area): RankedArea => ({ areaId: area.areaId, score: null, rank: null }))
    .sort((a, b) => compareIds(a.areaId, b.areaId))
  return [...ranked, ...unranked]
}

function prepare(criteria: readonly Criterion[], scores: ScoreTable): Prepared {
  const p = normaliseWeights(criteria)
  const active: ActiveCriterion[] = []
  criteria.forEach((c, i) => {
    if (c.weight > 0) active.push({ id: c.id, weight: c.weight, p: p[i] ?? 0, direction: c.direction })
  })
  if (typeof scores !== 'object' || scores === null)
    throw new RangeError(`scores must be an object, got ${show(scores)}`)
  // Object.keys and Object.hasOwn only: an areaId or criterionId like "__proto__" or "constructor" must not reach the prototype.
  const areas = Object.keys(scores).map((areaId): PreparedArea => {
    const row: unknown = scores[areaId]
    if (typeof row !== 'object' || row === null)
      throw new RangeError(`scores of area ${show(areaId)} must be an object, got ${show(row)}`)
    const cells = row as Record<string, unknown>
    for (const criterionId of Object.keys(cells)) {
      const value = cells[criterionId]
      if (value !== undefined && !(typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5)) {
        throw new RangeError(
          `score of area ${show(areaId)} on criterion ${show(criterionId)} must be an integer from 1 to 5, got ${show(value)}`
        )
      }
    }
    const values: number[] = []
    for (const c of active) {
      const s = Object.hasOwn(cells, c.id) ? cells[c.id] : undefined
      if (typeof s !== 'number') return { areaId, values: null, score: null }
      values.push(c.direction === 'cost' ? 6 - s : s)
    }
    if (active.length === 0) return { areaId, values: null, score: null }
    const score = active.reduce((total, c, j) => total + c.p * (values[j] ?? 0), 0)
    return { areaId, values, score }
  })
  return { active, areas }
}

// Returns the weights, after checking every criterion; throws RangeError naming the bad value and the criterion.
function checkCriteria(criteria: readonly Criterion[]): number[] {
  if (!Array.isArray(criteria)) throw new RangeError(`criteria must be an array, got ${show(criteria)}`)
  const seen = new Set<string>()
  return criteria.map((c: unknown, index) => {
    if (typeof c !== 'object' || c === null)
      throw new RangeError(`criterion at index ${index} must be an object, got ${show(c)}`)
    const { id, weight, direction } = c as Record<string, unknown>
    if (typeof id !== 'string')
      throw new RangeError(`id of criterion at index ${index} must be a string, got ${show(id)}`)
    if (seen.has(id)) throw new RangeError(`criterion id ${show(id)} appears more than once`)
    seen.add(id)
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      throw new RangeError(`weight of criterion ${show(id)} must be a finite number >= 0, got ${show(weight)}`)
    }
    if (direction !== 'benefit' && direction !== 'cost') {
      throw new RangeError(`direction of criterion ${show(id)} must be "benefit" or "cost", got ${show(direction)}`)
    }
    return weight
  })
}

// Code-unit order, not localeCompare: the same input must give the same order on every machine and language.
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

// Renders any value for an error message without calling user code (no toString of arbitrary objects).
function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value)
  if (typeof value === 'bigint') return `${value}n`
  if (typeof value === 'symbol') return value.toString()
  if (value === null || value === undefined || typeof value === 'boolean') return String(value)
  return Object.prototype.toString.call(value)
}
