import { describe, expect, it } from 'vitest'
import type { Area, Engagement, Evaluation, Indicator, Measurement, Workshop } from '@shared/entities'
import { addDays, overviewFigures, yearBefore, type OverviewRows } from '@shared/overview'

const AT = '2026-01-01T00:00:00.000Z'
const TODAY = '2026-11-30'

function engagement(id: string, status: Engagement['status'], valueSek: number | null): Engagement {
  return {
    id,
    createdAt: AT,
    updatedAt: AT,
    organisationId: 'o1',
    title: id,
    kind: 'workshop',
    status,
    statusHistory: [{ status, at: AT }],
    valueSek,
    expectedStart: null,
    expectedEnd: null,
    notes: ''
  }
}

function workshop(id: string, startsAt: string): Workshop {
  return {
    id,
    createdAt: AT,
    updatedAt: AT,
    engagementId: 'e1',
    title: id,
    startsAt,
    place: '',
    digital: false,
    questionId: null,
    startingQuestion: '',
    purpose: '',
    agenda: [],
    participantCount: null,
    notes: ''
  }
}

function evaluation(
  id: string,
  workshopId: string,
  overall: number | null,
  content: number | null,
  delivery: number | null
): Evaluation {
  return {
    id,
    createdAt: AT,
    updatedAt: AT,
    workshopId,
    overall,
    content,
    delivery,
    comment: '',
    quotable: false,
    reference: false,
    name: '',
    contactId: null
  }
}

/** Lower is better: 1 000 at the start of 2026, 600 at the start of 2027. */
const energy: Indicator = {
  name: 'Energi',
  unit: 'MWh',
  direction: 'lower-is-better',
  baselineValue: 1000,
  baselineDate: '2026-01-01',
  targetValue: 600,
  targetDate: '2027-01-01',
  dataSource: '',
  owner: ''
}

function area(id: string, status: Area['status'], indicator: Indicator | null, annualEffectSek: number | null): Area {
  return {
    id,
    createdAt: AT,
    updatedAt: AT,
    engagementId: 'e1',
    workshopId: 'w4',
    title: id,
    problem: '',
    costPerYearSek: null,
    costEstimateNote: '',
    indicator,
    goalId: null,
    procurementNecessity: null,
    necessityRationale: '',
    route: 'undecided',
    needsDevelopment: false,
    contractValueSek: null,
    annualEffectSek,
    annualEffectIndicator: null,
    status,
    votes: null
  }
}

function measurement(id: string, areaId: string, date: string, value: number): Measurement {
  return { id, createdAt: AT, updatedAt: AT, areaId, date, value, source: '', note: '' }
}

/**
 * Worked by hand, as of 2026-11-30 (the coming 30 days end 2026-12-30; the last 12 months start after 2025-11-30):
 * - Pipeline: lead 2 (100 000 + no value = 100 000, one without a value), proposal-sent 1 (250 000), active 1 (400 000).
 * - Coming workshops: w1 (today, early morning) and w2 (exactly 30 days ahead); not w3 (31 days), w4 (yesterday).
 * - Recent means: w4 and w6 (2025-12-01) count, w5 (exactly a year ago) does not: overall 6, 4, 4 → 14/3;
 *   content 5, 5 → 5; delivery 3, 5 → 4.
 * - a1: 900 on 2026-07-02, progress 100/400 = 0.25, expected 182/365 ≈ 0.499 → off track, 200 000 × 0.25 = 50 000.
 *   a2: higher is better 10 → 20, 25 measured → reached, 100 000 in full (the later 0 is after today and ignored).
 *   a3: no indicator, 50 000 estimated, nothing realised. a4: 650 → 0.875, on track, no effect estimated.
 *   Realised 150 000 against 350 000 estimated; one area off track.
 */
const rows: OverviewRows = {
  engagements: [
    engagement('e1', 'lead', 100_000),
    engagement('e2', 'lead', null),
    engagement('e3', 'proposal-sent', 250_000),
    engagement('e4', 'active', 400_000)
  ],
  workshops: [
    workshop('w3', '2026-12-31T09:00'),
    workshop('w2', '2026-12-30T13:00'),
    workshop('w1', '2026-11-30T08:00'),
    workshop('w4', '2026-11-29T09:00'),
    workshop('w5', '2025-11-30T09:00'),
    workshop('w6', '2025-12-01T09:00')
  ],
  evaluations: [
    evaluation('v1', 'w4', 6, 5, null),
    evaluation('v2', 'w4', 4, null, 3),
    evaluation('v3', 'w6', 4, 5, 5),
    evaluation('v4', 'w5', 1, 1, 1)
  ],
  areas: [
    area('a1', 'implemented', energy, 200_000),
    area(
      'a2',
      'followed-up',
      {
        ...energy,
        direction: 'higher-is-better',
        baselineValue: 10,
        targetValue: 20,
        baselineDate: null,
        targetDate: null
      },
      100_000
    ),
    area('a3', 'identified', null, 50_000),
    area('a4', 'identified', energy, null),
    area('a5', 'prioritised', null, null)
  ],
  measurements: [
    measurement('m1', 'a1', '2026-07-02', 900),
    measurement('m2', 'a2', '2026-10-01', 25),
    measurement('m3', 'a2', '2026-12-15', 0),
    measurement('m4', 'a4', '2026-07-02', 650)
  ]
}

describe('overview', () => {
  describe('overviewFigures()', () => {
    const figures = overviewFigures(rows, TODAY)

    it('sums the pipeline per status, counting an engagement with no value but adding nothing for it', () => {
      expect(figures.pipeline).toEqual([
        { status: 'lead', count: 2, valueSek: 100_000, withoutValue: 1 },
        { status: 'proposal-sent', count: 1, valueSek: 250_000, withoutValue: 0 },
        { status: 'won', count: 0, valueSek: 0, withoutValue: 0 },
        { status: 'active', count: 1, valueSek: 400_000, withoutValue: 0 },
        { status: 'completed', count: 0, valueSek: 0, withoutValue: 0 },
        { status: 'lost', count: 0, valueSek: 0, withoutValue: 0 }
      ])
    })

    it('lists the workshops from today to exactly 30 days ahead, soonest first', () => {
      expect(figures.upcomingWorkshops.map((w) => w.id)).toEqual(['w1', 'w2'])
    })

    it('counts the areas per status', () => {
      expect(figures.areasByStatus).toEqual({
        identified: 2,
        prioritised: 1,
        'in-procurement': 0,
        implemented: 1,
        'followed-up': 1
      })
    })

    it('takes the means of the evaluations of workshops held in the last 12 months', () => {
      const { n, aspects } = figures.recentEvaluations
      expect(n).toBe(3)
      expect(aspects.overall.mean).toBeCloseTo(14 / 3, 12)
      expect(aspects.content).toMatchObject({ answered: 2, mean: 5 })
      expect(aspects.delivery).toMatchObject({ answered: 2, mean: 4 })
    })

    it('sets the realised annual effect beside the estimate and names the areas off track', () => {
      expect(figures.realisedAnnualEffectSek).toBe(150_000)
      expect(figures.estimatedAnnualEffectSek).toBe(350_000)
      expect(figures.offTrackAreas.map((a) => a.id)).toEqual(['a1'])
    })

    it('gives zeros and empty lists for an empty portfolio', () => {
      const empty = overviewFigures(
        { engagements: [], workshops: [], areas: [], measurements: [], evaluations: [] },
        TODAY
      )
      expect(empty.pipeline.every((p) => p.count === 0 && p.valueSek === 0)).toBe(true)
      expect(empty.upcomingWorkshops).toEqual([])
      expect(empty.recentEvaluations.n).toBe(0)
      expect(empty.realisedAnnualEffectSek).toBe(0)
      expect(empty.offTrackAreas).toEqual([])
    })
  })

  describe('addDays() and yearBefore()', () => {
    it('count calendar days across months, years and the summer time change', () => {
      expect(addDays('2026-11-30', 30)).toBe('2026-12-30')
      expect(addDays('2026-12-15', 30)).toBe('2027-01-14')
      expect(addDays('2026-03-20', 30)).toBe('2026-04-19')
    })

    it('step back a year, from 29 February to 28 February', () => {
      expect(yearBefore('2026-11-30')).toBe('2025-11-30')
      expect(yearBefore('2028-02-29')).toBe('2027-02-28')
    })
  })
})
