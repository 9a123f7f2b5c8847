/** Which backups to keep: a pure function of the list and the clock, so it is tested without waiting days. */

/** How many backups of today are kept. */
export const KEEP_TODAY = 3
/** Earlier days keep one backup each, for this many days. */
export const KEEP_DAYS = 30

export type Dated = { name: string; createdAt: Date }

/** The calendar day of a time in the computer's own time zone, as YYYY-MM-DD. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/**
 * Splits backups into those to keep and those to delete: the newest KEEP_TODAY from today, and the
 * newest one of each earlier day within KEEP_DAYS days. A backup dated in the future (the clock was
 * moved back) counts as today's, so a clock change never deletes the newest data.
 */
export function planRetention<T extends Dated>(
  backups: readonly T[],
  now: Date,
  dayOf: (date: Date) => string = localDay
): { keep: T[]; remove: T[] } {
  const today = dayOf(now)
  const oldest = new Date(now.getTime())
  oldest.setDate(oldest.getDate() - KEEP_DAYS)
  const oldestDay = dayOf(oldest)
  const newestFirst = [...backups].sort(
    (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.name < b.name ? 1 : -1)
  )
  const keep: T[] = []
  const remove: T[] = []
  let todayKept = 0
  const daysKept = new Set<string>()
  for (const backup of newestFirst) {
    const day = backup.createdAt.getTime() > now.getTime() ? today : dayOf(backup.createdAt)
    if (day === today) {
      if (todayKept < KEEP_TODAY) {
        todayKept++
        keep.push(backup)
      } else remove.push(backup)
    } else if (day >= oldestDay && !daysKept.has(day)) {
      daysKept.add(day)
      keep.push(backup)
    } else {
      remove.push(backup)
    }
  }
  return { keep, remove }
}
