import { describe, expect, it } from 'vitest'
import {
  KEEP_DAYS,
  KEEP_SAFETY_DAYS,
  planRetention,
  SIZE_GUARD_FACTOR,
  SIZE_GUARD_MIN_BYTES
} from '@main/services/retention'

const utcDay = (d: Date) => d.toISOString().slice(0, 10)
const at = (iso: string) => ({ name: iso, createdAt: new Date(iso) })
const sized = (iso: string, reason: string, size: number) => ({
  name: `${iso}-${reason}`,
  createdAt: new Date(iso),
  reason,
  size
})
const names = (list: { name: string }[]) => list.map((b) => b.name).sort()

describe('retention', () => {
  describe('planRetention()', () => {
    const now = new Date('2026-05-20T15:00:00.000Z')

    it('keeps the newest three of today and deletes older ones of today', () => {
      const today = ['08:00', '09:00', '10:00', '11:00', '12:00'].map((h) => at(`2026-05-20T${h}:00.000Z`))
      const { keep, remove } = planRetention(today, now, utcDay)
      expect(names(keep)).toEqual(['2026-05-20T10:00:00.000Z', '2026-05-20T11:00:00.000Z', '2026-05-20T12:00:00.000Z'])
      expect(names(remove)).toEqual(['2026-05-20T08:00:00.000Z', '2026-05-20T09:00:00.000Z'])
    })

    it('keeps the newest one of each earlier day', () => {
      const list = [at('2026-05-19T08:00:00.000Z'), at('2026-05-19T18:00:00.000Z'), at('2026-05-10T07:00:00.000Z')]
      const { keep, remove } = planRetention(list, now, utcDay)
      expect(names(keep)).toEqual(['2026-05-10T07:00:00.000Z', '2026-05-19T18:00:00.000Z'])
      expect(names(remove)).toEqual(['2026-05-19T08:00:00.000Z'])
    })

    it(`deletes backups older than ${KEEP_DAYS} days and keeps the one exactly ${KEEP_DAYS} days back`, () => {
      const list = [at('2026-04-20T12:00:00.000Z'), at('2026-04-19T12:00:00.000Z'), at('2025-01-01T12:00:00.000Z')]
      const { keep, remove } = planRetention(list, now, utcDay)
      expect(names(keep)).toEqual(['2026-04-20T12:00:00.000Z'])
      expect(names(remove)).toEqual(['2025-01-01T12:00:00.000Z', '2026-04-19T12:00:00.000Z'])
    })

    it('counts a backup dated in the future as today, so moving the clock back deletes nothing new', () => {
      const list = [at('2026-06-01T12:00:00.000Z'), at('2026-05-20T09:00:00.000Z')]
      expect(names(planRetention(list, now, utcDay).keep)).toEqual(names(list))
    })

    it('keeps exactly 3 + 30 over a month of backups every hour', () => {
      const list = []
      for (let h = 0; h < 24 * 40; h++) list.push(at(new Date(now.getTime() - h * 3_600_000).toISOString()))
      const { keep, remove } = planRetention(list, now, utcDay)
      expect(keep.length).toBe(3 + KEEP_DAYS)
      expect(keep.length + remove.length).toBe(list.length)
      expect(new Set(keep.map((b) => utcDay(b.createdAt))).size).toBe(1 + KEEP_DAYS)
    })

    it('does not count safety backups among the three of today and does not delete them (the review case)', () => {
      const MB = 1024 * 1024
      // A 41 MB backup and the before-upgrade backup, then three automatic backups of an empty portfolio.
      const list = [
        sized('2026-05-20T08:00:00.000Z', 'auto', 41 * MB),
        sized('2026-05-20T08:30:00.000Z', 'before-upgrade', 40 * MB),
        sized('2026-05-20T09:00:00.000Z', 'before-restore', 41 * MB),
        sized('2026-05-20T10:00:00.000Z', 'auto', 3000),
        sized('2026-05-20T11:00:00.000Z', 'auto', 3000),
        sized('2026-05-20T12:00:00.000Z', 'auto', 3000)
      ]
      const { keep, remove, pinned } = planRetention(list, now, utcDay)
      expect(names(remove)).toEqual([])
      expect(names(keep)).toEqual(names(list))
      expect(pinned.get(list[1]!)).toBe('safety')
      expect(pinned.get(list[2]!)).toBe('safety')
      expect(pinned.get(list[0]!)).toBe('larger-portfolio')
    })

    it(`keeps safety backups ${KEEP_SAFETY_DAYS} days even among many backups a day, then lets them go`, () => {
      const list = []
      for (let h = 0; h < 24 * 40; h++) {
        const iso = new Date(now.getTime() - h * 3_600_000).toISOString()
        list.push(sized(iso, h % 24 === 5 ? 'before-restore' : h % 24 === 7 ? 'before-upgrade' : 'auto', 1000))
      }
      const { keep, remove } = planRetention(list, now, utcDay)
      const safetyKept = keep.filter((b) => b.reason !== 'auto')
      const safetyRemoved = remove.filter((b) => b.reason !== 'auto')
      expect(safetyKept.length).toBe(2 * (KEEP_SAFETY_DAYS + 1))
      for (const b of safetyKept) expect(utcDay(b.createdAt) >= '2026-04-20').toBe(true)
      for (const b of safetyRemoved) expect(utcDay(b.createdAt) < '2026-04-20').toBe(true)
      // The ordinary rule is unchanged: three of today and one per earlier day.
      expect(keep.filter((b) => b.reason === 'auto').length).toBe(3 + KEEP_DAYS)
    })

    it(`keeps the newest backup more than ${SIZE_GUARD_FACTOR}x the size of the newest one, whatever its age`, () => {
      const big = 10 * SIZE_GUARD_MIN_BYTES
      const list = [
        sized('2025-01-01T12:00:00.000Z', 'auto', big * 2),
        sized('2025-02-01T12:00:00.000Z', 'manual', big),
        sized('2025-03-01T12:00:00.000Z', 'before-restore', big), // a safety backup past its days
        sized('2026-05-20T09:00:00.000Z', 'auto', 5000),
        sized('2026-05-20T10:00:00.000Z', 'auto', 5000),
        sized('2026-05-20T11:00:00.000Z', 'auto', 5000),
        sized('2026-05-20T12:00:00.000Z', 'auto', 5000)
      ]
      const { keep, remove } = planRetention(list, now, utcDay)
      expect(names(keep)).toContain('2025-02-01T12:00:00.000Z-manual')
      expect(names(remove)).toEqual([
        '2025-01-01T12:00:00.000Z-auto',
        '2025-03-01T12:00:00.000Z-before-restore',
        '2026-05-20T09:00:00.000Z-auto'
      ])
    })

    it('applies no size guard to small differences or to a portfolio that grew', () => {
      const list = [
        sized('2026-05-20T08:00:00.000Z', 'auto', SIZE_GUARD_MIN_BYTES - 1),
        sized('2026-05-20T09:00:00.000Z', 'auto', 10),
        sized('2026-05-20T10:00:00.000Z', 'auto', 10),
        sized('2026-05-20T11:00:00.000Z', 'auto', 10)
      ]
      expect(names(planRetention(list, now, utcDay).remove)).toEqual(['2026-05-20T08:00:00.000Z-auto'])
      const grown = [
        sized('2026-05-20T08:00:00.000Z', 'auto', 1000),
        sized('2026-05-20T09:00:00.000Z', 'auto', 10_000_000),
        sized('2026-05-20T10:00:00.000Z', 'auto', 10_000_000),
        sized('2026-05-20T11:00:00.000Z', 'auto', 10_000_000)
      ]
      expect(names(planRetention(grown, now, utcDay).remove)).toEqual(['2026-05-20T08:00:00.000Z-auto'])
    })
  })
})
