/**
 * The sheet builders against a small portfolio whose answers were worked out by hand (see the comments), with
 * the translate function returning the key, so each cell can be checked against its column by name.
 */
import { describe, expect, it } from 'vitest'
import type {
  Area,
  Criterion,
  Engagement,
  Evaluation,
  Measurement,
  Organisation,
  Score,
  Workshop
} from '@shared/entities'
import { Workbook, type Sheet } from '@shared/spreadsheet'
import {
  areasSheet,
  engagementsSheet,
  evaluationsSheet,
  measurementsSheet,
  organisationsSheet,
  portfolioWorkbook,
  SHEET_KINDS,
  buildSheet,
  type SheetTables
} from '@shared/spreadsheet-sheets'
import { sheetTexts } from '@main/spreadsheets/texts'

const AT = '2026-01-15T10:00:00.000Z'
const AS_OF = '2026-11-30'
const base = (id: string) => ({ id, createdAt: AT, updatedAt: AT })
const t = (key: string) => key

const organisation = (id: string, name: string, extra: Partial<Organisation> = {}): Organisation => ({
  ...base(id),
  name,
  kind: 'municipality',
  orgNumber: '212000-0001',
  sector: 'Offentlig',
  size: 24000,
  sizeUnit: 'inhabitants',
  address: '',
  website: '',
  notes: '',
  tags: ['energi', 'skola'],
  goals: [],
  ...extra
})
const engagement = (id: string, organisationId: string, valueSek: number | null): Engagement => ({
  ...base(id),
  organisationId,
  title: `Uppdrag ${id}`,
  kind: 'workshop',
  status: 'active',
  statusHistory: [{ status: 'active', at: AT }],
  valueSek,
  expectedStart: '2026-02-01',
  expectedEnd: null,
  notes: ''
})
const workshop = (id: string, engagementId: string, title: string, startsAt: string): Workshop => ({
  ...base(id),
  engagementId,
  title,
  startsAt,
  place: '',
  digital: false,
  questionId: null,
  startingQuestion: '',
  purpose: '',
  agenda: [],
  participantCount: null,
  notes: ''
})
const area = (id: string, engagementId: string, workshopId: string, extra: Partial<Area>): Area => ({
  ...base(id),
  engagementId,
  workshopId,
  title: id,
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
  votes: null,
  ...extra
})
const criterion = (id: string, weight: number, direction: 'benefit' | 'cost', order: number): Criterion => ({
  ...base(id),
  engagementId: 'e1',
  name: id,
  weight,
  direction,
  order,
  fromVotes: false
})
const score = (areaId: string, criterionId: string, value: number): Score => ({
  ...base(`${areaId}-${criterionId}`),
  areaId,
  criterionId,
  value
})
const measurement = (id: string, areaId: string, date: string, value: number, source = ''): Measurement => ({
  ...base(id),
  areaId,
  date,
  value,
  source,
  note: ''
})
const evaluation = (id: string, workshopId: string, extra: Partial<Evaluation>): Evaluation => ({
  ...base(id),
  workshopId,
  overall: null,
  content: null,
  delivery: null,
  comment: '',
  quotable: false,
  reference: false,
  name: '',
  contactId: null,
  ...extra
})

const tables: SheetTables = {
  organisations: [organisation('o1', 'Norrviks kommun'), organisation('o2', 'Åby region', { size: null, tags: [] })],
  engagements: [engagement('e1', 'o1', 148150000), engagement('e2', 'o2', null)],
  workshops: [workshop('w1', 'e1', 'Minskad energi', '2026-03-10T09:00'), workshop('w2', 'e2', '', '2026-05-20T13:30')],
  areas: [
    area('Gatubelysning', 'e1', 'w1', {
      status: 'in-procurement',
      route: 'functional',
      costPerYearSek: 4800000,
      annualEffectSek: 2100000,
      votes: 9,
      indicator: {
        name: 'Elanvändning',
        unit: 'MWh/år',
        direction: 'lower-is-better',
        baselineValue: 3100,
        baselineDate: '2025-12-31',
        targetValue: 1400,
        targetDate: '2029-12-31',
        dataSource: 'Elnätsbolaget',
        owner: ''
      }
    }),
    area('Skolor', 'e1', 'w1', {}),
    area('Utan kriterier', 'e2', 'w2', {})
  ],
  // Benefit weight 3, cost weight 1: Gatubelysning (5, 1) scores (3·5 + 1·(6−1))/4 = 5; Skolor (3, 5) scores (3·3 + 1·(6−5))/4 = 2.5.
  criteria: [criterion('c1', 3, 'benefit', 0), criterion('c2', 1, 'cost', 1)],
  scores: [
    score('Gatubelysning', 'c1', 5),
    score('Gatubelysning', 'c2', 1),
    score('Skolor', 'c1', 3),
    score('Skolor', 'c2', 5)
  ],
  measurements: [
    measurement('m1', 'Gatubelysning', '2026-04-30', 2940, 'Elnätsbolagets mätdata'),
    // After asOf: ignored by the follow-up, still listed in the measurements sheet.
    measurement('m2', 'Gatubelysning', '2027-01-31', 100),
    measurement('m0', 'Gatubelysning', '2026-01-31', 3050)
  ],
  evaluations: [
    evaluation('v2', 'w2', { overall: 4, name: 'Bo' }),
    evaluation('v1', 'w1', {
      overall: 6,
      content: 5,
      delivery: 6,
      comment: 'Bra; konkret\noch användbart',
      quotable: true,
      name: 'Åsa Öberg'
    })
  ]
}

/** The rows of a sheet as records keyed by the column's key (the header, as t returns the key). */
function records(sheet: Sheet, kind: string): Record<string, unknown>[] {
  const prefix = `spreadsheets.column.${kind}.`
  return sheet.rows.map((row) =>
    Object.fromEntries(sheet.columns.map((c, i) => [c.header.slice(prefix.length), row[i]]))
  )
}

describe('spreadsheet-sheets', () => {
  describe('areasSheet()', () => {
    const sheet = areasSheet(tables, { t, asOf: AS_OF })
    const [street, schools, other] = records(sheet, 'areas')

    it('gives each area its indicator, latest measurement on or before asOf, progress and follow-up', () => {
      expect(street).toMatchObject({
        title: 'Gatubelysning',
        client: 'Norrviks kommun',
        engagement: 'Uppdrag e1',
        workshop: 'Minskad energi',
        status: 'areaStatus.in-procurement',
        route: 'routeShort.functional',
        costPerYear: 4800000,
        annualEffect: 2100000,
        contractValue: null,
        votes: 9,
        indicator: 'Elanvändning',
        unit: 'MWh/år',
        direction: 'spreadsheets.direction.lower-is-better',
        baselineValue: 3100,
        baselineDate: '2025-12-31',
        targetValue: 1400,
        targetDate: '2029-12-31',
        dataSource: 'Elnätsbolaget',
        // The 2027 value lies after asOf; the latest that counts is 2940 of 2026-04-30.
        latestValue: 2940,
        latestDate: '2026-04-30',
        // (2940 − 3100) / (1400 − 3100) = 160 / 1700 = 0.0941…
        progress: 0.0941,
        // 120 of the 1461 days from 2025-12-31 to 2029-12-31 had passed on 2026-04-30: 0.0821…
        expected: 0.0821,
        followUp: 'allAreas.followUpStatus.on-track',
        // 2 100 000 × 160/1700 = 197 647.06…
        realisedEffect: 197647
      })
    })

    it('scores and ranks each area within its own engagement', () => {
      expect(street).toMatchObject({ score: 5, rank: 1, ranked: 2 })
      expect(schools).toMatchObject({ score: 2.5, rank: 2, ranked: 2, indicator: null, progress: null })
      expect(schools!.followUp).toBe('allAreas.followUpStatus.no-indicator')
      // An engagement without criteria ranks nothing: no score, no rank, none ranked.
      expect(other).toMatchObject({ score: null, rank: null, ranked: 0, workshop: '2026-05-20' })
    })

    it('passes the schema main applies', () => {
      expect(Workbook.safeParse({ sheets: [sheet] }).success).toBe(true)
    })

    it('takes only the given rows, in the given order (a list page’s filter and sort)', () => {
      const some = areasSheet(tables, { t, asOf: AS_OF, ids: ['Skolor', 'gone', 'Gatubelysning'] })
      expect(some.rows.map((row) => row[0])).toEqual(['Skolor', 'Gatubelysning'])
      // The rank still comes from the whole engagement, not from the rows exported.
      expect(records(some, 'areas')[0]).toMatchObject({ rank: 2, ranked: 2 })
    })
  })

  describe('measurementsSheet()', () => {
    it('lists every measurement by area and date, with its source', () => {
      const rows = records(measurementsSheet(tables, { t, asOf: AS_OF }), 'measurements')
      expect(rows.map((r) => [r.area, r.date, r.value, r.source])).toEqual([
        ['Gatubelysning', '2026-01-31', 3050, null],
        ['Gatubelysning', '2026-04-30', 2940, 'Elnätsbolagets mätdata'],
        ['Gatubelysning', '2027-01-31', 100, null]
      ])
      expect(rows[0]).toMatchObject({ client: 'Norrviks kommun', indicator: 'Elanvändning', unit: 'MWh/år' })
    })
  })

  describe('evaluationsSheet()', () => {
    it('lists evaluations by workshop date with grades as numbers and the yes/no columns in words', () => {
      const rows = records(evaluationsSheet(tables, { t, asOf: AS_OF }), 'evaluations')
      expect(rows).toEqual([
        {
          workshop: 'Minskad energi',
          workshopDate: '2026-03-10',
          client: 'Norrviks kommun',
          engagement: 'Uppdrag e1',
          name: 'Åsa Öberg',
          overall: 6,
          content: 5,
          delivery: 6,
          comment: 'Bra; konkret\noch användbart',
          quotable: 'spreadsheets.value.yes',
          reference: 'spreadsheets.value.no',
          entered: '2026-01-15'
        },
        expect.objectContaining({ workshop: '2026-05-20', client: 'Åby region', overall: 4, content: null })
      ])
    })
  })

  describe('organisationsSheet() and engagementsSheet()', () => {
    it('list organisations with their engagement count, in the order asked', () => {
      const rows = records(organisationsSheet(tables, { t, asOf: AS_OF, ids: ['o2', 'o1'] }), 'organisations')
      expect(rows.map((r) => [r.name, r.size, r.sizeUnit, r.tags, r.engagements])).toEqual([
        ['Åby region', null, null, null, 1],
        ['Norrviks kommun', 24000, 'spreadsheets.sizeUnit.inhabitants', 'energi, skola', 1]
      ])
    })

    it('list engagements with value, dates and how many workshops and areas they hold', () => {
      const rows = records(engagementsSheet(tables, { t, asOf: AS_OF }), 'engagements')
      expect(rows[0]).toEqual({
        title: 'Uppdrag e1',
        client: 'Norrviks kommun',
        kind: 'clients.engagementKind.workshop',
        status: 'engagementStatus.active',
        value: 148150000,
        expectedStart: '2026-02-01',
        expectedEnd: null,
        workshops: 1,
        areas: 2,
        updated: '2026-01-15'
      })
    })
  })

  describe('portfolioWorkbook()', () => {
    it('has one sheet per table, every row, and passes the schema', () => {
      const book = portfolioWorkbook(tables, { t, asOf: AS_OF })
      expect(book.sheets.map((s) => s.name)).toEqual(SHEET_KINDS.map((k) => `spreadsheets.sheet.${k}`))
      expect(book.sheets.map((s) => s.rows.length)).toEqual([3, 3, 2, 2, 2])
    })

    it.each(['sv', 'en'] as const)('has a text for every sheet name, header and label in %s', (language) => {
      // sheetTexts throws on a missing key; the locale test cannot see keys built from templates.
      const texts = sheetTexts(language)
      const book = { sheets: SHEET_KINDS.map((kind) => buildSheet(kind, tables, { t: texts, asOf: AS_OF })) }
      expect(Workbook.safeParse(book).success).toBe(true)
      const directions = ['higher-is-better', 'lower-is-better'].map((d) => texts(`spreadsheets.direction.${d}`))
      expect(directions.every((d) => d.length > 0)).toBe(true)
      for (const kind of SHEET_KINDS) {
        const headers = buildSheet(kind, tables, { t: texts, asOf: AS_OF }).columns.map((c) => c.header)
        expect(new Set(headers).size, `${kind} headers are unique`).toBe(headers.length)
      }
    })
  })
})
