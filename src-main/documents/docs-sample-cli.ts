/**
 * `npm run docs:sample -- <folder> [--lang sv|en] [--date YYYY-MM-DD] [--portfolio <file>]`: writes the documents of
 * every engagement of a portfolio file (an export from Inställningar; the bundled sample portfolio when none is given)
 * into <folder>: each engagement's proposal, the report of each workshop held by --date, and the follow-up report as
 * of --date (default today), with a fictional consultant's branding; and the portfolio's areas and evaluations as
 * .xlsx and .csv. So anyone, a reviewer without the app included, can look at the documents of any portfolio.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { localToday } from '@shared/format'
import { Language } from '@shared/settings'
import { writeSampleSpreadsheets } from '@main/spreadsheets/sample'
import { defaultDocumentFileName } from './file-name'
import { renderFollowUpReport } from './follow-up-report'
import { renderProposal } from './proposal'
import { loadPortfolioTables, loadSampleTables, portfolioDocuments, type PortfolioDocument } from './sample'
import { renderWorkshopReport } from './workshop-report'

const USAGE = 'Usage: npm run docs:sample -- <folder> [--lang sv|en] [--date YYYY-MM-DD] [--portfolio <file>]'

function render(document: PortfolioDocument): Promise<Uint8Array> {
  switch (document.kind) {
    case 'proposal':
      return renderProposal(document.model)
    case 'workshop-report':
      return renderWorkshopReport(document.model)
    case 'follow-up-report':
      return renderFollowUpReport(document.model)
  }
}

/** `name`, or "name (2).docx", "name (3).docx" … when a document of the same kind and client took it already. */
function unique(name: string, taken: Set<string>): string {
  let candidate = name
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = name.replace(/\.docx$/, ` (${n}).docx`)
  taken.add(candidate.toLowerCase())
  return candidate
}

async function main(): Promise<void> {
  let parsed
  try {
    parsed = parseArgs({
      options: {
        lang: { type: 'string', default: 'sv' },
        date: { type: 'string' },
        portfolio: { type: 'string' }
      },
      allowPositionals: true,
      strict: true
    })
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`)
    process.exit(2)
  }
  const { values, positionals } = parsed
  const folder = positionals[0]
  const language = Language.safeParse(values.lang)
  const date = values.date ?? localToday()
  if (!folder || positionals.length > 1 || !language.success || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    console.error(USAGE)
    process.exit(2)
  }
  // The built file sits in out/main (or $MATBAR_OUT/main): the repository root is two folders up.
  let tables
  try {
    tables = values.portfolio
      ? await loadPortfolioTables(resolve(values.portfolio))
      : await loadSampleTables(resolve(__dirname, '../..'))
  } catch (error) {
    console.error(`docs:sample: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
  const { documents, failures } = portfolioDocuments(tables, language.data, date)
  const target = resolve(folder)
  await mkdir(target, { recursive: true })
  const taken = new Set<string>()
  for (const document of documents) {
    const name = unique(defaultDocumentFileName(document.kind, language.data, document.model.client.name, date), taken)
    try {
      await writeFile(join(target, name), await render(document))
      console.log(`${join(target, name)}  (${document.kind} of ${document.about})`)
    } catch (error) {
      failures.push({
        kind: document.kind,
        about: document.about,
        message: error instanceof Error ? error.message : String(error)
      })
    }
  }
  // The portfolio's areas and evaluations as spreadsheets (.xlsx and .csv) beside the documents.
  for (const path of await writeSampleSpreadsheets(tables, target, language.data, date)) {
    console.log(path)
  }
  for (const f of failures) console.error(`docs:sample: no ${f.kind} of ${f.about}: ${f.message}`)
  if (documents.length === 0 && failures.length === 0) console.error('docs:sample: the portfolio has no engagements')
  if (failures.length > 0) process.exit(1)
}

main().catch((error: unknown) => {
  console.error(`docs:sample failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  process.exit(1)
})
