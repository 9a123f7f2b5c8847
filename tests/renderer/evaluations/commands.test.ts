import { describe, expect, it } from 'vitest'
import { addEvaluation, setEvaluationFlags } from '@renderer/features/evaluations/commands'
import { freshDb } from '../helpers/db'
import { evaluationRow } from '../helpers/rows'
import { seedEngagement } from '../workshops/fixtures'

const NOW = '2026-03-01T12:00:00.000Z'

describe('features/evaluations/commands', () => {
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
})
