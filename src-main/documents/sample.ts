/**
 * The sample documents: the sample portfolio's first engagement as a proposal, its workshop as a report and its
 * measured areas as a follow-up report, with a fictional consultant's branding and logo. Used by `npm run docs:sample` and by the LibreOffice tests.
 * Also the documents of every engagement of any portfolio file (portfolioDocuments), for `docs:sample --portfolio`.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { assembleFollowUpReport, assembleProposal, assembleWorkshopReport } from '@shared/document-assembly'
import type { AssemblyTables } from '@shared/document-assembly'
import type { DocumentBranding, FollowUpReportModel, ProposalModel, WorkshopReportModel } from '@shared/document-model'
import type { DocumentRecord } from '@shared/entities'
import { parsePortfolioFile, type PortfolioError, type PortfolioTables } from '@shared/portfolio-file'
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

/** Most problems of a portfolio file listed in the error; the rest are counted. */
const SHOWN_ERRORS = 20

/** The problems of a portfolio file, one a line: where (its JSON path) and what. */
export function describePortfolioErrors(file: string, errors: readonly PortfolioError[]): string {
  const lines = errors.slice(0, SHOWN_ERRORS).map((e) => `  ${e.path}: ${e.message}`)
  if (errors.length > SHOWN_ERRORS) lines.push(`  … and ${errors.length - SHOWN_ERRORS} more`)
  return `${file} is not a valid Mätbar portfolio file (${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}):\n${lines.join('\n')}`
}

/**
 * Reads and checks a portfolio file (an export from Inställningar) with the app's own parser: its tables, or an
 * error that names the file and lists where (the JSON path, such as `$.tables.areas[2].title`) and what is wrong.
 */
export async function loadPortfolioTables(file: string): Promise<PortfolioTables> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new Error(`Cannot read the portfolio file ${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const parsed = parsePortfolioFile(text)
  if (!parsed.ok) throw new Error(describePortfolioErrors(file, parsed.errors))
  return parsed.portfolio.tables
}

/** Reads and checks resources/sample-portfolio.json under `root`: every table (the documents and the sample spreadsheets). */
export async function loadSampleTables(root: string): Promise<PortfolioTables> {
  return loadPortfolioTables(join(root, 'resources', 'sample-portfolio.json'))
}

/** One document of a portfolio: what it is, which engagement or workshop it is about, and its model. */
export type PortfolioDocument =
  | { kind: 'proposal'; about: string; model: ProposalModel }
  | { kind: 'workshop-report'; about: string; model: WorkshopReportModel }
  | { kind: 'follow-up-report'; about: string; model: FollowUpReportModel }

/** A document that could not be assembled from the portfolio (an engagement whose organisation is missing, say). */
export type PortfolioDocumentFailure = { kind: DocumentRecord['kind']; about: string; message: string }

/**
 * The documents of every engagement of a portfolio, in one language, dated `date`, with the sample's branding: its
 * proposal (of the kind its state calls for), the report of each of its workshops held by `date`, and its follow-up
 * report when it has areas. A document that cannot be assembled is listed as a failure; the others are still given.
 */
export function portfolioDocuments(
  tables: AssemblyTables,
  language: Language,
  date: string
): { documents: PortfolioDocument[]; failures: PortfolioDocumentFailure[] } {
  const branding = sampleBranding()
  const documents: PortfolioDocument[] = []
  const failures: PortfolioDocumentFailure[] = []
  const attempt = (kind: DocumentRecord['kind'], about: string, make: () => PortfolioDocument) => {
    try {
      documents.push(make())
    } catch (error) {
      failures.push({ kind, about, message: error instanceof Error ? error.message : String(error) })
    }
  }
  for (const engagement of tables.engagements) {
    const id = engagement.id
    attempt('proposal', id, () => ({
      kind: 'proposal',
      about: id,
      model: { ...assembleProposal(tables, id, { language, date }), branding }
    }))
    for (const workshop of tables.workshops.filter((w) => w.engagementId === id && w.startsAt.slice(0, 10) <= date))
      attempt('workshop-report', workshop.id, () => ({
        kind: 'workshop-report',
        about: workshop.id,
        model: { ...assembleWorkshopReport(tables, workshop.id, { language, date }), branding }
      }))
    if (tables.areas.some((a) => a.engagementId === id))
      attempt('follow-up-report', id, () => ({
        kind: 'follow-up-report',
        about: id,
        model: { ...assembleFollowUpReport(tables, id, { language, date }), branding }
      }))
  }
  return { documents, failures }
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
