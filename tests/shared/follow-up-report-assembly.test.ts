import { describe, expect, it } from 'vitest'
import { assembleFollowUpReport, documentBranding } from '@shared/document-assembly'
import type { AssemblyTables } from '@shared/document-assembly'
import { DEFAULT_BRANDING, FollowUpReportContent, FollowUpReportModel } from '@shared/document-model'
import type { Area, Engagement, Indicator, Measurement, Organisation } from '@shared/entities'

const AT = '2026-01-01T00:00:00.000Z'
const AS_OF = '2027-01-15'

const organisation: Organisation = {
  id: 'o1',
  createdAt: AT,
  updatedAt: AT,
  name: 'Norrviks kommun',
  kind: 'municipality',
  orgNumber: null,
  sector: '',
  size: null,
  sizeUnit: 'inhabitants',
  address: '',
  website: '',
  notes: '',
  tags: [],
  goals: []
}

function engagement(id: string): Engagement {
  return {
    id,
    createdAt: AT,
    updatedAt: AT,
    organisationId: 'o1',
    title: `Uppdrag ${id}`,
    kind: 'workshop',
    status: 'active',
    statusHistory: [{ status: 'active', at: AT }],
    valueSek: null,
    expectedStart: null,
    expectedEnd: null,
    notes: ''
  }
}

/** A whole year from 2026-01-01 to 2027-01-01 (365 days) between baseline and target. */
function indicator(direction: Indicator['direction'], baseline: number | null, target: number | null): Indicator {
  return {
    name: 'Mått',
    unit: 'st',
    direction,
    baselineValue: baseline,
    baselineDate: '2026-01-01',
    targetValue: target,
    targetDate: '2027-01-01',
    dataSource: '',
    owner: ''
  }
}

function area(id: string, ind: Indicator | null, annualEffectSek: number | null, engagementId = 'e1'): Area {
  return {
    id,
    createdAt: AT,
    updatedAt: AT,
    engagementId,
    workshopId: 'w1',
    title: `Område ${id}`,
    problem: '',
    costPerYearSek: null,
    costEstimateNote: '',
    indicator: ind,
    goalId: null,
    procurementNecessity: null,
    necessityRationale: '',
    route: 'undecided',
    needsDevelopment: false,
    contractValueSek: null,
    annualEffectSek,
    annualEffectIndicator: null,
    status: 'identified',
    votes: null
  }
}

function measurement(id: string, areaId: string, date: string, value: number, source = ''): Measurement {
  return { id, createdAt: AT, updatedAt: AT, areaId, date, value, source, note: `anteckning ${id}` }
}

/**
 * Worked by hand, as of 2027-01-15:
 * - A, lower is better 100 → 50, measured 45 on 2026-06-01: progress 1.1, reached; realised 1 000 000 of 1 000 000.
 * - B, higher is better 0 → 100, measured 45 on 2026-07-02 (182 of 365 days: expected 0.499): on track;
 *   realised 0.45 × 200 000 = 90 000.
 * - C, higher is better 10 → 20, measured 12 on 2026-12-31 (expected 364/365): off track; realised 0.2 × 500 000
 *   = 100 000. Its measurement of 2027-02-01 (20, after the date) is neither counted nor shown.
 * - D, complete indicator, no measurement: no-measurement; 300 000 estimated, nothing realised.
 * - E, no target: incomplete; no estimate.
 * - F, no indicator: 400 000 estimated, nothing realised.
 * - X belongs to another engagement and is left out, with its measurement.
 * Counts 1 of each status but baseline-equals-target; realised 1 190 000 of 2 400 000 estimated.
 */
const tables: AssemblyTables = {
  organisations: [organisation],
  engagements: [engagement('e1'), engagement('e2')],
  workshops: [],
  participants: [],
  areas: [
    area('F', null, 400_000),
    area('A', indicator('lower-is-better', 100, 50), 1_000_000),
    area('B', indicator('higher-is-better', 0, 100), 200_000),
    area('C', indicator('higher-is-better', 10, 20), 500_000),
    area('D', indicator('higher-is-better', 10, 20), 300_000),
    area('E', indicator('higher-is-better', 10, null), null),
    area('X', indicator('higher-is-better', 0, 10), 9_000_000, 'e2')
  ],
  criteria: [],
  scores: [],
  evaluations: [],
  measurements: [
    measurement('c2', 'C', '2027-02-01', 20),
    measurement('a1', 'A', '2026-06-01', 45, '  Elnätsbolaget '),
    measurement('b1', 'B', '2026-07-02', 45),
    measurement('c1', 'C', '2026-12-31', 12),
    measurement('c0', 'C', '2026-03-01', 11),
    measurement('x1', 'X', '2026-06-01', 10)
  ]
}

const options = { language: 'sv' as const, date: AS_OF }

describe('document-assembly', () => {
  describe('assembleFollowUpReport()', () => {
    const model = assembleFollowUpReport(tables, 'e1', options)
    const byTitle = (id: string) => model.areas.find((a) => a.title === `Område ${id}`)!

    it('counts the areas per status as of the document date', () => {
      expect(model.summary.counts).toEqual({
        'no-indicator': 1,
        incomplete: 1,
        'baseline-equals-target': 0,
        'no-measurement': 1,
        reached: 1,
        'on-track': 1,
        'off-track': 1
      })
    })

    it('sums the realised against the estimated annual effect', () => {
      expect(model.summary.realisedAnnualEffectSek).toBe(1_190_000)
      expect(model.summary.estimatedAnnualEffectSek).toBe(2_400_000)
    })

    it('gives each area its follow-up: status, latest value, progress and realised effect', () => {
      expect(byTitle('A')).toMatchObject({ status: 'reached', progress: 1.1, realisedAnnualEffectSek: 1_000_000 })
      expect(byTitle('B').status).toBe('on-track')
      expect(byTitle('B').progress).toBeCloseTo(0.45)
      expect(byTitle('B').expected).toBeCloseTo(182 / 365)
      expect(byTitle('B').realisedAnnualEffectSek).toBe(90_000)
      expect(byTitle('C')).toMatchObject({ status: 'off-track', realisedAnnualEffectSek: 100_000 })
      expect(byTitle('C').latest).toEqual({ date: '2026-12-31', value: 12, note: 'anteckning c1' })
      expect(byTitle('D')).toMatchObject({ status: 'no-measurement', latest: null, realisedAnnualEffectSek: null })
      expect(byTitle('E').status).toBe('incomplete')
      expect(byTitle('F')).toMatchObject({ status: 'no-indicator', indicator: null, measurements: [] })
    })

    it('shows only the measurements up to the document date, oldest first, with a trimmed source', () => {
      expect(byTitle('C').measurements.map((m) => m.date)).toEqual(['2026-03-01', '2026-12-31'])
      expect(byTitle('A').measurements).toEqual([
        { date: '2026-06-01', value: 45, source: 'Elnätsbolaget', note: 'anteckning a1' }
      ])
    })

    it("leaves out other engagements' areas and keeps every area of this one", () => {
      expect(model.areas.map((a) => a.title).sort()).toEqual(['A', 'B', 'C', 'D', 'E', 'F'].map((x) => `Område ${x}`))
      expect(model.engagementTitle).toBe('Uppdrag e1')
      expect(model.client.name).toBe('Norrviks kommun')
    })

    it('gives a valid content and, with branding, a valid model', () => {
      expect(() => FollowUpReportContent.parse(model)).not.toThrow()
      const branding = documentBranding(DEFAULT_BRANDING)
      expect(() => FollowUpReportModel.parse({ ...model, branding })).not.toThrow()
    })

    it('counts a measurement on the document date and none after it', () => {
      const early = assembleFollowUpReport(tables, 'e1', { ...options, date: '2026-06-01' })
      expect(early.areas.find((a) => a.title === 'Område A')!.status).toBe('reached')
      expect(early.areas.find((a) => a.title === 'Område B')!.status).toBe('no-measurement')
      // C's measurement of 2026-03-01 (11: progress 0.1, expected 59/365) counts: 50 000 more.
      expect(early.summary.realisedAnnualEffectSek).toBe(1_050_000)
    })

    it('throws for an unknown engagement', () => {
      expect(() => assembleFollowUpReport(tables, 'nope', options)).toThrow(/Engagement nope not found/)
    })
  })
})
