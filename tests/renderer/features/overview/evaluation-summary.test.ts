import { describe, expect, it } from 'vitest'
import { summariseEvaluations } from '../../../../src-renderer/src/features/overview/evaluation-summary'

describe('features/overview/evaluation-summary', () => {
  describe('summariseEvaluations()', () => {
    it('takes the mean of each rating', () => {
      const summary = summariseEvaluations([
        { overall: 6, content: 5, delivery: 4 },
        { overall: 5, content: 5, delivery: 6 }
      ])
      expect(summary).toEqual({
        count: 2,
        overall: { mean: 5.5, n: 2 },
        content: { mean: 5, n: 2 },
        delivery: { mean: 5, n: 2 }
      })
    })

    it('leaves out skipped ratings rather than counting them as zero', () => {
      const summary = summariseEvaluations([
        { overall: 4, content: null, delivery: 3 },
        { overall: null, content: null, delivery: 5 }
      ])
      expect(summary.overall).toEqual({ mean: 4, n: 1 })
      expect(summary.content).toBeNull()
      expect(summary.delivery).toEqual({ mean: 4, n: 2 })
      expect(summary.count).toBe(2)
    })

    it('has no means without evaluations', () => {
      expect(summariseEvaluations([])).toEqual({ count: 0, overall: null, content: null, delivery: null })
    })
  })
})
