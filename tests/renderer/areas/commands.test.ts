import { describe, expect, it } from 'vitest'
import {
  addMeasurement,
  captureAreas,
  deleteMeasurement,
  mergeAreas,
  moveAreas,
  titlesFromLines,
  updateMeasurement
} from '@renderer/features/areas/commands'
import { TABLE_NAMES } from '@shared/entities'
import type { MatbarDb } from '@renderer/db/db'
import { freshDb } from '../helpers/db'
import { engagementRow } from '../helpers/rows'
import { areaRow, seedEngagement, workshopRow } from '../workshops/fixtures'

const NOW = '2026-03-01T12:00:00.000Z'
const T0 = '2026-02-01T10:00:00.000Z'

/** Every row of every table, to prove a refused write changed nothing. */
async function snapshot(db: MatbarDb) {
  return Object.fromEntries(
    await Promise.all(TABLE_NAMES.map(async (n) => [n, await db.entityTable(n).toArray()] as const))
  )
}

describe('features/areas/commands', () => {
  describe('titlesFromLines()', () => {
    it('gives one title per non-blank line, trimmed, without list bullets', () => {
      expect(titlesFromLines('  Belysning \n\n- Skolor\r\n• Ventilation\n   \n')).toEqual([
        'Belysning',
        'Skolor',
        'Ventilation'
      ])
    })
  })

  describe('captureAreas()', () => {
    it('creates one identified area per line in the workshop', async () => {
      const db = freshDb()
      const { first } = await seedEngagement(db)
      const lines = ['Vikarier', 'Schema', 'Frånvaro', 'IT-stöd', 'Lokaler']
      await captureAreas(db, first, lines.join('\n'), NOW)
      const areas = await db.areas.where('workshopId').equals(first.id).toArray()
      expect(areas.map((a) => a.title).sort()).toEqual([...lines].sort())
      // Listed by when they were made, they come back in the order typed.
      expect(areas.sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((a) => a.title)).toEqual(lines)
      expect(new Set(areas.map((a) => a.status))).toEqual(new Set(['identified']))
      expect(new Set(areas.map((a) => a.engagementId))).toEqual(new Set([first.engagementId]))
    })
  })

  describe('moveAreas()', () => {
    it('moves areas to another workshop of the same engagement, keeping every other field', async () => {
      const db = freshDb()
      const { first, second } = await seedEngagement(db)
      const area = areaRow(first, { title: 'Belysning', votes: 4, contractValueSek: 900_000 })
      await db.areas.add(area)
      await moveAreas(db, [area.id], second.id, NOW)
      expect(await db.areas.get(area.id)).toEqual({ ...area, workshopId: second.id, updatedAt: NOW })
    })

    it('refuses a workshop of another engagement and changes nothing', async () => {
      const db = freshDb()
      const { first, organisation } = await seedEngagement(db)
      const otherEngagement = engagementRow(organisation.id)
      const foreign = workshopRow(otherEngagement.id)
      await db.engagements.add(otherEngagement)
      await db.workshops.add(foreign)
      await db.areas.add(areaRow(first))
      const before = await snapshot(db)
      await expect(moveAreas(db, [(await db.areas.toArray())[0]!.id], foreign.id, NOW)).rejects.toThrow(RangeError)
      expect(await snapshot(db)).toEqual(before)
    })
  })

  describe('mergeAreas()', () => {
    it('merges b into a in the database: fields chosen, votes added, scores, measurements and attachments moved, b gone', async () => {
      const db = freshDb()
      const { first, second, engagement } = await seedEngagement(db)
      const a = areaRow(first, { id: 'area-a', title: 'Belysning', votes: 3, costPerYearSek: 100 })
      const b = areaRow(second, {
        id: 'area-b',
        title: 'Gatubelysning',
        votes: 2,
        costPerYearSek: 200,
        problem: 'Gamla armaturer'
      })
      await db.areas.bulkAdd([a, b])
      await db.criteria.bulkAdd(
        ['c1', 'c2', 'c3'].map((id, order) => ({
          id,
          createdAt: T0,
          updatedAt: T0,
          engagementId: engagement.id,
          name: id,
          weight: 1,
          direction: 'benefit' as const,
          order,
          fromVotes: false
        }))
      )
      const score = (id: string, areaId: string, criterionId: string, value: number) => ({
        id,
        createdAt: T0,
        updatedAt: T0,
        areaId,
        criterionId,
        value
      })
      await db.scores.bulkAdd([
        score('sa1', 'area-a', 'c1', 5),
        score('sb1', 'area-b', 'c1', 2),
        score('sb2', 'area-b', 'c2', 4),
        score('sa3', 'area-a', 'c3', 3)
      ])
      await db.measurements.add({
        id: 'm1',
        createdAt: T0,
        updatedAt: T0,
        areaId: 'area-b',
        date: '2026-03-31',
        value: 7,
        source: '',
        note: ''
      })
      await db.attachments.add({
        id: 'f1',
        createdAt: T0,
        updatedAt: T0,
        ownerType: 'area',
        ownerId: 'area-b',
        name: 'foto.jpg',
        sha256: 'b'.repeat(64),
        size: 3,
        mimeType: 'image/jpeg'
      })

      await mergeAreas(db, 'area-a', 'area-b', { fields: { title: 'b', workshopId: 'b' }, scores: { c1: 'b' } }, NOW)

      expect(await db.areas.get('area-b')).toBeUndefined()
      const merged = await db.areas.get('area-a')
      expect(merged).toMatchObject({
        title: 'Gatubelysning',
        workshopId: second.id,
        costPerYearSek: 100,
        problem: 'Gamla armaturer',
        votes: 5
      })
      const scores = await db.scores.toArray()
      expect(scores.map((s) => [s.areaId, s.criterionId, s.value]).sort()).toEqual([
        ['area-a', 'c1', 2],
        ['area-a', 'c2', 4],
        ['area-a', 'c3', 3]
      ])
      expect((await db.measurements.get('m1'))?.areaId).toBe('area-a')
      expect((await db.attachments.get('f1'))?.ownerId).toBe('area-a')
    })

    it('changes nothing when the merge is refused', async () => {
      const db = freshDb()
      const { first, organisation } = await seedEngagement(db)
      const otherEngagement = engagementRow(organisation.id)
      const foreign = workshopRow(otherEngagement.id)
      await db.engagements.add(otherEngagement)
      await db.workshops.add(foreign)
      await db.areas.bulkAdd([areaRow(first, { id: 'x' }), areaRow(foreign, { id: 'y' })])
      const before = await snapshot(db)
      await expect(mergeAreas(db, 'x', 'y', { fields: {}, scores: {} }, NOW)).rejects.toThrow(RangeError)
      expect(await snapshot(db)).toEqual(before)
    })
  })

  describe('measurements', () => {
    it('adds, corrects and deletes a measured value, keeping its creation time when corrected', async () => {
      const db = freshDb()
      const { first } = await seedEngagement(db)
      const area = areaRow(first)
      await db.areas.add(area)
      const added = await addMeasurement(
        db,
        area.id,
        { date: '2026-04-01', value: 12.5, source: 'Elnätsbolagets mätdata', note: 'Före' },
        T0
      )
      expect(await db.measurements.get(added.id)).toEqual(added)
      const corrected = await updateMeasurement(
        db,
        added.id,
        { date: '2026-04-02', value: 10, source: '', note: '' },
        NOW
      )
      expect(corrected).toEqual({ ...added, date: '2026-04-02', value: 10, source: '', note: '', updatedAt: NOW })
      await deleteMeasurement(db, added.id)
      expect(await db.measurements.count()).toBe(0)
    })

    it('refuses a value for a missing area or an invalid row, and changes nothing', async () => {
      const db = freshDb()
      const { first } = await seedEngagement(db)
      const area = areaRow(first)
      await db.areas.add(area)
      const before = await snapshot(db)
      await expect(
        addMeasurement(db, 'nope', { date: '2026-04-01', value: 1, source: '', note: '' }, NOW)
      ).rejects.toThrow(RangeError)
      await expect(
        addMeasurement(db, area.id, { date: '1 april', value: 1, source: '', note: '' }, NOW)
      ).rejects.toThrow()
      await expect(
        updateMeasurement(db, 'nope', { date: '2026-04-01', value: 1, source: '', note: '' }, NOW)
      ).rejects.toThrow(RangeError)
      expect(await snapshot(db)).toEqual(before)
    })
  })
})
