/**
 * Word documents: the sample proposal and workshop report (as `npm run docs:sample` builds them) rendered to .docx bytes.
 * The models, with their logo, are built once outside the timing; the value/effort matrix is drawn inside the render.
 */
import { fileURLToPath } from 'node:url'
import { bench, describe } from 'vitest'
import { renderProposal, renderWorkshopReport } from '@main/documents'
import { loadSampleTables, sampleModels } from '@main/documents/sample'

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
