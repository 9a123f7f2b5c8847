import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { areaToForm, formToArea, numberText, type AreaFormValues } from '@renderer/features/areas/area-form'
import { parseNumberInput } from '@renderer/features/areas/form-input'
import { areaRow } from '../workshops/fixtures'

const area = areaRow({ id: 'w1', engagementId: 'e1' }, { title: 'Gatubelysning' })
const base = areaToForm(area, 'sv')
const withValues = (patch: Partial<AreaFormValues>): AreaFormValues => ({ ...base, ...patch })

describe('area-form', () => {
  describe('parseNumberInput()', () => {
    it.each([
      ['1 200 000', 1_200_000],
      ['12,5', 12.5],
      ['12.5', 12.5],
      ['-3', -3],
      ['850\u00a0000 kr', 850_000],
      ['', null],
      ['   ', null]
    ])('reads %j as %j', (text, expected) => {
      expect(parseNumberInput(text)).toBe(expected)
    })

    it.each(['tolv', '1,2,3', '12a', '1.200,5', '--1'])('refuses %j', (text) => {
      expect(parseNumberInput(text)).toBeNaN()
    })
  })

  describe('numberText()', () => {
    it('shows numbers so that they read back to the same value, in both languages', () => {
      fc.assert(
        fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.constantFrom('sv' as const, 'en' as const), (n, lang) => {
          const value = Number(n.toFixed(4))
          // + 0 folds -0 into 0: the sign of zero is not something a user can see or mean.
          expect((parseNumberInput(numberText(value, lang)) ?? Number.NaN) + 0).toBe(value + 0)
        })
      )
    })
  })

  describe('formToArea()', () => {
    // Bad input gives a message at the field it concerns and no area.
    it.each<[string, Partial<AreaFormValues>, string, string]>([
      ['text in a number', { costPerYearSek: 'mycket' }, 'costPerYearSek', 'inputError.notANumber'],
      ['text in the baseline', { baselineValue: '12 st' }, 'baselineValue', 'inputError.notANumber'],
      ['a negative cost', { costPerYearSek: '-1' }, 'costPerYearSek', 'inputError.negative'],
      ['a negative contract value', { contractValueSek: '-700 000' }, 'contractValueSek', 'inputError.negative'],
      ['a negative effect', { annualEffectSek: '-5' }, 'annualEffectSek', 'inputError.negative'],
      ['a target date before the baseline date', { baselineDate: '2026-01-31', targetDate: '2025-12-31' }, 'targetDate', 'inputError.targetBeforeBaseline'],
      ['an empty title', { title: '   ' }, 'title', 'inputError.required']
    ])('refuses %s', (_name, patch, field, message) => {
      const result = formToArea(area, withValues(patch))
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.errors[field]).toBe(message)
    })

    it('reports the date problem together with a problem in another field', () => {
      const result = formToArea(area, withValues({ costPerYearSek: '-1', baselineDate: '2026-02-01', targetDate: '2026-01-01' }))
      expect(result.ok ? {} : result.errors).toEqual({
        costPerYearSek: 'inputError.negative',
        targetDate: 'inputError.targetBeforeBaseline'
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
      expect(result.area.indicator).toMatchObject({ name: 'Elanvändning', baselineValue: 3100, targetValue: 1400.5, targetDate: '2029-12-31' })
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
