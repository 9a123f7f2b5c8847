/** formatNumber at the ends of the scale: tiny and huge numbers, zero's sign, and what is not a number. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatNumber, formatShare } from '@shared/format'
import type { Language } from '@shared/settings'

/** Grouping spaces as plain spaces and the minus sign as "-", so the test states the format, not the ICU release. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-')

/** The number a formatted text stands for, read back (grouping removed, decimal comma or point). */
function readBack(text: string, lang: Language): number {
  const p = plain(text).replace(/ /g, '')
  return Number(lang === 'sv' ? p.replace(',', '.') : p.replace(/,/g, ''))
}

describe('formatNumber() at the ends of the scale', () => {
  it('shows tiny numbers by their significant digits, never as 0', () => {
    expect(plain(formatNumber(1e-7, 'sv'))).toBe('0,0000001')
    expect(formatNumber(1e-7, 'en')).toBe('0.0000001')
    expect(plain(formatNumber(0.0042, 'sv'))).toBe('0,0042')
    expect(plain(formatNumber(-0.000012345, 'sv'))).toBe('-0,000012')
    expect(plain(formatNumber(0.004, 'sv', 2))).toBe('0,004')
    expect(plain(formatNumber(0.3, 'sv', 0))).toBe('0,3')
  })

  it('keeps the decimals asked for where they show the number', () => {
    expect(plain(formatNumber(0.01, 'sv'))).toBe('0,01')
    expect(plain(formatNumber(0.05, 'sv', 2))).toBe('0,05')
    expect(plain(formatNumber(12.5, 'sv', 0))).toBe('13')
  })

  it('writes zero as 0, never -0', () => {
    expect(formatNumber(0, 'sv')).toBe('0')
    expect(formatNumber(-0, 'sv')).toBe('0')
    expect(plain(formatNumber(-0, 'sv', 2))).toBe('0,00')
  })

  it('writes huge numbers in full with grouping, rounded to 15 significant digits, never with an exponent', () => {
    expect(plain(formatNumber(1e21, 'sv'))).toBe('1 000 000 000 000 000 000 000')
    expect(formatNumber(1e21, 'en')).toBe('1,000,000,000,000,000,000,000')
    expect(plain(formatNumber(2 ** 60 + 12345, 'sv'))).toBe('1 152 921 504 606 860 000')
    expect(plain(formatNumber(-2.5e15, 'sv'))).toBe('-2 500 000 000 000 000')
  })

  it('writes what is not a number as a dash and the infinities as ∞', () => {
    expect(formatNumber(Number.NaN, 'sv')).toBe('–')
    expect(formatNumber(Number.POSITIVE_INFINITY, 'en')).toBe('∞')
    expect(plain(formatNumber(Number.NEGATIVE_INFINITY, 'sv'))).toBe('-∞')
  })

  it('for any finite number: no exponent, "0" only for zero, and the text reads back close to the number', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }),
        fc.constantFrom<Language>('sv', 'en'),
        fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
        (value, lang, decimals) => {
          const text = formatNumber(value, lang, decimals)
          expect(text).not.toMatch(/[eE]/)
          const back = readBack(text, lang)
          if (value === 0) expect(back).toBe(0)
          else {
            expect(back).not.toBe(0)
            expect(Math.sign(back)).toBe(Math.sign(value))
            // Two significant digits at worst (small numbers), else the decimals' rounding.
            const tolerance = Math.max(Math.abs(value) * 0.05, decimals === undefined ? 0.005 : 0.5 * 10 ** -decimals)
            expect(Math.abs(back - value)).toBeLessThanOrEqual(tolerance)
          }
        }
      ),
      { numRuns: 500 }
    )
  })

  it('writes a share as a whole percentage, and a tiny share by its first digit rather than 0 %', () => {
    expect(plain(formatShare(0.78, 'sv'))).toBe('78 %')
    expect(formatShare(0.78, 'en')).toBe('78%')
    expect(plain(formatShare(0.004, 'sv'))).toBe('0,4 %')
    expect(formatShare(0.00003, 'en')).toBe('0.003%')
    expect(plain(formatShare(0, 'sv'))).toBe('0 %')
    expect(plain(formatShare(-0.001, 'sv'))).toBe('-0,1 %')
    expect(plain(formatShare(-0.000000001, 'sv'))).not.toBe('-0 %')
  })
})
