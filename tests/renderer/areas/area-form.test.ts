import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { areaToForm, formToArea, type AreaFormValues } from '@renderer/features/areas/area-form'
import { areaRow } from '../workshops/fixtures'

const area = areaRow({ id: 'w1', engagementId: 'e1' }, { title: 'Gatubelysning' })
const base = areaToForm(area, 'sv')
const withValues = (patch: Partial<AreaFormValues>): AreaFormValues => ({ ...base, ...patch })

describe('features/areas/area-form', () => {
  describe('areaToForm()', () => {
    it('shows the numbers so that saving the untouched form gives them back, in both languages', () => {
      fc.assert(
        fc.property(
          fc.double({ min: 0, max: 1e12, noNaN: true }),
          fc.constantFrom('sv' as const, 'en' as const),
          (n, lang) => {
            // + 0 folds -0 into 0: the sign of zero is not something a user can see or mean.
            const value = Number(n.toFixed(4)) + 0
            const result = formToArea(
              area,
              areaToForm({ ...area, costPerYearSek: value, contractValueSek: value }, lang)
            )
            expect(result.ok && [result.area.costPerYearSek, result.area.contractValueSek]).toEqual([value, value])
          }
        )
      )
    })
  })

  describe('formToArea()', () => {
    // Bad input gives a message at the field it concerns and no area.
    it.each<[string, Partial<AreaFormValues>, string, string]>([
      ['text in a number', { costPerYearSek: 'mycket' }, 'costPerYearSek', 'forms.errors.number'],
      ['text in the baseline', { baselineValue: '12 st' }, 'baselineValue', 'forms.errors.number'],
      ['a negative cost', { costPerYearSek: '-1' }, 'costPerYearSek', 'forms.errors.negative'],
      ['a negative contract value', { contractValueSek: '-700 000' }, 'contractValueSek', 'forms.errors.negative'],
      ['a negative effect', { annualEffectSek: '-5' }, 'annualEffectSek', 'forms.errors.negative'],
      [
        'a target date before the baseline date',
        { baselineDate: '2026-01-31', targetDate: '2025-12-31' },
        'targetDate',
        'forms.errors.targetBeforeBaseline'
      ],
      [
        'a target above the baseline when lower is better',
        { direction: 'lower-is-better', baselineValue: '3 100', targetValue: '3 500' },
        'targetValue',
        'forms.errors.targetWrongSide'
      ],
      [
        'a target below the baseline when higher is better',
        { direction: 'higher-is-better', baselineValue: '40', targetValue: '35,5' },
        'targetValue',
        'forms.errors.targetWrongSide'
      ],
      ['an empty title', { title: '   ' }, 'title', 'forms.errors.required']
    ])('refuses %s', (_name, patch, field, message) => {
      const result = formToArea(area, withValues(patch))
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.errors[field]).toBe(message)
    })

    it('reports the date problem together with a problem in another field', () => {
      const result = formToArea(
        area,
        withValues({ costPerYearSek: '-1', baselineDate: '2026-02-01', targetDate: '2026-01-01' })
      )
      expect(result.ok ? {} : result.errors).toEqual({
        costPerYearSek: 'forms.errors.negative',
        targetDate: 'forms.errors.targetBeforeBaseline'
      })
    })

    it('turns good input into an area with an indicator', () => {
      const result = formToArea(
        area,
        withValues({
          costPerYearSek: '4 800 000',
          indicatorName: 'Elanvändning',
          unit: 'MWh/år',
          baselineValue: '3 100',
          baselineDate: '2025-12-31',
          targetValue: '1 400,5',
          targetDate: '2029-12-31',
          goalId: 'g1',
          procurementNecessity: 'necessary',
          route: 'open',
          contractValueSek: '18 000 000'
        })
      )
      expect(result.ok).toBe(true)
      if (!result.ok) return
      expect(result.area.costPerYearSek).toBe(4_800_000)
      expect(result.area.indicator).toMatchObject({
        name: 'Elanvändning',
        baselineValue: 3100,
        targetValue: 1400.5,
        targetDate: '2029-12-31'
      })
      expect(result.area.goalId).toBe('g1')
      expect(result.area.procurementNecessity).toBe('necessary')
      expect(result.area.contractValueSek).toBe(18_000_000)
    })

    it('keeps no indicator when none of its fields is filled', () => {
      const result = formToArea(area, withValues({ problem: 'Dyrt' }))
      expect(result.ok && result.area.indicator).toBe(null)
    })
  })
})
