import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  MERGE_FIELDS,
  areaConflicts,
  isEmptyValue,
  planAreaMerge,
  sameValue,
  scoreConflicts,
  type MergeChoices
} from '@shared/area-merge'
import {
  AREA_STATUSES,
  Area,
  PROCUREMENT_NECESSITIES,
  PROCUREMENT_ROUTES,
  type Attachment,
  type Measurement,
  type Score
} from '@shared/entities'

const T0 = '2026-01-01T10:00:00.000Z'
const NOW = '2026-03-01T12:00:00.000Z'

const text = fc.oneof(
  fc.constant(''),
  fc.constantFrom('Belysning', 'Skolor', 'Ventilation'),
  fc.string({ maxLength: 20 })
)
const sek = fc.option(fc.integer({ min: 0, max: 50_000_000 }), { nil: null })
const date = fc.option(fc.constantFrom('2025-12-31', '2026-06-30', '2029-12-31'), { nil: null })
const indicatorArb = fc.option(
  fc.record({
    name: text,
    unit: fc.constantFrom('', 'MWh/år', '%'),
    direction: fc.constantFrom('higher-is-better' as const, 'lower-is-better' as const),
    baselineValue: sek,
    baselineDate: date,
    targetValue: sek,
    targetDate: date,
    dataSource: text,
    owner: text
  }),
  { nil: null }
)

/** Two areas of one engagement, with any mix of equal, empty and differing fields. */
const areaArb = (id: string, workshops: string[]) =>
  fc.record({
    id: fc.constant(id),
    createdAt: fc.constantFrom(T0, '2026-02-01T09:00:00.000Z'),
    updatedAt: fc.constant(T0),
    engagementId: fc.constant('eng-1'),
    workshopId: fc.constantFrom(...workshops),
    title: fc.constantFrom('Belysning', 'Gatubelysning', 'Skolor'),
    problem: text,
    costPerYearSek: sek,
    costEstimateNote: text,
    indicator: indicatorArb,
    goalId: fc.option(fc.constantFrom('g1', 'g2'), { nil: null }),
    procurementNecessity: fc.option(fc.constantFrom(...PROCUREMENT_NECESSITIES), { nil: null }),
    necessityRationale: text,
    route: fc.constantFrom(...PROCUREMENT_ROUTES),
    needsDevelopment: fc.boolean(),
    contractValueSek: sek,
    annualEffectSek: sek,
    annualEffectIndicator: fc.option(fc.integer({ min: -100, max: 100 }), { nil: null }),
    status: fc.constantFrom(...AREA_STATUSES),
    votes: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null })
  })

const scoresArb = (areaId: string) =>
  fc
    .uniqueArray(
      fc.record({ criterionId: fc.constantFrom('c1', 'c2', 'c3', 'c4'), value: fc.integer({ min: 1, max: 5 }) }),
      {
        selector: (s) => s.criterionId
      }
    )
    .map((list) =>
      list.map((s): Score => ({ id: `${areaId}-s-${s.criterionId}`, createdAt: T0, updatedAt: T0, areaId, ...s }))
    )

const measurement = (id: string, areaId: string): Measurement => ({
  id,
  createdAt: T0,
  updatedAt: T0,
  areaId,
  date: '2026-03-31',
  value: 3,
  source: '',
  note: ''
})
const attachment = (id: string, ownerId: string): Attachment => ({
  id,
  createdAt: T0,
  updatedAt: T0,
  ownerType: 'area',
  ownerId,
  name: 'bild.png',
  sha256: 'a'.repeat(64),
  size: 10,
  mimeType: 'image/png'
})

const choicesArb = fc.record({
  fields: fc.dictionary(fc.constantFrom(...MERGE_FIELDS), fc.constantFrom('a' as const, 'b' as const)),
  scores: fc.dictionary(fc.constantFrom('c1', 'c2', 'c3', 'c4'), fc.constantFrom('a' as const, 'b' as const))
})

describe('area-merge', () => {
  describe('planAreaMerge()', () => {
    it('keeps every field of both sources: agreed, the non-empty one, or the chosen side', () => {
      fc.assert(
        fc.property(
          areaArb('a', ['w1', 'w2']),
          areaArb('b', ['w1', 'w2']),
          scoresArb('a'),
          scoresArb('b'),
          choicesArb,
          (a, b, aScores, bScores, choices: MergeChoices) => {
            const conflicts = areaConflicts(a, b)
            const plan = planAreaMerge(
              {
                a,
                b,
                aScores,
                bScores,
                bMeasurements: [measurement('m1', 'b')],
                bAttachments: [attachment('f1', 'b')]
              },
              choices,
              NOW
            )
            const merged = plan.area
            for (const field of MERGE_FIELDS) {
              const got = merged[field]
              if (sameValue(a[field], b[field])) expect(got).toEqual(a[field])
              else if (conflicts.includes(field))
                expect(got).toEqual(choices.fields[field] === 'b' ? b[field] : a[field])
              else if (isEmptyValue(field, a[field]) && !isEmptyValue(field, b[field])) expect(got).toEqual(b[field])
              else expect(got).toEqual(a[field])
            }
            // Votes add up; identity and engagement stay; the oldest creation time survives.
            expect(merged.votes).toBe(a.votes === null && b.votes === null ? null : (a.votes ?? 0) + (b.votes ?? 0))
            expect(merged.id).toBe('a')
            expect(merged.engagementId).toBe(a.engagementId)
            expect(merged.createdAt <= a.createdAt && merged.createdAt <= b.createdAt).toBe(true)
            expect(plan.deleteAreaId).toBe('b')
            expect(() => Area.parse(merged)).not.toThrow()

            // Every criterion scored in either area has exactly one score afterwards, valued from a side.
            const after = new Map(aScores.map((s) => [s.criterionId, s.value]))
            for (const s of plan.putScores) {
              expect(s.areaId).toBe('a')
              after.set(s.criterionId, s.value)
            }
            const criteria = new Set([...aScores, ...bScores].map((s) => s.criterionId))
            expect(new Set(after.keys())).toEqual(criteria)
            const scoreClash = scoreConflicts(aScores, bScores)
            for (const c of criteria) {
              const av = aScores.find((s) => s.criterionId === c)?.value
              const bv = bScores.find((s) => s.criterionId === c)?.value
              const expected =
                av === undefined
                  ? bv
                  : bv === undefined
                    ? av
                    : scoreClash.includes(c) && choices.scores[c] === 'b'
                      ? bv
                      : av
              expect(after.get(c)).toBe(expected)
            }
            // b's own score rows either move (same id, new area) or are deleted; none is left pointing at b.
            for (const s of bScores) {
              const moved = plan.putScores.some((p) => p.id === s.id)
              expect(moved !== plan.deleteScoreIds.includes(s.id)).toBe(true)
            }
            expect(plan.putMeasurements.map((m) => [m.id, m.areaId])).toEqual([['m1', 'a']])
            expect(plan.putAttachments.map((x) => [x.id, x.ownerId])).toEqual([['f1', 'a']])
          }
        ),
        { numRuns: 300 }
      )
    })

    it('refuses areas of different engagements and an area merged with itself', () => {
      const base = {
        id: 'a',
        createdAt: T0,
        updatedAt: T0,
        engagementId: 'eng-1',
        workshopId: 'w1',
        title: 'A',
        problem: '',
        costPerYearSek: null,
        costEstimateNote: '',
        indicator: null,
        goalId: null,
        procurementNecessity: null,
        necessityRationale: '',
        route: 'undecided',
        needsDevelopment: false,
        contractValueSek: null,
        annualEffectSek: null,
        annualEffectIndicator: null,
        status: 'identified',
        votes: null
      } satisfies Area
      const input = (b: Area) => ({ a: base, b, aScores: [], bScores: [], bMeasurements: [], bAttachments: [] })
      expect(() =>
        planAreaMerge(input({ ...base, id: 'b', engagementId: 'eng-2' }), { fields: {}, scores: {} }, NOW)
      ).toThrow(RangeError)
      expect(() => planAreaMerge(input(base), { fields: {}, scores: {} }, NOW)).toThrow(RangeError)
    })
  })

  describe('areaConflicts()', () => {
    it('names only fields where both sides hold different non-empty values', () => {
      fc.assert(
        fc.property(areaArb('a', ['w1']), areaArb('b', ['w1', 'w2']), (a, b) => {
          for (const f of areaConflicts(a, b)) {
            expect(sameValue(a[f], b[f])).toBe(false)
            expect(isEmptyValue(f, a[f]) || isEmptyValue(f, b[f])).toBe(false)
          }
        })
      )
    })
  })
})
