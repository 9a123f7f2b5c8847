import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { addToDate, assembleProposal, assembleWorkshopReport, documentBranding } from '@shared/document-assembly'
import type { AssemblyTables } from '@shared/document-assembly'
import {
  DEFAULT_BRANDING,
  ProposalContent,
  ProposalModel,
  WorkshopReportContent,
  WorkshopReportModel
} from '@shared/document-model'
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
      expect(model.fee).toEqual({ lines: [{ description: model.title, amountSek: 68000 }], vatRate: 0.25 })
    })

    it('references carry every evaluation in n and only quotable, picked comments', () => {
      const refs = assembleProposal(tables, 'eng-energi', options).references!
      expect(refs.figures.n).toBe(tables.evaluations.length)
      const allowed = new Set(tables.evaluations.filter((e) => e.quotable && e.reference).map((e) => e.comment.trim()))
      for (const q of refs.quotes) expect(allowed.has(q.text)).toBe(true)
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

    it('holds the workshop evaluations, participants and a sensitivity statement naming the top area', () => {
      const model = assembleWorkshopReport(tables, 'ws-energi', options)
      expect(model.evaluations!.figures.n).toBe(tables.evaluations.filter((e) => e.workshopId === 'ws-energi').length)
      expect(model.participants).toHaveLength(tables.participants.filter((p) => p.workshopId === 'ws-energi').length)
      const s = model.prioritisation!.sensitivity
      if (s.kind !== 'takeover' && s.kind !== 'stable') throw new Error(s.kind)
      expect(s.top).toBe(model.areas[0]!.title)
      const weights = model.prioritisation!.criteria.reduce((sum, c) => sum + c.weightPercent, 0)
      expect(weights).toBeCloseTo(100, 9)
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
