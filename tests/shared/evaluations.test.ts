import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { ASPECTS, GRADES, roundToOneDecimal, summariseEvaluations, type EvaluationAnswers } from '@shared/evaluations'

const row = (overall: number | null, content: number | null, delivery: number | null): EvaluationAnswers => ({
  overall,
  content,
  delivery
})

const answer = fc.option(fc.integer({ min: 1, max: 6 }), { nil: null, freq: 4 })
const rowArb = fc.record({ overall: answer, content: answer, delivery: answer })

describe('evaluations', () => {
  describe('constants', () => {
    it('has the six grades 1–6 and the three aspects', () => {
      expect([...GRADES]).toEqual([1, 2, 3, 4, 5, 6])
      expect([...ASPECTS]).toEqual(['overall', 'content', 'delivery'])
    })
  })

  describe('summariseEvaluations()', () => {
    it('reproduces the real example: overall 5.5, content 5.0, delivery 5.0', () => {
      const s = summariseEvaluations([row(6, 5, 5), row(5, 5, 5)])
      expect(s.n).toBe(2)
      expect(s.aspects.overall.mean).toBe(5.5)
      expect(s.aspects.content.mean).toBe(5)
      expect(s.aspects.delivery.mean).toBe(5)
      expect(s.aspects.overall.counts).toEqual([0, 0, 0, 0, 1, 1])
      expect(s.aspects.content.counts).toEqual([0, 0, 0, 0, 2, 0])
    })

    it('computes exact means and counts per grade', () => {
      const s = summariseEvaluations([row(1, 2, 3), row(4, 4, 6), row(6, 2, 3), row(3, 6, 3)])
      expect(s.aspects.overall).toEqual({ answered: 4, mean: 14 / 4, counts: [1, 0, 1, 1, 0, 1] })
      expect(s.aspects.content).toEqual({ answered: 4, mean: 14 / 4, counts: [0, 2, 0, 1, 0, 1] })
      expect(s.aspects.delivery).toEqual({ answered: 4, mean: 15 / 4, counts: [0, 0, 3, 0, 0, 1] })
    })

    it('keeps the mean unrounded (the UI rounds)', () => {
      const s = summariseEvaluations([row(5, 5, 5), row(5, 5, 5), row(4, 5, 5)])
      expect(s.aspects.overall.mean).toBe(14 / 3)
      expect(s.aspects.overall.mean).not.toBe(4.7)
    })

    it('gives n 0, nothing answered and null means for no rows', () => {
      const s = summariseEvaluations([])
      expect(s.n).toBe(0)
      for (const aspect of ASPECTS) {
        expect(s.aspects[aspect]).toEqual({ answered: 0, mean: null, counts: [0, 0, 0, 0, 0, 0] })
      }
    })

    it('counts a row with unanswered aspects in n but not in those aspects', () => {
      const s = summariseEvaluations([row(6, null, 2), row(null, null, 4), row(4, null, null)])
      expect(s.n).toBe(3)
      expect(s.aspects.overall).toEqual({ answered: 2, mean: 5, counts: [0, 0, 0, 1, 0, 1] })
      expect(s.aspects.content).toEqual({ answered: 0, mean: null, counts: [0, 0, 0, 0, 0, 0] })
      expect(s.aspects.delivery).toEqual({ answered: 2, mean: 3, counts: [0, 1, 0, 1, 0, 0] })
    })

    it('counts a row with nothing answered in n only', () => {
      const s = summariseEvaluations([row(null, null, null), row(3, 3, 3)])
      expect(s.n).toBe(2)
      for (const aspect of ASPECTS) expect(s.aspects[aspect].answered).toBe(1)
    })

    it('does not share count arrays between aspects or calls', () => {
      const a = summariseEvaluations([row(1, 2, 3)])
      a.aspects.overall.counts[0] = 99
      expect(a.aspects.content.counts[0]).toBe(0)
      expect(summariseEvaluations([row(1, 2, 3)]).aspects.overall.counts[0]).toBe(1)
    })

    const bad: Array<[string, unknown]> = [
      ['0', 0],
      ['7', 7],
      ['2.5', 2.5],
      ['NaN', NaN],
      ['Infinity', Infinity],
      ['-1', -1],
      ['"5"', '5'],
      ['undefined', undefined]
    ]
    it.each(bad)('throws a RangeError naming the grade %s, its aspect and row', (shown, value) => {
      const rows = [row(5, 5, 5), { overall: 4, content: 4, delivery: value } as unknown as EvaluationAnswers]
      expect(() => summariseEvaluations(rows)).toThrow(RangeError)
      expect(() => summariseEvaluations(rows)).toThrow(`Grade ${shown} for delivery in evaluation row 1`)
    })

    it('throws a RangeError for a row that is not an object', () => {
      expect(() => summariseEvaluations([null as unknown as EvaluationAnswers])).toThrow(RangeError)
    })

    it('keeps counts, answered and mean consistent for any rows', () => {
      fc.assert(
        fc.property(fc.array(rowArb, { maxLength: 200 }), (rows) => {
          const s = summariseEvaluations(rows)
          expect(s.n).toBe(rows.length)
          for (const aspect of ASPECTS) {
            const given = rows.map((r) => r[aspect]).filter((v): v is number => v !== null)
            const { answered, mean, counts } = s.aspects[aspect]
            expect(answered).toBe(given.length)
            expect(counts.reduce((a, b) => a + b, 0)).toBe(answered)
            GRADES.forEach((g) => expect(counts[g - 1]).toBe(given.filter((v) => v === g).length))
            if (answered === 0) {
              expect(mean).toBeNull()
            } else {
              const weighted = counts.reduce((acc, c, i) => acc + c * (i + 1), 0)
              expect(mean).toBeCloseTo(weighted / answered, 12)
              expect(mean).toBeGreaterThanOrEqual(1)
              expect(mean).toBeLessThanOrEqual(6)
            }
          }
        })
      )
    })

    it('gives the same summary whatever the order of the rows', () => {
      fc.assert(
        fc.property(fc.array(rowArb, { maxLength: 50 }), (rows) => {
          const reversed = [...rows].reverse()
          expect(summariseEvaluations(reversed)).toEqual(summariseEvaluations(rows))
        })
      )
    })
  })

  describe('roundToOneDecimal()', () => {
    it.each([
      [5.5, 5.5],
      [5, 5],
      [14 / 3, 4.7],
      [13 / 3, 4.3],
      [4.25, 4.3],
      [4.35, 4.4],
      [5.45, 5.5],
      [1.15, 1.2],
      [4.24, 4.2],
      [0.05, 0.1],
      [0.04, 0],
      [-4.25, -4.3],
      [-0.04, 0]
    ])('rounds %d to %d', (x, expected) => {
      expect(roundToOneDecimal(x)).toBe(expected)
    })

    it('rounds floating-point sums half away from zero as written in decimal', () => {
      // 0.3 + 0.35 is 0.6499999999999999 in binary; the decimal value is 0.65.
      expect(0.3 + 0.35).toBeLessThan(0.65)
      expect(roundToOneDecimal(0.3 + 0.35)).toBe(0.7)
      expect(roundToOneDecimal(1.2 + 0.15)).toBe(1.4)
    })

    it('never returns negative zero', () => {
      expect(Object.is(roundToOneDecimal(-0.04), 0)).toBe(true)
    })

    it.each([NaN, Infinity, -Infinity])('throws a RangeError for %d', (x) => {
      expect(() => roundToOneDecimal(x)).toThrow(RangeError)
    })

    it('matches decimal rounding of every mean of up to 40 grades', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 1000 }), (answered, seed) => {
          const sum = answered + (seed % (5 * answered + 1))
          // Exact integer arithmetic: tenths = round-half-up(10·sum / answered).
          const tenths = Math.floor((20 * sum + answered) / (2 * answered))
          expect(roundToOneDecimal(sum / answered)).toBe(tenths / 10)
        })
      )
    })
  })
})
