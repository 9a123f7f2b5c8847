/**
 * Word documents: the sample proposal and workshop report (as `npm run docs:sample` builds them) rendered to .docx bytes.
 * The models, with their logo, are built once outside the timing; the value/effort matrix is drawn inside the render.
 */
import { fileURLToPath } from 'node:url'
import { bench, describe } from 'vitest'
import { renderProposal, renderWorkshopReport } from '@main/documents'
import { loadSampleTables, sampleModels } from '@main/documents/sample'
import { assembleProposal } from '@shared/document-assembly'
import type { ProposalModel } from '@shared/document-model'
import { generatePortfolio } from '../scripts/seed/generate-portfolio'
import { fillProposal, plainDocxProposal, proposalTemplate } from './fixtures/docxtemplater-reference'

const root = fileURLToPath(new URL('..', import.meta.url))
const { proposal, report } = sampleModels(await loadSampleTables(root), 'sv', '2026-11-26')

// A document that comes out empty would time nothing useful.
for (const bytes of [await renderProposal(proposal), await renderWorkshopReport(report)]) {
  if (bytes.byteLength < 10_000) throw new Error(`a sample document has only ${bytes.byteLength} bytes`)
}

describe('Word documents (sample, Swedish)', () => {
  const options = { time: 2_000, iterations: 10, warmupIterations: 2 }
  bench(
    'renderProposal',
    async () => {
      await renderProposal(proposal)
    },
    options
  )
  bench(
    'renderWorkshopReport',
    async () => {
      await renderWorkshopReport(report)
    },
    options
  )
})

// ---------- Proposals of 30 and 500 areas beside docxtemplater filling the same content (issue 12 point 8) ----------

/** An engagement of one client whose one workshop found `areas` areas, as a Swedish implementation proposal. */
function proposalWithAreas(areas: number): ProposalModel {
  const portfolio = generatePortfolio({
    organisations: 1,
    contacts: 3,
    engagements: 1,
    workshops: 1,
    areas,
    evaluations: 20,
    measurements: areas
  })
  const engagement = portfolio.tables.engagements[0]!
  return {
    ...assembleProposal(portfolio.tables, engagement.id, {
      language: 'sv',
      date: '2026-11-30',
      kind: 'implementation'
    }),
    branding: proposal.branding
  }
}

const template = await proposalTemplate()
for (const areas of [30, 500]) {
  const model = proposalWithAreas(areas)
  if (model.areas.length !== areas) throw new Error(`the ${areas}-area proposal has ${model.areas.length} areas`)
  const filled = fillProposal(template, model)
  if (filled.byteLength < 5_000) throw new Error(`docxtemplater filled only ${filled.byteLength} bytes`)
  describe(`Proposal, ${areas} areas (Swedish)`, () => {
    const options = { time: 0, iterations: 5, warmupIterations: 1 }
    bench(
      'renderProposal, contents page numbers estimated',
      async () => {
        await renderProposal(model)
      },
      options
    )
    bench(
      'renderProposal, without page estimation',
      async () => {
        await renderProposal(model, { estimatePages: false })
      },
      options
    )
    bench(
      'docx library alone, the same content without styles, cover or picture (floor of the library)',
      async () => {
        await plainDocxProposal(model)
      },
      options
    )
    bench(
      'docxtemplater, the same content into a template (reference)',
      () => {
        fillProposal(template, model)
      },
      options
    )
  })
}
