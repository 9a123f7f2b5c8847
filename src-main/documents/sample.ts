/**
 * The sample documents: the sample portfolio's first engagement as a proposal, its workshop as a report and its
 * measured areas as a follow-up report, with a fictional consultant's branding and logo. Used by `npm run docs:sample` and by the LibreOffice tests.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { assembleFollowUpReport, assembleProposal, assembleWorkshopReport } from '@shared/document-assembly'
import type { AssemblyTables } from '@shared/document-assembly'
import type { DocumentBranding, FollowUpReportModel, ProposalModel, WorkshopReportModel } from '@shared/document-model'
import { parsePortfolioFile, type PortfolioTables } from '@shared/portfolio-file'
import type { Language } from '@shared/settings'
import { renderMatrixPng } from '../services/matrix-png'

/** The engagement and workshop the sample documents are about (energy use in Norrviks kommun). */
export const SAMPLE_ENGAGEMENT_ID = 'eng-energi'
export const SAMPLE_WORKSHOP_ID = 'ws-energi'

// A made-up logo drawn as SVG and rasterised like the matrix, so the sample needs no binary file.
const SAMPLE_LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="440" height="120" viewBox="0 0 440 120">
<rect x="4" y="10" width="100" height="100" rx="18" fill="#1F4E79"/>
<path d="M26 88 V34 L54 66 L82 34 V88" fill="none" stroke="#ffffff" stroke-width="10" stroke-linejoin="round" stroke-linecap="round"/>
<text x="124" y="62" font-family="DejaVu Sans" font-size="34" font-weight="bold" fill="#1F4E79">Berglund</text>
<text x="124" y="96" font-family="DejaVu Sans" font-size="22" fill="#595959">Upphandling &amp; effekt</text>
</svg>`

/** The fictional consultant of the sample documents, with a logo. */
export function sampleBranding(): DocumentBranding {
  const png = renderMatrixPng(SAMPLE_LOGO_SVG, 880)
  return {
    consultantName: 'Anders Berglund',
    company: 'Berglund Upphandling & Effekt AB',
    orgNumber: '556677-8899',
    contactLines: ['Kungsgatan 12, 753 21 Uppsala', '070-123 45 67', 'anders@berglund-upphandling.example'],
    accentColor: '1F4E79',
    bodyFont: 'Arial',
    logo: { type: 'png', base64: Buffer.from(png).toString('base64'), widthPx: 880, heightPx: 240 }
  }
}

/** Reads and checks resources/sample-portfolio.json under `root`: every table (the documents and the sample spreadsheets). */
export async function loadSampleTables(root: string): Promise<PortfolioTables> {
  const text = await readFile(join(root, 'resources', 'sample-portfolio.json'), 'utf8')
  const parsed = parsePortfolioFile(text)
  if (!parsed.ok)
    throw new Error(
      `The sample portfolio is invalid: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`
    )
  return parsed.portfolio.tables
}

/** The three sample models in one language, dated `date` (the follow-up report is as of that date). */
export function sampleModels(
  tables: AssemblyTables,
  language: Language,
  date: string
): { proposal: ProposalModel; report: WorkshopReportModel; followUp: FollowUpReportModel } {
  const branding = sampleBranding()
  return {
    proposal: { ...assembleProposal(tables, SAMPLE_ENGAGEMENT_ID, { language, date }), branding },
    report: { ...assembleWorkshopReport(tables, SAMPLE_WORKSHOP_ID, { language, date }), branding },
    followUp: { ...assembleFollowUpReport(tables, SAMPLE_ENGAGEMENT_ID, { language, date }), branding }
  }
}
