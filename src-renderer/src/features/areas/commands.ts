/**
 * Writing areas: fast capture, saving details, moving between workshops, merging, and the dated
 * threshold overrides the route hint reads. Each function takes the database first (tests hand in a
 * fresh one); useAreaCommands() binds them to the app's database for the components.
 */
import { useMemo } from 'react'
import { planAreaMerge, type MergeChoices } from '@shared/area-merge'
import { Area, Measurement, ThresholdOverride, type Workshop } from '@shared/entities'
import type { MatbarDb } from '@renderer/db/db'
import { newId } from '@renderer/lib/ids'
import { useDb } from '@renderer/platform/services'
import { loadMergeInput } from './queries'

/** The titles in a fast-capture text: one per non-blank line, trimmed, at most 300 characters each. */
export function titlesFromLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/^[-*•]\s*/, ''))
    .filter((line) => line !== '')
    .map((line) => line.slice(0, 300))
}

/** A bare area as captured during a workshop: a title, everything else to fill in later. */
export function newArea(workshop: Pick<Workshop, 'id' | 'engagementId'>, title: string, now: string): Area {
  return Area.parse({
    id: newId(),
    createdAt: now,
    updatedAt: now,
    engagementId: workshop.engagementId,
    workshopId: workshop.id,
    title,
    problem: '',
    costPerYearSek: null,
    costEstimateNote: '',
    indicator: null,
    goalId: null,
    procurementNecessity: null,
    necessityRationale: '',
    route: 'undecided',
    needsDevelopment: false,
    contractValueSek: null,
    annualEffectSek: null,
    annualEffectIndicator: null,
    status: 'identified',
    votes: null
  })
}

/** Creates one area per line (status identified) in one transaction; returns the new areas. */
export async function captureAreas(
  db: MatbarDb,
  workshop: Pick<Workshop, 'id' | 'engagementId'>,
  text: string,
  now: string
): Promise<Area[]> {
  // A millisecond apart, so the workshop page lists them in the order the lines were typed.
  const start = Date.parse(now)
  const areas = titlesFromLines(text).map((title, i) => newArea(workshop, title, new Date(start + i).toISOString()))
  if (areas.length > 0) await db.transaction('rw', db.areas, () => db.areas.bulkAdd(areas))
  return areas
}

/** Saves an edited area after checking it against the entity schema (throws a ZodError if invalid). */
export async function saveArea(db: MatbarDb, area: Area, now: string): Promise<void> {
  await db.areas.put(Area.parse({ ...area, updatedAt: now }))
}

/** Moves areas to another workshop of the same engagement; refuses (RangeError) any other target. */
export async function moveAreas(
  db: MatbarDb,
  areaIds: readonly string[],
  workshopId: string,
  now: string
): Promise<void> {
  await db.transaction('rw', db.areas, db.workshops, async () => {
    const target = await db.workshops.get(workshopId)
    if (!target) throw new RangeError(`No workshop ${workshopId}`)
    const areas = await db.areas.bulkGet([...areaIds])
    for (const area of areas) {
      if (!area) throw new RangeError('An area to move no longer exists')
      if (area.engagementId !== target.engagementId) {
        throw new RangeError('Areas can only move between workshops of the same engagement')
      }
    }
    await db.areas.bulkPut(areas.map((a) => ({ ...a!, workshopId, updatedAt: now })))
  })
}

/**
 * Merges area b into area a in one transaction: the merged area, its scores, measurements and
 * attachments are written and b is deleted, or (on any failure) nothing changes.
 */
export async function mergeAreas(
  db: MatbarDb,
  aId: string,
  bId: string,
  choices: MergeChoices,
  now: string
): Promise<Area> {
  return db.transaction('rw', [db.areas, db.scores, db.measurements, db.attachments], async () => {
    // Read inside the transaction so the plan is made from the rows it replaces.
    const input = await loadMergeInput(db, aId, bId)
    if (!input) throw new RangeError('One of the areas no longer exists')
    const plan = planAreaMerge(input, choices, now)
    await db.scores.bulkDelete(plan.deleteScoreIds)
    await db.scores.bulkPut(plan.putScores)
    await db.measurements.bulkPut(plan.putMeasurements)
    await db.attachments.bulkPut(plan.putAttachments)
    await db.areas.put(Area.parse(plan.area))
    await db.areas.delete(plan.deleteAreaId)
    return plan.area
  })
}

/** Stores a corrected legal threshold as a dated override (it wins from its date). */
export async function addThresholdOverride(
  db: MatbarDb,
  values: Pick<ThresholdOverride, 'key' | 'valueSek' | 'validFrom' | 'source'>,
  now: string
): Promise<void> {
  await db.thresholds.add(ThresholdOverride.parse({ id: newId(), createdAt: now, updatedAt: now, ...values }))
}

/** Removes one of the consultant's own threshold values again. */
export async function removeThresholdOverride(db: MatbarDb, id: string): Promise<void> {
  await db.thresholds.delete(id)
}

/** What the consultant types for one measured value of an area's indicator. */
export type MeasurementValues = Pick<Measurement, 'date' | 'value' | 'source' | 'note'>

/** Records a measured value of an area's indicator; refuses (RangeError) an area that no longer exists. */
export async function addMeasurement(
  db: MatbarDb,
  areaId: string,
  values: MeasurementValues,
  now: string
): Promise<Measurement> {
  return db.transaction('rw', db.areas, db.measurements, async () => {
    if (!(await db.areas.get(areaId))) throw new RangeError(`No area ${areaId}`)
    const row = Measurement.parse({ id: newId(), createdAt: now, updatedAt: now, areaId, ...values })
    await db.measurements.add(row)
    return row
  })
}

/** Corrects a measured value's date, value or note; refuses (RangeError) one that no longer exists. */
export async function updateMeasurement(
  db: MatbarDb,
  id: string,
  values: MeasurementValues,
  now: string
): Promise<Measurement> {
  return db.transaction('rw', db.measurements, async () => {
    const current = await db.measurements.get(id)
    if (!current) throw new RangeError(`No measurement ${id}`)
    const row = Measurement.parse({ ...current, ...values, updatedAt: now })
    await db.measurements.put(row)
    return row
  })
}

/** Removes one measured value. */
export async function deleteMeasurement(db: MatbarDb, id: string): Promise<void> {
  await db.transaction('rw', db.measurements, () => db.measurements.delete(id))
}

const currentTime = () => new Date().toISOString()

/** The area writes bound to the app's database and the current time, for components. */
export function useAreaCommands() {
  const db = useDb()
  return useMemo(
    () => ({
      captureAreas: (workshop: Pick<Workshop, 'id' | 'engagementId'>, text: string) =>
        captureAreas(db, workshop, text, currentTime()),
      saveArea: (area: Area) => saveArea(db, area, currentTime()),
      moveAreas: (areaIds: readonly string[], workshopId: string) => moveAreas(db, areaIds, workshopId, currentTime()),
      mergeAreas: (aId: string, bId: string, choices: MergeChoices) => mergeAreas(db, aId, bId, choices, currentTime()),
      addThresholdOverride: (values: Pick<ThresholdOverride, 'key' | 'valueSek' | 'validFrom' | 'source'>) =>
        addThresholdOverride(db, values, currentTime()),
      removeThresholdOverride: (id: string) => removeThresholdOverride(db, id),
      addMeasurement: (areaId: string, values: MeasurementValues) => addMeasurement(db, areaId, values, currentTime()),
      updateMeasurement: (id: string, values: MeasurementValues) => updateMeasurement(db, id, values, currentTime()),
      deleteMeasurement: (id: string) => deleteMeasurement(db, id)
    }),
    [db]
  )
}
