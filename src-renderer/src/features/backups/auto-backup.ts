/**
 * Automatic backups: after changes, at most once every five minutes, and when the app closes.
 *
 * Changes are seen through Dexie's storagemutated event (fired after every committed write, the
 * same signal liveQuery uses), so no table needs hooks. Closing: in Electron the renderer keeps a
 * backups:awaitQuit call open; main answers it when the window is closing and waits (up to a
 * timeout) for backups:quitReady, so the last backup is written before the window goes. The browser
 * harness has no such moment; it backs up when the page is hidden instead (best effort).
 */
import { Dexie } from 'dexie'
import { useSyncExternalStore } from 'react'
import type { MatbarDb } from '@renderer/db/db'
import type { Progress } from '@renderer/db/export-import'
import type { PlatformApi } from '@renderer/platform/api'
import { writeBackup } from './commands'

/** What the automatic backup is doing: null when idle, else its progress (null inside while reading rows). */
export type AutoBackupActivity = { progress: Progress | null } | null

let activity: AutoBackupActivity = null
const listeners = new Set<() => void>()

function setActivity(next: AutoBackupActivity): void {
  activity = next
  for (const listener of listeners) listener()
}

/** The automatic backup in progress, for a quiet indicator (Inställningar shows it under its buttons). */
export function useAutoBackupActivity(): AutoBackupActivity {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => activity
  )
}

/** At most one automatic backup in this many milliseconds. */
export const MIN_INTERVAL_MS = 5 * 60 * 1000
/** Wait for this much quiet after a change, so a burst of edits makes one backup. */
export const QUIET_MS = 15 * 1000

export type Clock = {
  now: () => number
  setTimeout: (fn: () => void, ms: number) => unknown
  clearTimeout: (handle: unknown) => void
}

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
}

/**
 * Decides when to run: a change marks the data dirty; a run happens QUIET_MS after the last change
 * but never sooner than MIN_INTERVAL_MS after the previous run. A failed run leaves it dirty.
 */
export function createBackupScheduler(run: () => Promise<void>, clock: Clock = realClock) {
  let dirty = false
  let lastRun = -Infinity
  let lastChange = 0
  let timer: unknown = null
  let running: Promise<void> | null = null

  function schedule() {
    if (timer !== null) clock.clearTimeout(timer)
    const at = Math.max(lastChange + QUIET_MS, lastRun + MIN_INTERVAL_MS)
    timer = clock.setTimeout(
      () => {
        timer = null
        void flush()
      },
      Math.max(0, at - clock.now())
    )
  }

  /** Runs now if anything changed since the last backup; resolves when written (or failed). */
  async function flush(): Promise<void> {
    if (running) await running
    if (!dirty) return
    if (timer !== null) {
      clock.clearTimeout(timer)
      timer = null
    }
    dirty = false
    lastRun = clock.now()
    running = run().catch(() => {
      dirty = true
    })
    await running
    running = null
    if (dirty) schedule()
  }

  return {
    notifyChange() {
      dirty = true
      lastChange = clock.now()
      schedule()
    },
    flush,
    isDirty: () => dirty,
    dispose() {
      if (timer !== null) clock.clearTimeout(timer)
      timer = null
    }
  }
}

/** Starts automatic backups for the app's database; returns a stop function. */
export function startAutoBackup(
  db: MatbarDb,
  api: PlatformApi,
  log: (message: string) => void = console.warn
): () => void {
  let reason: 'auto' | 'quit' = 'auto'
  const scheduler = createBackupScheduler(async () => {
    setActivity({ progress: null })
    try {
      const result = await writeBackup(db, api, reason, (progress) => setActivity({ progress }))
      // Locked (encryption on, no password yet this session): the settings page asks for it.
      if (result.outcome === 'locked') throw new Error('locked')
    } finally {
      setActivity(null)
    }
  })
  const prefix = `idb://${db.name}/`
  const onMutated = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((key) => key.startsWith(prefix))) scheduler.notifyChange()
  }
  Dexie.on('storagemutated', onMutated)

  let stopped = false
  const onHidden = () => {
    if (document.visibilityState === 'hidden') void scheduler.flush()
  }
  void api
    .appInfo()
    .then(async (info) => {
      if (info.shell !== 'electron') {
        document.addEventListener('visibilitychange', onHidden)
        return
      }
      // Electron: wait for main to say the window is closing, back up if anything changed, answer.
      while (!stopped) {
        const { quitting } = await api.backupsAwaitQuit()
        if (!quitting) continue
        reason = 'quit'
        await scheduler.flush().catch((error: unknown) => log(`backup on quit failed: ${String(error)}`))
        reason = 'auto'
        await api.backupsQuitReady()
      }
    })
    .catch((error: unknown) => log(`automatic backups: ${String(error)}`))

  return () => {
    stopped = true
    scheduler.dispose()
    Dexie.on('storagemutated').unsubscribe(onMutated)
    document.removeEventListener('visibilitychange', onHidden)
  }
}
