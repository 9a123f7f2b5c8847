import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { largestRemainder } from '@shared/largest-remainder'

describe('largestRemainder()', () => {
  it('rounds three equal weights to 34 + 33 + 33', () => {
    expect(largestRemainder([1, 1, 1])).toEqual([34, 33, 33])
  })

  it('gives 101 % no chance: 2 × 16.5 % + 67 % rounds to 17 + 16 + 67', () => {
    // Rounding each to the nearest whole number would print 17 + 17 + 67 = 101.
    expect(largestRemainder([16.5, 16.5, 67])).toEqual([17, 16, 67])
  })

  it('leaves zero weights at 0 and returns all zeros when no weight is positive', () => {
    expect(largestRemainder([0, 3, 0, 1])).toEqual([0, 75, 0, 25])
    expect(largestRemainder([0, 0])).toEqual([0, 0])
    expect(largestRemainder([])).toEqual([])
  })

  it('refuses negative or non-finite weights and a fractional total', () => {
    expect(() => largestRemainder([1, -1])).toThrow(RangeError)
    expect(() => largestRemainder([1, Number.NaN])).toThrow(RangeError)
    expect(() => largestRemainder([1, Number.POSITIVE_INFINITY])).toThrow(RangeError)
    expect(() => largestRemainder([1], 99.5)).toThrow(RangeError)
  })

  it('always adds up to exactly 100, each share within one of its exact quota (property)', () => {
    const weight = fc.oneof(
      fc.constant(0),
      fc.integer({ min: 0, max: 1000 }),
      fc.double({ min: 0, max: 1e300, noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: 0, max: 1e-300, noNaN: true })
    )
    fc.assert(
      fc.property(fc.array(weight, { minLength: 1, maxLength: 60 }), (weights) => {
        const shares = largestRemainder(weights)
        const positive = weights.some((w) => w > 0)
        expect(shares.reduce((a, b) => a + b, 0)).toBe(positive ? 100 : 0)
        const max = Math.max(...weights)
        const sum = weights.reduce((a, w) => a + w / max, 0)
        shares.forEach((s, i) => {
          expect(Number.isInteger(s)).toBe(true)
          expect(s).toBeGreaterThanOrEqual(0)
          if (weights[i] === 0) expect(s).toBe(0)
          else expect(Math.abs(s - (weights[i]! / max / sum) * 100)).toBeLessThan(1 + 1e-9)
        })
      }),
      { numRuns: 500 }
    )
  })
})
