/**
 * Follow-up (step 6 of the method): did the efficiency become noticeable? One pure function turns an area's
 * indicator and its measured values into a status, the progress from baseline to target, the progress expected
 * by now, and the part of the estimated annual effect that has been realised.
 */
import type { Indicator, Measurement } from './entities'

/** Where an area's follow-up stands, checked in this order. */
export const FOLLOW_UP_STATUSES = [
  'no-indicator',
  'incomplete',
  'baseline-equals-target',
  'no-measurement',
  'reached',
  'on-track',
  'off-track'
] as const
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number]

/** The follow-up of one area at a date. */
export type FollowUp = {
  status: FollowUpStatus
  /** The latest measurement dated on or before asOf; on equal dates the one created last. */
  latest: Measurement | null
  /** (latest − baseline) / (target − baseline), not clamped: 1.25 overshoots, −0.2 is worse than the baseline. */
  progress: number | null
  /** The share of the time from baselineDate to targetDate passed at latest.date, in [0, 1]; null without both dates. */
  expected: number | null
  /** annualEffectSek × progress clamped to [0, 1], rounded to whole kronor; null when either is unknown. */
  realisedAnnualEffectSek: number | null
}

/** How far behind the expected progress an area may fall before it counts as off track. */
export const OFF_TRACK_MARGIN = 0.1

const DAY_MS = 86_400_000

/** Days since 1970-01-01 of an ISO date (YYYY-MM-DD), in UTC so no time zone or summer time shifts it. */
function dayNumber(isoDate: string): number {
  return Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / DAY_MS
}

/**
 * True when a target lies on the wrong side of the baseline for the indicator's direction: a lower-is-better
 * indicator with a target above its baseline, or a higher-is-better one with a target below it.
 */
export function targetOnWrongSide(
  direction: Indicator['direction'],
  baselineValue: number | null,
  targetValue: number | null
): boolean {
  if (baselineValue === null || targetValue === null) return false
  return direction === 'lower-is-better' ? targetValue > baselineValue : targetValue < baselineValue
}

/** The measurement that counts at asOf: the latest date on or before it, and of equal dates the one created last. */
export function latestMeasurement(measurements: readonly Measurement[], asOf: string): Measurement | null {
  let latest: Measurement | null = null
  for (const m of measurements) {
    if (m.date > asOf) continue
    if (latest === null || m.date > latest.date || (m.date === latest.date && m.createdAt >= latest.createdAt)) {
      latest = m
    }
  }
  return latest
}

/** Measurements grouped by the area they belong to, in one pass (the list and the overview judge every area). */
export function measurementsByArea(measurements: readonly Measurement[]): Map<string, Measurement[]> {
  const byArea = new Map<string, Measurement[]>()
  for (const m of measurements) {
    const list = byArea.get(m.areaId)
    if (list) list.push(m)
    else byArea.set(m.areaId, [m])
  }
  return byArea
}

/** The share of the planned time passed at `date`, clamped to [0, 1]. */
function expectedShare(baselineDate: string, targetDate: string, date: string): number {
  const span = dayNumber(targetDate) - dayNumber(baselineDate)
  if (span <= 0) return date >= targetDate ? 1 : 0
  return Math.min(1, Math.max(0, (dayNumber(date) - dayNumber(baselineDate)) / span))
}

/** The follow-up of an area at `asOf` (ISO date); measurements dated after asOf are ignored. */
export function followUp(
  indicator: Indicator | null,
  measurements: readonly Measurement[],
  asOf: string,
  annualEffectSek: number | null
): FollowUp {
  const none = { latest: null, progress: null, expected: null, realisedAnnualEffectSek: null }
  if (indicator === null) return { status: 'no-indicator', ...none }
  const latest = latestMeasurement(measurements, asOf)
  const { baselineValue: baseline, targetValue: target, direction } = indicator
  if (baseline === null || target === null || targetOnWrongSide(direction, baseline, target)) {
    return { status: 'incomplete', ...none, latest }
  }
  if (baseline === target) return { status: 'baseline-equals-target', ...none, latest }
  if (latest === null) return { status: 'no-measurement', ...none }

  const progress = (latest.value - baseline) / (target - baseline)
  const expected =
    indicator.baselineDate !== null && indicator.targetDate !== null
      ? expectedShare(indicator.baselineDate, indicator.targetDate, latest.date)
      : null
  const realisedAnnualEffectSek =
    annualEffectSek === null ? null : Math.round(annualEffectSek * Math.min(1, Math.max(0, progress)))
  const status: FollowUpStatus =
    progress >= 1 ? 'reached' : expected !== null && progress < expected - OFF_TRACK_MARGIN ? 'off-track' : 'on-track'
  return { status, latest, progress, expected, realisedAnnualEffectSek }
}
