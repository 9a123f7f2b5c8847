import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { numberText, parseNumber } from '@renderer/forms'

describe('forms/numbers', () => {
  describe('parseNumber()', () => {
    it.each([
      // As Swedish users type them (the cases of the former parseNumberInput and parseTypedNumber).
      ['1 200 000', 1_200_000],
      ['1 500 000', 1_500_000],
      ['45 000', 45_000],
      ['1 546 202,50', 1_546_202.5],
      ['12,5', 12.5],
      ['12.5', 12.5],
      ['-3', -3],
      ['\u22123', -3],
      ['- 3', -3],
      ['0', 0],
      ['007', 7],
      ['  42  ', 42],
      ['850\u00a0000 kr', 850_000],
      ['850 000 kr', 850_000],
      ['850000KR', 850_000],
      ['1\u202f200\u202f000', 1_200_000],
      ['1\u2009200', 1200],
      ['', null],
      ['   ', null],
      ['kr', null]
    ])('reads %j as %j', (text, expected) => {
      expect(parseNumber(text)).toBe(expected)
    })

    it.each([
      'tolv',
      '1,2,3',
      '12a',
      '1.200,5',
      '1,200.5',
      '--1',
      '12.',
      ',5',
      '+5',
      '1e5',
      'Infinity',
      'kr 500',
      '5 kr kr',
      '1 000 €'
    ])('refuses %j', (text) => {
      expect(parseNumber(text)).toBeNaN()
    })
  })

  describe('numberText()', () => {
    it('writes Swedish numbers with digit groups and a decimal comma, English ones plain', () => {
      expect(numberText(1_200_000, 'sv')).toBe('1\u00a0200\u00a0000')
      expect(numberText(12.5, 'sv')).toBe('12,5')
      expect(numberText(-3, 'sv')).toBe('-3')
      expect(numberText(1_200_000.5, 'en')).toBe('1200000.5')
      expect(numberText(45_000.5, 'sv', { grouping: false })).toBe('45000,5')
      expect(numberText(null, 'sv')).toBe('')
    })

    it('gives text that parses back to the same number, in both languages, grouped or not', () => {
      fc.assert(
        fc.property(
          fc.double({ min: -1e12, max: 1e12, noNaN: true }),
          fc.constantFrom('sv' as const, 'en' as const),
          fc.boolean(),
          (n, lang, grouping) => {
            const value = Number(n.toFixed(4))
            // + 0 folds -0 into 0: the sign of zero is not something a user can see or mean.
            expect((parseNumber(numberText(value, lang, { grouping })) ?? Number.NaN) + 0).toBe(value + 0)
          }
        )
      )
    })

    it('reads back what Intl writes for Swedish, whole kronor included', () => {
      const sek = new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 })
      fc.assert(
        fc.property(fc.integer({ min: -1e9, max: 1e9 }), (n) => {
          expect((parseNumber(sek.format(n)) ?? Number.NaN) + 0).toBe(n + 0)
        })
      )
    })
  })
})
