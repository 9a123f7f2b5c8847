/**
 * The start page's figures, worked out from the portfolio's rows and a date: the pipeline per engagement
 * status, the workshops of the coming 30 days, the areas per status, the participants' means of the last
 * 12 months and the realised against the estimated annual effect. Pure: the caller passes `today`.
 */
import {
  AREA_STATUSES,
  ENGAGEMENT_STATUSES,
  type Area,
  type AreaStatus,
  type Engagement,
  type EngagementStatus,
  type Evaluation,
  type Measurement,
  type Workshop
} from './entities'
import { summariseEvaluations, type EvaluationSummary } from './evaluations'
import { followUp, measurementsByArea } from './follow-up'

/** How many days ahead count as "coming" workshops; a workshop exactly this many days ahead is included. */
export const UPCOMING_DAYS = 30

/** The engagements of one status: how many, the sum of their values, and how many have no value. */
export type PipelineRow = { status: EngagementStatus; count: number; valueSek: number; withoutValue: number }

export type OverviewFigures = {
  /** One row per engagement status, in the statuses' order. */
  pipeline: PipelineRow[]
  /** Workshops dated from today to today + 30 days, both included, soonest first. */
  upcomingWorkshops: Workshop[]
  /** How many areas have each status. */
  areasByStatus: Record<AreaStatus, number>
  /** The evaluations of workshops held from a year before today (excluded) to today (included). */
  recentEvaluations: EvaluationSummary
  /** The sum of every area's realised annual effect today (areas without one add nothing). */
  realisedAnnualEffectSek: number
  /** The sum of every area's estimated annual effect (areas without one add nothing). */
  estimatedAnnualEffectSek: number
  /** The areas whose follow-up is off track today, in the order given. */
  offTrackAreas: Area[]
}

export type OverviewRows = {
  engagements: readonly Engagement[]
  workshops: readonly Workshop[]
  areas: readonly Area[]
  measurements: readonly Measurement[]
  evaluations: readonly Evaluation[]
}

/** The ISO date `days` days after an ISO date, counted in UTC so no summer time shift moves it. */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** The same day a year earlier (29 February gives 28 February). */
export function yearBefore(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y - 1, m - 1, d))
  // 29 February of a year without one rolls over to 1 March; step back to the last day of February.
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0)
  return date.toISOString().slice(0, 10)
}

/** The start page's figures for the portfolio's rows as of `today` (YYYY-MM-DD). */
export function overviewFigures(rows: OverviewRows, today: string): OverviewFigures {
  const pipeline = ENGAGEMENT_STATUSES.map((status): PipelineRow => {
    const of = rows.engagements.filter((e) => e.status === status)
    return {
      status,
      count: of.length,
      valueSek: of.reduce((sum, e) => sum + (e.valueSek ?? 0), 0),
      withoutValue: of.filter((e) => e.valueSek === null).length
    }
  })

  const horizon = addDays(today, UPCOMING_DAYS)
  const upcomingWorkshops = rows.workshops
    .filter((w) => w.startsAt.slice(0, 10) >= today && w.startsAt.slice(0, 10) <= horizon)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))

  const areasByStatus = Object.fromEntries(AREA_STATUSES.map((s) => [s, 0])) as Record<AreaStatus, number>
  for (const area of rows.areas) areasByStatus[area.status] += 1

  const from = yearBefore(today)
  const recentWorkshops = new Set(
    rows.workshops.filter((w) => w.startsAt.slice(0, 10) > from && w.startsAt.slice(0, 10) <= today).map((w) => w.id)
  )
  const recentEvaluations = summariseEvaluations(rows.evaluations.filter((e) => recentWorkshops.has(e.workshopId)))

  const measurementsOf = measurementsByArea(rows.measurements)
  let realisedAnnualEffectSek = 0
  let estimatedAnnualEffectSek = 0
  const offTrackAreas: Area[] = []
  for (const area of rows.areas) {
    const result = followUp(area.indicator, measurementsOf.get(area.id) ?? [], today, area.annualEffectSek)
    realisedAnnualEffectSek += result.realisedAnnualEffectSek ?? 0
    estimatedAnnualEffectSek += area.annualEffectSek ?? 0
    if (result.status === 'off-track') offTrackAreas.push(area)
  }

  return {
    pipeline,
    upcomingWorkshops,
    areasByStatus,
    recentEvaluations,
    realisedAnnualEffectSek,
    estimatedAnnualEffectSek,
    offTrackAreas
  }
}
