import { describe, expect, it } from 'vitest'
import {
  axisValue,
  buildScoreTable,
  matrixPoints,
  pickMatrixAxes,
  toMathCriteria,
  votesToScores
} from '@shared/prioritisation-data'

const crit = (
  id: string,
  name: string,
  order: number,
  extra: Partial<{ direction: 'benefit' | 'cost'; fromVotes: boolean; weight: number }> = {}
) => ({
  id,
  name,
  order,
  weight: extra.weight ?? 1,
  direction: extra.direction ?? ('benefit' as const),
  fromVotes: extra.fromVotes ?? false
})

describe('prioritisation-data', () => {
  describe('votesToScores()', () => {
    it('maps the vote range onto 1–5 by round(1 + 4·(v − min)/(max − min))', () => {
      const s = votesToScores([
        { id: 'a', votes: 2 },
        { id: 'b', votes: 12 },
        { id: 'c', votes: 7 },
        { id: 'd', votes: 4 },
        { id: 'e', votes: null }
      ])
      // (4−2)/10·4 = 0.8 → 1.8 → 2; (7−2)/10·4 = 2 → 3.
      expect(Object.fromEntries(s)).toEqual({ a: 1, b: 5, c: 3, d: 2 })
    })

    it('gives 3 to every area when all have the same votes, and nothing without votes', () => {
      expect(
        Object.fromEntries(
          votesToScores([
            { id: 'a', votes: 4 },
            { id: 'b', votes: 4 }
          ])
        )
      ).toEqual({ a: 3, b: 3 })
      expect(votesToScores([{ id: 'a', votes: null }]).size).toBe(0)
    })
  })

  describe('buildScoreTable()', () => {
    it('takes stored scores for hand criteria, vote scores for a votes criterion, and ignores strangers', () => {
      const table = buildScoreTable(
        [
          { id: 'a', votes: 1 },
          { id: 'b', votes: 5 }
        ],
        [crit('effect', 'Effekt', 0), crit('votes', 'Röster', 1, { fromVotes: true })],
        [
          { areaId: 'a', criterionId: 'effect', value: 4 },
          { areaId: 'a', criterionId: 'votes', value: 2 },
          { areaId: 'x', criterionId: 'effect', value: 1 },
          { areaId: 'b', criterionId: 'gone', value: 1 }
        ]
      )
      expect(table).toEqual({ a: { effect: 4, votes: 1 }, b: { votes: 5 } })
    })
  })

  describe('toMathCriteria()', () => {
    it('orders by the grid order', () => {
      expect(toMathCriteria([crit('b', 'B', 1), crit('a', 'A', 0, { direction: 'cost', weight: 2 })])).toEqual([
        { id: 'a', weight: 2, direction: 'cost' },
        { id: 'b', weight: 1, direction: 'benefit' }
      ])
    })
  })

  describe('pickMatrixAxes()', () => {
    it('finds effect and feasibility by their Swedish or English names', () => {
      expect(pickMatrixAxes([crit('r', 'Risk', 0), crit('g', 'Genomförbarhet', 2), crit('e', 'Effekt', 1)])).toEqual({
        effect: 'e',
        feasibility: 'g'
      })
      expect(pickMatrixAxes([crit('f', 'Feasibility', 0), crit('e', 'Effect size', 1)])).toEqual({
        effect: 'e',
        feasibility: 'f'
      })
    })

    it('falls back to the first hand-scored benefit criterion for effect and to none for feasibility', () => {
      expect(
        pickMatrixAxes([
          crit('v', 'Röster', 0, { fromVotes: true }),
          crit('r', 'Risk', 1, { direction: 'cost' }),
          crit('m', 'Mätbarhet', 2)
        ])
      ).toEqual({
        effect: 'm',
        feasibility: null
      })
    })
  })

  describe('axisValue()', () => {
    it('inverts a cost criterion so that up and right are better', () => {
      expect(axisValue(2, 'benefit')).toBe(2)
      expect(axisValue(2, 'cost')).toBe(4)
      expect(axisValue(undefined, 'benefit')).toBeNull()
    })
  })

  describe('matrixPoints()', () => {
    it('gives each area its axis values and its rank as marker', () => {
      const points = matrixPoints(
        [
          { id: 'a', title: 'A' },
          { id: 'b', title: 'B' }
        ],
        [crit('e', 'Effekt', 0), crit('g', 'Genomförbarhet', 1, { direction: 'cost' })],
        { a: { e: 5, g: 1 }, b: { e: 2 } },
        { effect: 'e', feasibility: 'g' },
        [
          { areaId: 'a', score: 4, rank: 1 },
          { areaId: 'b', score: null, rank: null }
        ]
      )
      expect(points).toEqual([
        { id: 'a', label: 'A', x: 5, y: 5, marker: '1' },
        { id: 'b', label: 'B', x: null, y: 2 }
      ])
    })
  })
})
