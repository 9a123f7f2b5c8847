/**
 * Merging two efficiency areas into one, as pure data: which fields conflict, and the rows to write.
 * The renderer runs the plan in one Dexie transaction. Nothing is lost: a field either agrees, is empty
 * on one side (the other side's value is kept), or is a conflict the user settles by choosing a side;
 * dot votes add up; measurements and attachments move to the kept area; scores for the same criterion
 * are a conflict to choose, the rest move over. Pure: no Node, no DOM.
 */
import type { Area, Attachment, Measurement, Score } from './entities'

/** The area fields a merge decides on (id, engagement and timestamps follow fixed rules). */
export const MERGE_FIELDS = [
  'title',
  'workshopId',
  'problem',
  'costPerYearSek',
  'costEstimateNote',
  'indicator',
  'goalId',
  'procurementNecessity',
  'necessityRationale',
  'route',
  'needsDevelopment',
  'contractValueSek',
  'annualEffectSek',
  'annualEffectIndicator',
  'status'
] as const satisfies ReadonlyArray<keyof Area>
export type MergeField = (typeof MERGE_FIELDS)[number]

/** Which source a conflicting value comes from: the kept area (a) or the one merged into it (b). */
export type Side = 'a' | 'b'

/** The user's choices: per conflicting field, and per criterion scored in both areas. */
export type MergeChoices = {
  fields: Partial<Record<MergeField, Side>>
  scores: Partial<Record<string, Side>>
}

/** Structural equality for field values (plain JSON data: primitives, null, flat objects). */
export function sameValue(x: unknown, y: unknown): boolean {
  if (x === y) return true
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false
  const kx = Object.keys(x)
  const ky = Object.keys(y)
  if (kx.length !== ky.length) return false
  return kx.every((k) => sameValue((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]))
}

/**
 * A value that holds nothing the user wrote: null, blank text, the route 'undecided', or an indicator
 * with no text and no number. The defaults a fast-captured area starts with count as empty, so that
 * merging a bare title into a filled-in area raises no needless question.
 */
export function isEmptyValue(field: MergeField, value: unknown): boolean {
  if (value === null || value === undefined) return true
  if (field === 'needsDevelopment') return value === false
  if (field === 'status') return value === 'identified'
  if (typeof value === 'string') return value.trim() === '' || (field === 'route' && value === 'undecided')
  if (field === 'indicator' && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).every(
      ([k, v]) => k === 'direction' || v === null || (typeof v === 'string' && v.trim() === '')
    )
  }
  return false
}

/** The fields where both areas hold a different non-empty value: the user must choose. */
export function areaConflicts(a: Area, b: Area): MergeField[] {
  return MERGE_FIELDS.filter((f) => !sameValue(a[f], b[f]) && !isEmptyValue(f, a[f]) && !isEmptyValue(f, b[f]))
}

/** The criteria both areas have a score for, with different values: the user must choose. */
export function scoreConflicts(aScores: readonly Score[], bScores: readonly Score[]): string[] {
  const bByCriterion = new Map(bScores.map((s) => [s.criterionId, s]))
  return aScores
    .filter((s) => {
      const other = bByCriterion.get(s.criterionId)
      return other !== undefined && other.value !== s.value
    })
    .map((s) => s.criterionId)
}

export type MergeInput = {
  a: Area
  b: Area
  aScores: readonly Score[]
  bScores: readonly Score[]
  bMeasurements: readonly Measurement[]
  bAttachments: readonly Attachment[]
}

/** The writes that carry out a merge: area b disappears into area a. */
export type MergePlan = {
  area: Area
  deleteAreaId: string
  /** Scores to put (kept area's id), one per criterion scored in either area. */
  putScores: Score[]
  deleteScoreIds: string[]
  putMeasurements: Measurement[]
  putAttachments: Attachment[]
}

/**
 * Plans the merge of b into a, using `choices` for each conflict (a conflict without a choice keeps a).
 * Throws a RangeError when the areas are the same or belong to different engagements.
 */
export function planAreaMerge(input: MergeInput, choices: MergeChoices, now: string): MergePlan {
  const { a, b } = input
  if (a.id === b.id) throw new RangeError('An area cannot be merged with itself')
  if (a.engagementId !== b.engagementId) {
    throw new RangeError('Only areas of the same engagement can be merged')
  }
  const area: Area = { ...a }
  const set = <F extends MergeField>(field: F, value: Area[F]) => {
    area[field] = value
  }
  for (const field of MERGE_FIELDS) {
    const av = a[field]
    const bv = b[field]
    if (sameValue(av, bv)) continue
    const aEmpty = isEmptyValue(field, av)
    const bEmpty = isEmptyValue(field, bv)
    // One side empty: keep the value that says something, so no input is lost without a choice.
    if (aEmpty && !bEmpty) set(field, bv)
    else if (!aEmpty && !bEmpty && choices.fields[field] === 'b') set(field, bv)
    // Otherwise a's value stays (also when both are empty: nothing the user wrote is at stake).
  }
  // Dot votes were cast for the same idea under two titles: they add up.
  area.votes = a.votes === null && b.votes === null ? null : (a.votes ?? 0) + (b.votes ?? 0)
  area.createdAt = a.createdAt < b.createdAt ? a.createdAt : b.createdAt
  area.updatedAt = now

  const aByCriterion = new Map(input.aScores.map((s) => [s.criterionId, s]))
  const putScores: Score[] = []
  const deleteScoreIds: string[] = []
  for (const bs of input.bScores) {
    const as = aByCriterion.get(bs.criterionId)
    if (as === undefined) {
      putScores.push({ ...bs, areaId: a.id, updatedAt: now })
    } else {
      deleteScoreIds.push(bs.id)
      if (as.value !== bs.value && choices.scores[bs.criterionId] === 'b') {
        putScores.push({ ...as, value: bs.value, updatedAt: now })
      }
    }
  }
  return {
    area,
    deleteAreaId: b.id,
    putScores,
    deleteScoreIds,
    putMeasurements: input.bMeasurements.map((m) => ({ ...m, areaId: a.id, updatedAt: now })),
    putAttachments: input.bAttachments.map((x) => ({ ...x, ownerId: a.id, updatedAt: now }))
  }
}
