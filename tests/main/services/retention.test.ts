import { describe, expect, it } from 'vitest'
import { KEEP_DAYS, planRetention } from '@main/services/retention'

const utcDay = (d: Date) => d.toISOString().slice(0, 10)
const at = (iso: string) => ({ name: iso, createdAt: new Date(iso) })
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
  })
})
