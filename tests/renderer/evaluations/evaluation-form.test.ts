import { describe, expect, it } from 'vitest'
import { EMPTY_DRAFT, draftToEvaluation } from '@renderer/features/evaluations/evaluation-form'

const NOW = '2026-03-01T12:00:00.000Z'

describe('features/evaluations/evaluation-form', () => {
  describe('draftToEvaluation()', () => {
    it.each([
      ['a grade 0', { overall: '0' }, 'overall'],
      ['a grade 7', { content: '7' }, 'content'],
      ['text as a grade', { delivery: 'bra' }, 'delivery'],
      ['a decimal grade', { overall: '5,5' }, 'overall']
    ])('refuses %s at its field', (_name, patch, field) => {
      const result = draftToEvaluation('w', { ...EMPTY_DRAFT, overall: '5', ...patch }, NOW)
      expect(result.ok ? null : result.errors[field]).toBe('forms.errors.grade')
    })

    it('keeps blank aspects as unanswered', () => {
      const result = draftToEvaluation('w', { ...EMPTY_DRAFT, overall: '6', comment: ' Lärorikt ' }, NOW)
      expect(result.ok && [result.row.overall, result.row.content, result.row.delivery, result.row.comment]).toEqual([
        6,
        null,
        null,
        'Lärorikt'
      ])
    })
  })
})
