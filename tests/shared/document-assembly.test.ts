import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addToDate,
  assembleProposal,
  assembleWorkshopReport,
  defaultProposalKind,
  documentBranding,
  pastPlanSteps
} from '@shared/document-assembly'
import type { AssemblyTables } from '@shared/document-assembly'
import {
  DEFAULT_BRANDING,
  ProposalContent,
  ProposalModel,
  WorkshopReportContent,
  WorkshopReportModel
} from '@shared/document-model'
import type { Evaluation } from '@shared/entities'
import { summariseEvaluations } from '@shared/evaluations'
import { parsePortfolioFile } from '@shared/portfolio-file'

const parsed = parsePortfolioFile(readFileSync(resolve(__dirname, '../../resources/sample-portfolio.json'), 'utf8'))
if (!parsed.ok) throw new Error('sample portfolio invalid')
const tables: AssemblyTables = parsed.portfolio.tables
const options = { language: 'sv' as const, date: '2026-11-26' }
// What main adds to the content before it renders a document.
const branding = documentBranding(DEFAULT_BRANDING)

describe('document-assembly', () => {
  describe('assembleProposal()', () => {
    it('gives a valid model for every sample engagement', () => {
      for (const e of tables.engagements) {
        expect(() => ProposalContent.parse(assembleProposal(tables, e.id, options)), e.id).not.toThrow()
        expect(() => ProposalModel.parse({ ...assembleProposal(tables, e.id, options), branding }), e.id).not.toThrow()
      }
    })

    it('lists the engagement areas in rank order with the client, goals, fee and VAT', () => {
      const model = assembleProposal(tables, 'eng-energi', options)
      const areas = tables.areas.filter((a) => a.engagementId === 'eng-energi')
      expect(model.areas.map((a) => a.title).sort()).toEqual(areas.map((a) => a.title).sort())
      const ranks = model.areas.map((a) => a.rank ?? Infinity)
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks)
      expect(model.client.name).toBe(tables.organisations.find((o) => o.id === 'org-energi')!.name)
      expect(model.goals).toHaveLength(tables.organisations.find((o) => o.id === 'org-energi')!.goals.length)
      // A workshop engagement's value is the workshop's fee: only a workshop proposal quotes it.
      expect(model.fee).toEqual({ lines: [], vatRate: 0.25 })
      const workshop = assembleProposal(tables, 'eng-energi', { ...options, kind: 'workshop' })
      expect(workshop.fee).toEqual({ lines: [{ description: model.title, amountSek: 68000 }], vatRate: 0.25 })
    })

    it("references carry only other clients' evaluations in n, and only their quotable, picked comments", () => {
      const refs = assembleProposal(tables, 'eng-energi', options).references!
      const others = tables.evaluations.filter((e) => e.workshopId !== 'ws-energi')
      expect(refs.figures).toEqual(summariseEvaluations(others))
      const allowed = new Set(others.filter((e) => e.quotable && e.reference).map((e) => e.comment.trim()))
      expect(refs.quotes.length).toBeGreaterThan(0)
      for (const q of refs.quotes) expect(allowed.has(q.text)).toBe(true)
    })

    it('never quotes a client its own participants nor counts its own ratings, whatever the evaluations (property)', () => {
      // The client's other engagements count as its own too: references come from other organisations only.
      const own = new Set(
        tables.workshops
          .filter((w) => tables.engagements.find((g) => g.id === w.engagementId)!.organisationId === 'org-energi')
          .map((w) => w.id)
      )
      const grade = fc.option(fc.integer({ min: 1, max: 6 }), { nil: null })
      const evaluation = fc.record({
        workshopId: fc.constantFrom(...tables.workshops.map((w) => w.id)),
        overall: grade,
        content: grade,
        delivery: grade,
        quotable: fc.boolean(),
        reference: fc.boolean()
      })
      fc.assert(
        fc.property(fc.array(evaluation, { maxLength: 40 }), (rows) => {
          const evaluations: Evaluation[] = rows.map((r, i) => ({
            ...tables.evaluations[0]!,
            ...r,
            id: `ev-${i}`,
            comment: `${own.has(r.workshopId) ? 'OWN' : 'OTHER'} comment ${i}`
          }))
          const refs = assembleProposal({ ...tables, evaluations }, 'eng-energi', options).references
          const others = evaluations.filter((e) => !own.has(e.workshopId))
          if (others.length === 0) {
            expect(refs).toBeNull()
            return
          }
          expect(refs!.figures).toEqual(summariseEvaluations(others))
          for (const q of refs!.quotes) expect(q.text).toMatch(/^OTHER/)
          expect(refs!.quotes.length).toBe(Math.min(6, others.filter((e) => e.quotable && e.reference).length))
        }),
        { numRuns: 200 }
      )
    })

    it('leaves out workshops held after the document date from the references', () => {
      const early = { ...options, date: '2026-02-01' }
      // Before 2026-02-01 only the vandalism workshop (2026-01-28) had been held.
      const refs = assembleProposal(tables, 'eng-energi', early).references!
      expect(refs.workshopCount).toBe(1)
      expect(refs.figures).toEqual(
        summariseEvaluations(tables.evaluations.filter((e) => e.workshopId === 'ws-vandalism'))
      )
    })

    it('offers the implementation once a workshop has been held, the workshop before that', () => {
      expect(defaultProposalKind(tables, 'eng-energi', '2026-11-26')).toBe('implementation')
      expect(defaultProposalKind(tables, 'eng-energi', '2026-02-12')).toBe('implementation')
      expect(defaultProposalKind(tables, 'eng-energi', '2026-02-11')).toBe('workshop')
      expect(assembleProposal(tables, 'eng-energi', options).kind).toBe('implementation')
    })

    it('gives a workshop proposal no results: no areas, no matrix, the workshop plan', () => {
      const model = assembleProposal(tables, 'eng-energi', { ...options, kind: 'workshop' })
      expect(model.kind).toBe('workshop')
      expect(model.areas).toEqual([])
      expect(model.matrix).toBeNull()
      expect(model.plan.map((s) => s.kind)).toEqual(['preparation', 'workshop', 'report', 'follow-up'])
      expect(model.agenda.length).toBeGreaterThan(0)
    })

    it('flags the plan dates before the document date, and an implementation plan has none', () => {
      const workshop = assembleProposal(tables, 'eng-energi', { ...options, kind: 'workshop' })
      // The sample workshop was on 2026-02-12: preparation, workshop and report lie before 2026-11-26.
      expect(pastPlanSteps(workshop).map((s) => s.kind)).toEqual(['preparation', 'workshop', 'report', 'follow-up'])
      const before = assembleProposal(tables, 'eng-energi', { ...options, date: '2026-01-20', kind: 'workshop' })
      expect(pastPlanSteps(before)).toEqual([])
      const implementation = assembleProposal(tables, 'eng-energi', options)
      expect(pastPlanSteps(implementation)).toEqual([])
      expect(implementation.plan.every((s) => s.date !== null && s.date > options.date)).toBe(true)
    })

    it("sets the thresholds at the document date, with the consultant's corrections, for the right kind of buyer", () => {
      const model = assembleProposal(tables, 'eng-energi', options)
      expect(model.procurement.buyer).toBe('other')
      expect(model.procurement.directLimit).toMatchObject({ valueSek: 700_000, validFrom: '2022-02-01' })
      expect(model.procurement.euGoodsServices).toMatchObject({ valueSek: 2_389_585, revisionDue: '2026-01-01' })
      const corrected = assembleProposal(
        {
          ...tables,
          thresholds: [{ key: 'direct-procurement', valueSek: 720_000, validFrom: '2026-07-01', source: 'Ny lag' }]
        },
        'eng-energi',
        options
      )
      expect(corrected.procurement.directLimit).toMatchObject({ valueSek: 720_000, source: 'Ny lag' })
      const agency = {
        ...tables,
        organisations: tables.organisations.map((o) => (o.id === 'org-energi' ? { ...o, kind: 'agency' as const } : o))
      }
      const central = assembleProposal(agency, 'eng-energi', options).procurement
      expect(central.buyer).toBe('central')
      expect(central.euGoodsServices.valueSek).toBe(1_546_202)
    })

    it('throws for an unknown engagement', () => {
      expect(() => assembleProposal(tables, 'nope', options)).toThrow(/Engagement nope not found/)
    })

    it('does without areas, evaluations and fee', () => {
      const bare = {
        ...tables,
        areas: [],
        evaluations: [],
        engagements: tables.engagements.map((e) => ({ ...e, valueSek: null }))
      }
      const model = ProposalContent.parse(assembleProposal(bare, 'eng-energi', options))
      expect(model.areas).toEqual([])
      expect(model.matrix).toBeNull()
      expect(model.references).toBeNull()
      expect(model.fee.lines).toEqual([])
    })
  })

  describe('assembleWorkshopReport()', () => {
    it('gives a valid model for every sample workshop', () => {
      for (const w of tables.workshops) {
        expect(() => WorkshopReportContent.parse(assembleWorkshopReport(tables, w.id, options)), w.id).not.toThrow()
        expect(
          () => WorkshopReportModel.parse({ ...assembleWorkshopReport(tables, w.id, options), branding }),
          w.id
        ).not.toThrow()
      }
    })

    it('never proposes a follow-up date that has passed: six months after the workshop, or three after a late report', () => {
      const workshop = tables.workshops.find((w) => w.id === 'ws-energi')!
      const day = workshop.startsAt.slice(0, 10)
      const followUp = (date: string) =>
        assembleWorkshopReport(tables, 'ws-energi', { ...options, date }).nextSteps.find((s) => s.kind === 'follow-up')
      expect(followUp(day)!.date).toBe(addToDate(day, { months: 6 }))
      const late = addToDate(day, { months: 9 })
      expect(followUp(late)!.date).toBe(addToDate(late, { months: 3 }))
    })

    it('before the scoring proposes no procurement of an area, only deciding the priorities and the follow-up', () => {
      const unscored: AssemblyTables = {
        ...tables,
        scores: tables.scores.filter(
          (s) => !tables.areas.some((a) => a.id === s.areaId && a.engagementId === 'eng-energi')
        )
      }
      const kinds = assembleWorkshopReport(unscored, 'ws-energi', options).nextSteps.map((s) => s.kind)
      expect(kinds).toEqual(['decide-priorities', 'follow-up'])
      // Scored, the top areas lead to steps of their own (the sample's ws-energi prepares procurements).
      expect(assembleWorkshopReport(tables, 'ws-energi', options).nextSteps.map((s) => s.kind)).toContain(
        'prepare-procurement'
      )
    })

    it('holds the workshop evaluations, participants and a sensitivity statement naming the top area', () => {
      const model = assembleWorkshopReport(tables, 'ws-energi', options)
      expect(model.evaluations!.figures.n).toBe(tables.evaluations.filter((e) => e.workshopId === 'ws-energi').length)
      expect(model.participants).toHaveLength(tables.participants.filter((p) => p.workshopId === 'ws-energi').length)
      const s = model.prioritisation!.sensitivity
      if (s.kind !== 'takeover' && s.kind !== 'stable') throw new Error(s.kind)
      expect(s.top).toBe(model.areas[0]!.title)
      // Whole percent adding up to exactly 100, as the table prints them.
      const weights = model.prioritisation!.criteria.map((c) => c.weightPercent)
      expect(weights.every(Number.isInteger)).toBe(true)
      expect(weights.reduce((sum, w) => sum + w, 0)).toBe(100)
    })

    it('reports a tie when two areas share first place', () => {
      const ids = tables.areas.filter((a) => a.workshopId === 'ws-energi').map((a) => a.id)
      const same = {
        ...tables,
        scores: tables.scores.map((s) => (ids.includes(s.areaId) ? { ...s, value: 3 } : s)),
        areas: tables.areas.map((a) => ({ ...a, votes: a.votes === null ? null : 1 }))
      }
      expect(assembleWorkshopReport(same, 'ws-energi', options).prioritisation!.sensitivity.kind).toBe('tie')
    })
  })

  describe('addToDate()', () => {
    it.each([
      ['2026-02-12', { days: -14 }, '2026-01-29'],
      ['2026-01-31', { months: 1 }, '2026-02-28'],
      ['2028-08-31', { months: 6 }, '2029-02-28'],
      ['2026-12-20', { days: 14 }, '2027-01-03']
    ])('%s + %o = %s', (date, amount, expected) => {
      expect(addToDate(date, amount)).toBe(expected)
    })
  })
})
