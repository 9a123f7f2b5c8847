/** Writes of the prioritisation: criteria, scores and dot votes. Every row is validated with its zod schema before it is stored. */
import { useMemo } from 'react'
import { Criterion as CriterionSchema, Score as ScoreSchema, type Criterion } from '@shared/entities'
import { DEFAULT_CRITERIA, sortCriteria } from '@shared/prioritisation-data'
import type { MatbarDb } from '@renderer/db/db'
import { newId } from '@renderer/lib/ids'
import { useDb } from '@renderer/platform/services'

const now = () => new Date().toISOString()

/** Creates the default criteria for an engagement that has none; a second call (or a second window) adds nothing. */
export async function ensureDefaultCriteria(
  db: MatbarDb,
  engagementId: string,
  names: Record<string, string>
): Promise<void> {
  await db.transaction('rw', db.criteria, async () => {
    if ((await db.criteria.where('engagementId').equals(engagementId).count()) > 0) return
    const at = now()
    const rows = DEFAULT_CRITERIA.map((c, order) =>
      CriterionSchema.parse({
        id: newId(),
        createdAt: at,
        updatedAt: at,
        engagementId,
        name: names[c.key] ?? c.key,
        weight: c.weight,
        direction: c.direction,
        order,
        fromVotes: false
      })
    )
    await db.criteria.bulkAdd(rows)
  })
}

/** Sets (1–5) or clears (null) the score of an area on a criterion; one row per area and criterion. */
export async function setScore(db: MatbarDb, areaId: string, criterionId: string, value: number | null): Promise<void> {
  await db.transaction('rw', db.scores, async () => {
    const existing = await db.scores.where('[areaId+criterionId]').equals([areaId, criterionId]).toArray()
    if (value === null) {
      await db.scores.bulkDelete(existing.map((s) => s.id))
      return
    }
    const at = now()
    const [first, ...duplicates] = existing
    if (duplicates.length > 0) await db.scores.bulkDelete(duplicates.map((s) => s.id))
    const row = ScoreSchema.parse(
      first
        ? { ...first, value, updatedAt: at }
        : { id: newId(), createdAt: at, updatedAt: at, areaId, criterionId, value }
    )
    await db.scores.put(row)
  })
}

/** Sets an area's dot votes (a whole number ≥ 0) or clears them (null). */
export async function setVotes(db: MatbarDb, areaId: string, votes: number | null): Promise<void> {
  if (votes !== null && !(Number.isInteger(votes) && votes >= 0))
    throw new RangeError(`votes must be a whole number >= 0, got ${votes}`)
  await db.areas.update(areaId, { votes, updatedAt: now() })
}

/** Changes name, weight or direction of a criterion, validated against the schema. */
export async function updateCriterion(
  db: MatbarDb,
  id: string,
  patch: Partial<Pick<Criterion, 'name' | 'weight' | 'direction'>>
): Promise<void> {
  await db.transaction('rw', db.criteria, async () => {
    const row = await db.criteria.get(id)
    if (!row) return
    await db.criteria.put(CriterionSchema.parse({ ...row, ...patch, updatedAt: now() }))
  })
}

/** Adds a criterion at the end of the engagement's list. */
export async function addCriterion(
  db: MatbarDb,
  engagementId: string,
  fields: Pick<Criterion, 'name' | 'weight' | 'direction' | 'fromVotes'>
): Promise<string> {
  const id = newId()
  await db.transaction('rw', db.criteria, async () => {
    const existing = await db.criteria.where('engagementId').equals(engagementId).toArray()
    const order = existing.reduce((max, c) => Math.max(max, c.order + 1), 0)
    const at = now()
    await db.criteria.add(CriterionSchema.parse({ id, createdAt: at, updatedAt: at, engagementId, order, ...fields }))
  })
  return id
}

/** Removes a criterion and its scores (a score without its criterion would be an orphan). */
export async function removeCriterion(db: MatbarDb, id: string): Promise<void> {
  await db.transaction('rw', db.criteria, db.scores, async () => {
    await db.scores.where('criterionId').equals(id).delete()
    await db.criteria.delete(id)
  })
}

/** Moves a criterion one place up (-1) or down (+1) in the grid, renumbering the orders 0..n−1. */
export async function moveCriterion(db: MatbarDb, engagementId: string, id: string, step: -1 | 1): Promise<void> {
  await db.transaction('rw', db.criteria, async () => {
    const sorted = sortCriteria(await db.criteria.where('engagementId').equals(engagementId).toArray())
    const from = sorted.findIndex((c) => c.id === id)
    const to = from + step
    if (from < 0 || to < 0 || to >= sorted.length) return
    const [moved] = sorted.splice(from, 1)
    sorted.splice(to, 0, moved!)
    const at = now()
    await db.criteria.bulkPut(sorted.map((c, order) => (c.order === order ? c : { ...c, order, updatedAt: at })))
  })
}

/** Turns the votes criterion on (adds one, weight 1) or off (removes every votes criterion of the engagement). */
export async function setVotesCriterion(db: MatbarDb, engagementId: string, on: boolean, name: string): Promise<void> {
  // One transaction: two quick clicks (or two windows) cannot both see "none yet" and add two.
  await db.transaction('rw', db.criteria, db.scores, async () => {
    const existing = (await db.criteria.where('engagementId').equals(engagementId).toArray()).filter((c) => c.fromVotes)
    if (on && existing.length === 0)
      await addCriterion(db, engagementId, { name, weight: 1, direction: 'benefit', fromVotes: true })
    if (!on) for (const c of existing) await removeCriterion(db, c.id)
  })
}

/** The prioritisation writes on the app's database, for components. */
export function usePrioritisationCommands() {
  const db = useDb()
  return useMemo(
    () => ({
      ensureDefaultCriteria: (engagementId: string, names: Record<string, string>) =>
        ensureDefaultCriteria(db, engagementId, names),
      setScore: (areaId: string, criterionId: string, value: number | null) => setScore(db, areaId, criterionId, value),
      setVotes: (areaId: string, votes: number | null) => setVotes(db, areaId, votes),
      updateCriterion: (id: string, patch: Partial<Pick<Criterion, 'name' | 'weight' | 'direction'>>) =>
        updateCriterion(db, id, patch),
      addCriterion: (engagementId: string, fields: Pick<Criterion, 'name' | 'weight' | 'direction' | 'fromVotes'>) =>
        addCriterion(db, engagementId, fields),
      removeCriterion: (id: string) => removeCriterion(db, id),
      moveCriterion: (engagementId: string, id: string, step: -1 | 1) => moveCriterion(db, engagementId, id, step),
      setVotesCriterion: (engagementId: string, on: boolean, name: string) =>
        setVotesCriterion(db, engagementId, on, name)
    }),
    [db]
  )
}
