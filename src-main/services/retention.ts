/** Which backups to keep: a pure function of the list and the clock, so it is tested without waiting days. */

/** How many backups of today are kept. */
export const KEEP_TODAY = 3
/** Earlier days keep one backup each, for this many days. */
export const KEEP_DAYS = 30
/**
 * Safety backups (written before a schema upgrade and before a restore or replace-import) are kept this
 * many days whatever the other backups do: they are the way back from the step they were written for,
 * and the before-restore backup is the only copy of attachments a replace-import released.
 */
export const KEEP_SAFETY_DAYS = 30
/** The reasons whose backups are pinned for KEEP_SAFETY_DAYS. */
export const SAFETY_REASONS: readonly string[] = ['before-upgrade', 'before-restore']
/**
 * The size guard: the newest ordinary backup more than this many times the size of the newest backup (and at
 * least SIZE_GUARD_MIN_BYTES larger) is never deleted by retention. A few backups of an emptied or
 * damaged portfolio must not push out the last backup of the real one; deleting it is the user's call
 * (in the backup folder), since retention cannot ask.
 */
export const SIZE_GUARD_FACTOR = 2
/** Below this difference the size guard does not apply: small portfolios differ in size all the time. */
export const SIZE_GUARD_MIN_BYTES = 256 * 1024

export type Dated = {
  name: string
  createdAt: Date
  /** Why the backup was written (from its file name); safety reasons are pinned. */
  reason?: string
  /** The file's size in bytes; without it the size guard does not apply. */
  size?: number
}

/** Why a backup is kept apart from the daily rule (for the log and the tests). */
export type PinReason = 'safety' | 'larger-portfolio'

function isSafety(backup: Dated): boolean {
  return backup.reason !== undefined && SAFETY_REASONS.includes(backup.reason)
}

/** The calendar day of a time in the computer's own time zone, as YYYY-MM-DD. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/**
 * Splits backups into those to keep and those to delete. Ordinary backups (automatic, manual, at quit):
 * the newest KEEP_TODAY from today, and the newest one of each earlier day within KEEP_DAYS days.
 * Safety backups are not counted there: each is kept for KEEP_SAFETY_DAYS days. And the newest backup
 * of a much larger portfolio than the newest backup (SIZE_GUARD_FACTOR) is always kept.
 * A backup dated in the future (the clock was moved back) counts as today's, so a clock change never
 * deletes the newest data.
 */
export function planRetention<T extends Dated>(
  backups: readonly T[],
  now: Date,
  dayOf: (date: Date) => string = localDay
): { keep: T[]; remove: T[]; pinned: Map<T, PinReason> } {
  const today = dayOf(now)
  const daysBack = (days: number) => {
    const date = new Date(now.getTime())
    date.setDate(date.getDate() - days)
    return dayOf(date)
  }
  const oldestDay = daysBack(KEEP_DAYS)
  const oldestSafetyDay = daysBack(KEEP_SAFETY_DAYS)
  const newestFirst = [...backups].sort(
    (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.name < b.name ? 1 : -1)
  )
  const pinned = new Map<T, PinReason>()
  const newestSize = newestFirst[0]?.size
  if (newestSize !== undefined) {
    // Among ordinary backups: safety backups have their own rule, and pinning one of them here would
    // let the ordinary backup of the same large portfolio go.
    const larger = newestFirst.find(
      (b) =>
        !isSafety(b) &&
        b.size !== undefined &&
        b.size > newestSize * SIZE_GUARD_FACTOR &&
        b.size - newestSize >= SIZE_GUARD_MIN_BYTES
    )
    if (larger) pinned.set(larger, 'larger-portfolio')
  }
  const keep: T[] = []
  const remove: T[] = []
  let todayKept = 0
  const daysKept = new Set<string>()
  for (const backup of newestFirst) {
    const day = backup.createdAt.getTime() > now.getTime() ? today : dayOf(backup.createdAt)
    if (isSafety(backup)) {
      if (day >= oldestSafetyDay) {
        if (!pinned.has(backup)) pinned.set(backup, 'safety')
        keep.push(backup)
      } else remove.push(backup)
      continue
    }
    let kept = false
    if (day === today) {
      if (todayKept < KEEP_TODAY) {
        todayKept++
        kept = true
      }
    } else if (day >= oldestDay && !daysKept.has(day)) {
      daysKept.add(day)
      kept = true
    }
    if (kept || pinned.has(backup)) keep.push(backup)
    else remove.push(backup)
  }
  return { keep, remove, pinned }
}
