import { describe, expect, it, vi } from 'vitest'
import {
  createBackupScheduler,
  MIN_INTERVAL_MS,
  QUIET_MS,
  startAutoBackup,
  type Clock
} from '@renderer/features/backups/auto-backup'
import { createApi } from '@renderer/platform/api'
import { freshDb } from '../helpers/db'
import { createFakeWrites } from '../helpers/write-sessions'

/** A clock whose timers fire only when the test moves time on. */
function fakeClock() {
  let now = 0
  let timers: Array<{ at: number; fn: () => void; id: number }> = []
  let nextId = 1
  const clock: Clock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      const id = nextId++
      timers.push({ at: now + ms, fn, id })
      return id
    },
    clearTimeout: (id) => {
      timers = timers.filter((t) => t.id !== id)
    }
  }
  async function advance(ms: number) {
    const end = now + ms
    for (;;) {
      const due = timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0]
      if (!due) break
      now = due.at
      timers = timers.filter((t) => t !== due)
      due.fn()
      await new Promise((r) => setTimeout(r, 0))
    }
    now = end
  }
  return { clock, advance }
}

describe('features/backups/auto-backup', () => {
  describe('createBackupScheduler()', () => {
    it('backs up once after a burst of changes has gone quiet', async () => {
      const { clock, advance } = fakeClock()
      const run = vi.fn(async () => undefined)
      const s = createBackupScheduler(run, clock)
      for (let i = 0; i < 5; i++) {
        s.notifyChange()
        await advance(1000)
      }
      expect(run).not.toHaveBeenCalled()
      await advance(QUIET_MS)
      expect(run).toHaveBeenCalledTimes(1)
    })

    it('backs up at most once every five minutes while changes keep coming', async () => {
      const { clock, advance } = fakeClock()
      const run = vi.fn(async () => undefined)
      const s = createBackupScheduler(run, clock)
      // A change every 30 seconds for 20 minutes.
      for (let t = 0; t < 20 * 60_000; t += 30_000) {
        s.notifyChange()
        await advance(30_000)
      }
      await advance(MIN_INTERVAL_MS)
      expect(run.mock.calls.length).toBeGreaterThanOrEqual(4)
      expect(run.mock.calls.length).toBeLessThanOrEqual(5)
    })

    it('does nothing without changes, and flush() runs at once when dirty', async () => {
      const { clock, advance } = fakeClock()
      const run = vi.fn(async () => undefined)
      const s = createBackupScheduler(run, clock)
      await advance(MIN_INTERVAL_MS * 3)
      await s.flush()
      expect(run).not.toHaveBeenCalled()
      s.notifyChange()
      await s.flush()
      expect(run).toHaveBeenCalledTimes(1)
      expect(s.isDirty()).toBe(false)
    })

    it('stays dirty after a failed backup and tries again', async () => {
      const { clock, advance } = fakeClock()
      const run = vi.fn().mockRejectedValueOnce(new Error('locked')).mockResolvedValue(undefined)
      const s = createBackupScheduler(run, clock)
      s.notifyChange()
      await advance(QUIET_MS)
      expect(run).toHaveBeenCalledTimes(1)
      expect(s.isDirty()).toBe(true)
      await advance(MIN_INTERVAL_MS)
      expect(run).toHaveBeenCalledTimes(2)
      expect(s.isDirty()).toBe(false)
    })
  })

  describe('startAutoBackup()', () => {
    it('backs up after a write to the database, with the rows of the moment', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
      try {
        const db = freshDb()
        const writes = createFakeWrites(() => ({
          outcome: 'written',
          missingAttachments: 0,
          backup: {
            name: 'matbar-backup-2026-05-20T10-00-00-000Z-auto.zip',
            createdAt: '2026-05-20T10:00:00.000Z',
            reason: 'auto',
            encrypted: false,
            size: 1,
            counts: null,
            attachmentCount: 0
          }
        }))
        const created = writes.done
        const api = createApi(async (channel, input) => {
          if (channel === 'app:info')
            return { ok: true, value: { name: 'Mätbar', version: '1.0.0', dataFolder: '/x', shell: 'browser' } }
          const write = writes.answer(channel, input)
          if (write) return { ok: true, value: write.value }
          return { ok: false, error: { code: 'unknown-channel', message: channel } }
        })
        const stop = startAutoBackup(db, api, () => undefined)
        await db.questions.add({
          id: 'q-1',
          createdAt: '2026-05-20T10:00:00.000Z',
          updatedAt: '2026-05-20T10:00:00.000Z',
          text: 'Vad kostar mest?',
          builtIn: false
        })
        await vi.advanceTimersByTimeAsync(QUIET_MS + 1000)
        await vi.waitFor(() => expect(created).toHaveLength(1))
        expect(created[0]!.purpose).toEqual({ kind: 'backup', reason: 'auto' })
        expect(JSON.parse(created[0]!.text).tables.questions).toHaveLength(1)
        stop()
      } finally {
        vi.useRealTimers()
      }
    })
  })
})
