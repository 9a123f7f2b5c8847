import { describe, expect, it } from 'vitest'
import { evaluationsByWorkshop } from '@renderer/features/evaluations/queries'
import { freshDb } from '../helpers/db'
import { evaluationRow } from '../helpers/rows'
import { seedEngagement } from '../workshops/fixtures'

describe('features/evaluations/queries', () => {
  describe('evaluationsByWorkshop()', () => {
    it('groups evaluations per workshop, oldest workshop first, for one organisation or all', async () => {
      const db = freshDb()
      const a = await seedEngagement(db)
      const b = await seedEngagement(db)
      await db.evaluations.bulkAdd([evaluationRow(a.second.id), evaluationRow(a.first.id), evaluationRow(b.first.id)])
      const mine = await evaluationsByWorkshop(db, a.organisation.id)
      expect(mine.map((g) => [g.workshop.id, g.evaluations.length])).toEqual([
        [a.first.id, 1],
        [a.second.id, 1]
      ])
      const all = await evaluationsByWorkshop(db)
      expect(all.flatMap((g) => g.evaluations)).toHaveLength(3)
    })
  })
})
