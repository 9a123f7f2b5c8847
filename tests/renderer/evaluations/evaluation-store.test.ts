import { describe, expect, it } from 'vitest'
import {
  EMPTY_DRAFT,
  addEvaluation,
  draftToEvaluation,
  evaluationsByWorkshop,
  setEvaluationFlags
} from '@renderer/features/evaluations/evaluation-store'
import { freshDb } from '../helpers/db'
import { evaluationRow } from '../helpers/rows'
import { seedEngagement } from '../workshops/fixtures'

const NOW = '2026-03-01T12:00:00.000Z'

describe('evaluation-store', () => {
  describe('draftToEvaluation()', () => {
    it.each([
      ['a grade 0', { overall: '0' }, 'overall'],
      ['a grade 7', { content: '7' }, 'content'],
      ['text as a grade', { delivery: 'bra' }, 'delivery'],
      ['a decimal grade', { overall: '5,5' }, 'overall']
    ])('refuses %s at its field', (_name, patch, field) => {
      const result = draftToEvaluation('w', { ...EMPTY_DRAFT, overall: '5', ...patch }, NOW)
      expect(result.ok ? null : result.errors[field]).toBe('inputError.grade')
    })

    it('keeps blank aspects as unanswered', () => {
      const result = draftToEvaluation('w', { ...EMPTY_DRAFT, overall: '6', comment: ' Lärorikt ' }, NOW)
      expect(result.ok && [result.row.overall, result.row.content, result.row.delivery, result.row.comment]).toEqual([6, null, null, 'Lärorikt'])
    })
  })

  describe('setEvaluationFlags()', () => {
    it('picks a quotable comment as a reference, never one without consent', async () => {
      const db = freshDb()
      const { first } = await seedEngagement(db)
      const quotable = evaluationRow(first.id, { comment: 'Proffsigt', quotable: true })
      const silent = evaluationRow(first.id, { comment: 'Internt', quotable: false })
      await addEvaluation(db, quotable)
      await addEvaluation(db, silent)
      await setEvaluationFlags(db, quotable.id, { reference: true }, NOW)
      await setEvaluationFlags(db, silent.id, { reference: true }, NOW)
      expect((await db.evaluations.get(quotable.id))?.reference).toBe(true)
      expect((await db.evaluations.get(silent.id))?.reference).toBe(false)
      // Withdrawn consent withdraws the reference too.
      await setEvaluationFlags(db, quotable.id, { quotable: false }, NOW)
      expect((await db.evaluations.get(quotable.id))?.reference).toBe(false)
    })
  })

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
