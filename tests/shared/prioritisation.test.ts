import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  isFragile,
  normaliseWeights,
  rankAreas,
  topSensitivity,
  type Criterion,
  type ScoreTable,
  type Sensitivity
} from '@shared/prioritisation'

const benefit = (id: string, weight: number): Criterion => ({ id, weight, direction: 'benefit' })
const cost = (id: string, weight: number): Criterion => ({ id, weight, direction: 'cost' })

describe('prioritisation', () => {
  describe('normaliseWeights()', () => {
    it('divides each weight by the sum', () => {
      const p = normaliseWeights([benefit('a', 3), benefit('b', 1), cost('c', 0), benefit('d', 4)])
      expect(p[0]).toBeCloseTo(0.375, 15)
      expect(p[1]).toBeCloseTo(0.125, 15)
      expect(p[2]).toBe(0)
      expect(p[3]).toBeCloseTo(0.5, 15)
    })

    it('gives all zeros when the weights sum to 0', () => {
      expect(normaliseWeights([benefit('a', 0), cost('b', 0)])).toEqual([0, 0])
    })

    it('keeps the ratios when the sum of huge weights overflows', () => {
      const p = normaliseWeights([benefit('a', Number.MAX_VALUE), benefit('b', Number.MAX_VALUE)])
      expect(p).toEqual([0.5, 0.5])
    })
  })

  describe('rankAreas()', () => {
    // effect 3/4, risk 1/4 (cost: value 6 − s).
    const criteria = [benefit('effect', 3), cost('risk', 1)]

    it('scores Σ p·v with a cost criterion inverted and ranks by score', () => {
      const scores: ScoreTable = {
        A: { effect: 4, risk: 2 }, // 0.75·4 + 0.25·4 = 4
        B: { effect: 5, risk: 4 }, // 0.75·5 + 0.25·2 = 4.25
        C: { effect: 3, risk: 1 } // 0.75·3 + 0.25·5 = 3.5
      }
      const ranking = rankAreas(criteria, scores)
      expect(ranking.map((r) => [r.areaId, r.rank])).toEqual([
        ['B', 1],
        ['A', 2],
        ['C', 3]
      ])
      expect(ranking[0]?.score).toBeCloseTo(4.25, 12)
      expect(ranking[1]?.score).toBeCloseTo(4, 12)
      expect(ranking[2]?.score).toBeCloseTo(3.5, 12)
    })

    it('ignores criteria of weight 0, scored or not', () => {
      const withZero = [benefit('effect', 3), benefit('unused', 0), cost('risk', 1)]
      const ranking = rankAreas(withZero, {
        A: { effect: 4, risk: 2, unused: 1 },
        B: { effect: 5, risk: 4 }
      })
      expect(ranking).toEqual([
        { areaId: 'B', score: expect.closeTo(4.25, 12), rank: 1 },
        { areaId: 'A', score: expect.closeTo(4, 12), rank: 2 }
      ])
    })

    it('ranks nothing when every weight is 0, listing areas by id', () => {
      const ranking = rankAreas([benefit('a', 0), cost('b', 0)], { Z: { a: 5, b: 1 }, M: { a: 1, b: 1 } })
      expect(ranking).toEqual([
        { areaId: 'M', score: null, rank: null },
        { areaId: 'Z', score: null, rank: null }
      ])
      expect(rankAreas([], { A: {} })).toEqual([{ areaId: 'A', score: null, rank: null }])
    })

    it('leaves an area missing a weighted score unranked and after the ranked ones', () => {
      const ranking = rankAreas(criteria, {
        E: {},
        D: { effect: 5, risk: undefined },
        C: { effect: 1, risk: 5 }, // 0.75 + 0.25 = 1
        F: { risk: 1 }
      })
      expect(ranking.map((r) => [r.areaId, r.score === null ? null : Math.round(r.score * 1e9) / 1e9, r.rank])).toEqual(
        [
          ['C', 1, 1],
          ['D', null, null],
          ['E', null, null],
          ['F', null, null]
        ]
      )
    })

    it('gives equal scores a shared rank and skips the next (1, 1, 3), ties ordered by areaId', () => {
      const ranking = rankAreas([benefit('x', 1), benefit('y', 1)], {
        c: { x: 4, y: 3 }, // 3.5
        b: { x: 3, y: 5 }, // 4
        d: { x: 1, y: 1 }, // 1
        a: { x: 5, y: 3 } // 4
      })
      expect(ranking.map((r) => [r.areaId, r.rank])).toEqual([
        ['a', 1],
        ['b', 1],
        ['c', 3],
        ['d', 4]
      ])
    })

    it('orders tied ids by code unit, not by locale', () => {
      const ranking = rankAreas([benefit('x', 1)], { b: { x: 3 }, B: { x: 3 }, ä: { x: 3 }, a: { x: 3 } })
      expect(ranking.map((r) => r.areaId)).toEqual(['B', 'a', 'b', 'ä'])
    })

    it('treats scores within 1e-9 as equal although floating point makes them differ', () => {
      // Both are exactly 2 in real arithmetic; in doubles one is 1.9999999999999998.
      const three = [benefit('x', 1), benefit('y', 1), benefit('z', 1)]
      const ranking = rankAreas(three, { P: { x: 1, y: 3, z: 2 }, Q: { x: 1, y: 4, z: 1 } })
      expect(ranking[0]?.score).not.toBe(ranking[1]?.score)
      expect(ranking.map((r) => r.rank)).toEqual([1, 1])
    })

    it('anchors a tie group at its highest score, so a chain of small gaps does not merge', () => {
      const e = 1.8e-9 // each area is 0.6e-9 below the next
      const chain = [benefit('x', 1), benefit('y', 1 + e), benefit('z', 1 + 2 * e)]
      const ranking = rankAreas(chain, { A: { x: 5, y: 4, z: 4 }, B: { x: 4, y: 5, z: 4 }, C: { x: 4, y: 4, z: 5 } })
      const score = (id: string): number => ranking.find((r) => r.areaId === id)?.score ?? Number.NaN
      expect(score('C') - score('B')).toBeLessThan(1e-9)
      expect(score('B') - score('A')).toBeLessThan(1e-9)
      expect(score('C') - score('A')).toBeGreaterThan(1e-9)
      expect(ranking.map((r) => [r.areaId, r.rank])).toEqual([
        ['B', 1],
        ['C', 1],
        ['A', 3]
      ])
    })

    it.each([
      [Number.NaN, 'NaN'],
      [Number.POSITIVE_INFINITY, 'Infinity'],
      [Number.NEGATIVE_INFINITY, '-Infinity'],
      [-1, '-1'],
      [-0.001, '-0.001']
    ])('throws a RangeError naming the weight %s and its criterion', (weight, shown) => {
      const call = (): unknown => rankAreas([benefit('effect', 1), cost('risk', weight)], { A: { effect: 1, risk: 1 } })
      expect(call).toThrow(RangeError)
      expect(call).toThrow(`weight of criterion "risk" must be a finite number >= 0, got ${shown}`)
    })

    it('throws a RangeError for a weight that is not a number', () => {
      const bad = [{ id: 'effect', weight: '3', direction: 'benefit' }] as unknown as Criterion[]
      expect(() => rankAreas(bad, {})).toThrow(
        new RangeError('weight of criterion "effect" must be a finite number >= 0, got "3"')
      )
    })

    it.each([
      [0, '0'],
      [6, '6'],
      [2.5, '2.5'],
      [-3, '-3'],
      [Number.NaN, 'NaN'],
      [Number.POSITIVE_INFINITY, 'Infinity'],
      [null, 'null'],
      ['4', '"4"']
    ])('throws a RangeError naming the score %s, its area and criterion', (value, shown) => {
      const scores = { A: { effect: 3 }, 'Area 7': { effect: value } } as unknown as ScoreTable
      const call = (): unknown => rankAreas([benefit('effect', 1)], scores)
      expect(call).toThrow(RangeError)
      expect(call).toThrow(`score of area "Area 7" on criterion "effect" must be an integer from 1 to 5, got ${shown}`)
    })

    it('checks scores on criteria of weight 0 as well', () => {
      expect(() => rankAreas([benefit('effect', 1), benefit('spare', 0)], { A: { effect: 3, spare: 9 } })).toThrow(
        /area "A" on criterion "spare" .* got 9$/
      )
    })

    it('throws a RangeError for a row that is not an object', () => {
      const scores = { A: 5 } as unknown as ScoreTable
      expect(() => rankAreas([benefit('x', 1)], scores)).toThrow(
        new RangeError('scores of area "A" must be an object, got 5')
      )
    })

    it('throws a RangeError for a repeated criterion id or an unknown direction', () => {
      expect(() => rankAreas([benefit('x', 1), cost('x', 1)], {})).toThrow(/criterion id "x" appears more than once/)
      const odd = [{ id: 'x', weight: 1, direction: 'up' }] as unknown as Criterion[]
      expect(() => rankAreas(odd, {})).toThrow(/direction of criterion "x" must be "benefit" or "cost", got "up"/)
    })

    it('handles prototype-like area and criterion ids as plain data', () => {
      // JSON.parse makes "__proto__" an own key, as data from disk or IPC would.
      const scores = JSON.parse(
        '{"__proto__": {"__proto__": 5, "constructor": 5}, "constructor": {"__proto__": 2, "constructor": 2}, "toString": {}}'
      ) as ScoreTable
      const ids = [benefit('__proto__', 1), benefit('constructor', 1)]
      const ranking = rankAreas(ids, scores)
      expect(ranking).toEqual([
        { areaId: '__proto__', score: expect.closeTo(5, 12), rank: 1 },
        { areaId: 'constructor', score: expect.closeTo(2, 12), rank: 2 },
        // An empty row must not pick up Object.prototype.__proto__ or .constructor as scores.
        { areaId: 'toString', score: null, rank: null }
      ])
      expect(({} as Record<string, unknown>)['constructor']).toBe(Object)
      expect(Object.prototype).not.toHaveProperty('5')
    })

    it('accepts a score table without a prototype', () => {
      const scores = Object.assign(Object.create(null) as ScoreTable, {
        A: Object.assign(Object.create(null) as object, { x: 4 })
      })
      expect(rankAreas([benefit('x', 1)], scores)).toEqual([{ areaId: 'A', score: 4, rank: 1 }])
    })
  })

  describe('topSensitivity()', () => {
    // effect 1/2, risk 1/4 (cost), feasibility 1/4. X 3.75, Y 3.5, Z 3.25 (worked out in the comments below).
    const criteria = [benefit('effect', 2), cost('risk', 1), benefit('feasibility', 1)]
    const scores: ScoreTable = {
      Y: { effect: 5, risk: 4, feasibility: 2 },
      X: { effect: 4, risk: 1, feasibility: 2 },
      Z: { effect: 2, risk: 2, feasibility: 5 }
    }

    it('finds each crossing analytically, in both directions, for a hand-computed case', () => {
      const result = topSensitivity(criteria, scores)
      expect(result.top).toBe('X')
      expect(result.criteria.map((c) => c.criterionId)).toEqual(['effect', 'risk', 'feasibility'])
      const [effect, risk, feasibility] = result.criteria
      // effect: X = 3.5 + 0.5p, Y = 2 + 3p, Z = 4.5 − 2.5p. Y overtakes at p = 0.6, Z at p = 1/3.
      expect(effect?.increase).toEqual({ points: expect.closeTo(10, 9), newTop: 'Y' })
      expect(effect?.decrease).toEqual({ points: expect.closeTo(50 - 100 / 3, 9), newTop: 'Z' })
      // risk: X = 10/3 + 5p/3, Y = 4 − 2p, Z = 3 + p. Nobody gains as p rises; Y overtakes at p = 2/11.
      expect(risk?.increase).toBeNull()
      expect(risk?.decrease).toEqual({ points: expect.closeTo(25 - 200 / 11, 9), newTop: 'Y' })
      // feasibility: X = 13/3 − 7p/3, Y = 4 − 2p (meets X only at 100 %), Z = 8/3 + 7p/3 (overtakes at p = 5/14).
      expect(feasibility?.increase).toEqual({ points: expect.closeTo(500 / 14 - 25, 9), newTop: 'Z' })
      expect(feasibility?.decrease).toBeNull()
    })

    it('names the steepest challenger when two cross at the same point, even with the higher id', () => {
      // x: A = 5 − 4p, b = 3 − p, c = 1 + 2p: b and c both meet A at p = 2/3; past it c is ahead.
      const result = topSensitivity([benefit('x', 1), benefit('y', 1)], {
        A: { x: 1, y: 5 },
        b: { x: 2, y: 3 },
        c: { x: 3, y: 1 }
      })
      expect(result.criteria[0]?.increase).toEqual({ points: expect.closeTo(100 / 6, 9), newTop: 'c' })
    })

    it('names the lower id when two challengers score the same everywhere', () => {
      const result = topSensitivity([benefit('x', 1), benefit('y', 1)], {
        A: { x: 1, y: 5 },
        q: { x: 3, y: 1 },
        p: { x: 3, y: 1 }
      })
      expect(result.criteria[0]?.increase).toEqual({ points: expect.closeTo(100 / 6, 9), newTop: 'p' })
    })

    it('does not count a meeting exactly at 100 % or 0 %', () => {
      // x: A = 3 + 2p, B = 2 + 3p: equal only at p = 1. At p = 0, A 3 vs B 2.
      const result = topSensitivity([benefit('x', 1), benefit('y', 1)], { A: { x: 5, y: 3 }, B: { x: 5, y: 2 } })
      expect(result.criteria[0]).toEqual({ criterionId: 'x', increase: null, decrease: null })
    })

    it('treats a meeting at 0 % that floating point blurs (0.1·3 vs 0.3) as a tie, not a takeover', () => {
      const blurred = [benefit('a', 0.1), benefit('b', 0.3), benefit('k', 0.6)]
      // Without k, C − T = (0.1·3 − 0.3·1) / 0.4, which is 0 exactly but not in doubles.
      expect(0.1 * 3 - 0.3 * 1).not.toBe(0)
      const result = topSensitivity(blurred, { T: { a: 1, b: 5, k: 5 }, C: { a: 4, b: 4, k: 3 } })
      expect(result.top).toBe('T')
      expect(result.criteria[2]).toEqual({ criterionId: 'k', increase: null, decrease: null })
    })

    it('gives null both ways for a criterion that carries all the weight', () => {
      const result = topSensitivity([benefit('x', 2), cost('y', 0)], { A: { x: 5 }, B: { x: 1, y: 1 } })
      expect(result).toEqual({ top: 'A', criteria: [{ criterionId: 'x', increase: null, decrease: null }] })
    })

    it('has one entry per criterion of weight > 0, in input order', () => {
      const result = topSensitivity([benefit('b', 1), benefit('zero', 0), benefit('a', 1)], {
        A: { a: 5, b: 4 },
        B: { a: 1, b: 1 }
      })
      expect(result.criteria.map((c) => c.criterionId)).toEqual(['b', 'a'])
    })

    it('leaves out unranked areas', () => {
      // U would overtake on x if it took part, but it has no score on y.
      const result = topSensitivity([benefit('x', 1), benefit('y', 1)], {
        A: { x: 3, y: 5 },
        B: { x: 1, y: 1 },
        U: { x: 5 }
      })
      expect(result.criteria[0]?.increase).toBeNull()
    })

    it('has no top and no entries when rank 1 is shared or nothing is ranked', () => {
      const pair = [benefit('x', 1), benefit('y', 1)]
      expect(topSensitivity(pair, { A: { x: 5, y: 3 }, B: { x: 3, y: 5 }, C: { x: 1, y: 1 } })).toEqual({
        top: null,
        criteria: []
      })
      expect(topSensitivity(pair, { A: { x: 5 } })).toEqual({ top: null, criteria: [] })
      expect(topSensitivity([benefit('x', 0)], { A: { x: 5 } })).toEqual({ top: null, criteria: [] })
      expect(topSensitivity(pair, {})).toEqual({ top: null, criteria: [] })
    })

    it('gives the same answer for weights so large that their sum overflows', () => {
      const huge = Number.MAX_VALUE
      const hugeCriteria = [benefit('effect', huge), cost('risk', huge / 2), benefit('feasibility', huge / 2)]
      const result = topSensitivity(hugeCriteria, scores)
      expect(result.top).toBe('X')
      expect(result.criteria[1]?.decrease).toEqual({ points: expect.closeTo(25 - 200 / 11, 9), newTop: 'Y' })
      expect(result.criteria[2]?.increase).toEqual({ points: expect.closeTo(500 / 14 - 25, 9), newTop: 'Z' })
    })

    it('validates like rankAreas()', () => {
      expect(() => topSensitivity([benefit('x', Number.NaN)], {})).toThrow(RangeError)
      expect(() => topSensitivity([benefit('x', 1)], { A: { x: 2.5 } })).toThrow(/got 2\.5/)
    })

    it('matches a brute-force scan over random criteria and score tables', () => {
      fc.assert(
        fc.property(arbitraryCase(), ([criteria, scores]) => checkAgainstScan(criteria, scores)),
        { numRuns: 1000 }
      )
    }, 30_000)
  })

  describe('isFragile()', () => {
    const result = (points: number | null): Sensitivity => ({
      top: 'A',
      criteria: [
        {
          criterionId: 'x',
          increase: { points: 30, newTop: 'B' },
          decrease: points === null ? null : { points, newTop: 'C' }
        }
      ]
    })

    it('flags a ranking that some criterion changes within 5 percentage points', () => {
      expect(isFragile(result(4.99))).toBe(true)
      expect(isFragile(result(5))).toBe(false)
      expect(isFragile(result(null))).toBe(false)
      expect(isFragile(result(9), 10)).toBe(true)
    })

    it('flags the hand-computed case at 7.14 points only with a higher threshold', () => {
      const sensitivity = topSensitivity([benefit('x', 1), benefit('y', 1)], {
        A: { x: 5, y: 2 },
        B: { x: 2, y: 4 },
        C: { x: 1, y: 5 }
      })
      // x down: A = 2 + 3p, C = 5 − 4p meet at p = 3/7, 7.14 points below 50 %.
      expect(sensitivity.criteria[0]?.decrease).toEqual({ points: expect.closeTo(50 - 300 / 7, 9), newTop: 'C' })
      expect(isFragile(sensitivity)).toBe(false)
      expect(isFragile(sensitivity, 7.2)).toBe(true)
    })
  })
})

// ---- property test: an independent, direct evaluation of the definition ----

const STEP = 1e-4 // 0.01 percentage points
const PROBE = 1e-5 // 0.001 percentage points
const EDGE = 1e-9 // scan points this close to 0 % or 100 % sit on a possible exact tie at the boundary

function arbitraryCase(): fc.Arbitrary<[Criterion[], ScoreTable]> {
  const weight = fc.oneof(
    fc.constant(0),
    fc.constant(1),
    fc.integer({ min: 1, max: 10 }),
    fc.double({ min: 0.01, max: 100, noNaN: true, noDefaultInfinity: true })
  )
  const criterion = fc.record({ weight, direction: fc.constantFrom<'benefit' | 'cost'>('benefit', 'cost') })
  return fc
    .tuple(
      fc.array(criterion, { minLength: 1, maxLength: 6 }),
      fc.integer({ min: 2, max: 8 }),
      fc.integer({ min: 1, max: 5 })
    )
    .chain(([raw, areaCount, maxScore]) => {
      const criteria = raw.map((c, i): Criterion => ({ id: `c${i}`, ...c }))
      // A narrow score range makes equal scores and shared crossing points common.
      const row = fc.tuple(...criteria.map(() => fc.integer({ min: 1, max: maxScore })))
      return fc
        .tuple(
          fc.array(row, { minLength: areaCount, maxLength: areaCount }),
          // Ids in random order, so insertion order never happens to equal id order.
          fc.shuffledSubarray(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], { minLength: areaCount, maxLength: areaCount })
        )
        .map(([rows, ids]): [Criterion[], ScoreTable] => {
          const scores: ScoreTable = {}
          rows.forEach((values, i) => {
            scores[ids[i] ?? `x${i}`] = Object.fromEntries(criteria.map((c, j) => [c.id, values[j]]))
          })
          return [criteria, scores]
        })
    })
}

type Line = { id: string; at: (p: number) => number; direct: (p: number) => number; zero: number; one: number }

function checkAgainstScan(criteria: Criterion[], scores: ScoreTable): void {
  const result = topSensitivity(criteria, scores)
  const ranking = rankAreas(criteria, scores)
  const firsts = ranking.filter((r) => r.rank === 1)
  expect(result.top).toBe(firsts.length === 1 ? firsts[0]?.areaId : null)
  if (result.top === null) {
    expect(result.criteria).toEqual([])
    return
  }
  const total = criteria.reduce((sum, c) => sum + c.weight, 0)
  const p = criteria.map((c) => c.weight / total)
  const value = (area: string, j: number): number => {
    const c = criteria[j]
    const s = scores[area]?.[c?.id ?? ''] ?? Number.NaN
    return c?.direction === 'cost' ? 6 - s : s
  }
  const positive = criteria.map((c, j) => [c, j] as const).filter(([c]) => c.weight > 0)
  expect(result.criteria.map((c) => c.criterionId)).toEqual(positive.map(([c]) => c.id))
  const top = result.top
  const areas = Object.keys(scores)

  positive.forEach(([, k], index) => {
    const entry = result.criteria[index]
    if (entry === undefined) throw new Error('missing entry')
    const pk = p[k] ?? 0
    if (positive.length === 1) {
      expect(entry.increase).toBeNull()
      expect(entry.decrease).toBeNull()
      return
    }
    // Scores as a function of p′: the direct definition (rescale every weight, sum) and a fast linear form for the scan.
    const lines: Line[] = areas.map((id) => {
      const vk = value(id, k)
      const rest = criteria.reduce((sum, _c, j) => (j === k ? sum : sum + (p[j] ?? 0) * value(id, j)), 0)
      const direct = (pp: number): number =>
        criteria.reduce((sum, _c, j) => sum + (j === k ? pp : ((p[j] ?? 0) * (1 - pp)) / (1 - pk)) * value(id, j), 0)
      return { id, at: (pp) => pp * vk + ((1 - pp) / (1 - pk)) * rest, direct, zero: rest / (1 - pk), one: vk }
    })
    const topLine = lines.find((l) => l.id === top)
    if (topLine === undefined) throw new Error('top has no line')
    const others = lines.filter((l) => l !== topLine)
    const topLeads = (pp: number, score: (l: Line, pp: number) => number): boolean =>
      others.every((l) => score(l, pp) < score(topLine, pp))
    const leaderAt = (pp: number): string => {
      let best = topLine
      for (const l of lines) {
        const gap = l.direct(pp) - best.direct(pp)
        if (gap > 1e-12 || (Math.abs(gap) <= 1e-12 && l.id < best.id)) best = l
      }
      return best.id
    }

    for (const [takeover, sign, span] of [
      [entry.increase, 1, 1 - pk],
      [entry.decrease, -1, pk]
    ] as const) {
      const at = (d: number): number => pk + sign * d
      const limit = takeover === null ? span - EDGE : takeover.points / 100 - STEP
      if (takeover !== null) {
        const d = takeover.points / 100
        expect(d).toBeGreaterThan(0)
        expect(d).toBeLessThan(span)
        // Just past the point, another area scores strictly higher than top.
        const past = at(Math.min(d + PROBE, (d + span) / 2))
        expect(others.some((l) => l.direct(past) > topLine.direct(past))).toBe(true)
        // newTop leads just past the point: probe before any other pair of lines crosses.
        const x = at(d)
        let gap = Math.min(PROBE, (span - d) / 2)
        for (const a of lines) {
          for (const b of lines) {
            // a and b are straight lines through (0, zero) and (1, one) in p′.
            const slope = a.one - a.zero - (b.one - b.zero)
            if (a === b || slope === 0) continue
            const meet = (b.zero - a.zero) / slope
            const ahead = sign * (meet - x)
            if (ahead > 1e-12) gap = Math.min(gap, ahead / 2)
          }
        }
        if (gap > 1e-10) expect(leaderAt(x + sign * gap)).toBe(takeover.newTop)
        expect(takeover.newTop).not.toBe(top)
        // Just before the point, top still leads strictly.
        if (d - PROBE > 0) expect(topLeads(at(d - PROBE), (l, pp) => l.direct(pp))).toBe(true)
      }
      // Brute force: no earlier change anywhere on a 0.01-point grid (the whole range when null).
      for (let i = 1; i * STEP <= limit; i++) {
        const pp = at(i * STEP)
        if (pp < EDGE || pp > 1 - EDGE) continue
        if (!topLeads(pp, (l, q) => l.at(q))) {
          throw new Error(`top ${top} loses at p′=${pp} on ${entry.criterionId} before ${JSON.stringify(takeover)}`)
        }
      }
    }
  })
}
