/**
 * `npm run docs:sample -- <folder> [--lang sv|en] [--date YYYY-MM-DD]`: writes the sample proposal, workshop
 * report and follow-up report (as of --date, default today) into <folder>, so anyone can look at the documents
 * without the app; and the sample's areas and evaluations as .xlsx and .csv.
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
import { loadSampleTables, sampleModels } from './sample'
import { renderWorkshopReport } from './workshop-report'

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { lang: { type: 'string', default: 'sv' }, date: { type: 'string' } },
    allowPositionals: true,
    strict: true
  })
  const folder = positionals[0]
  const language = Language.safeParse(values.lang)
  const date = values.date ?? localToday()
  if (!folder || positionals.length > 1 || !language.success || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    console.error('Usage: npm run docs:sample -- <folder> [--lang sv|en] [--date YYYY-MM-DD]')
    process.exit(2)
  }
  // The built file sits in out/main (or $MATBAR_OUT/main): the repository root is two folders up.
  const tables = await loadSampleTables(resolve(__dirname, '../..'))
  const { proposal, report, followUp } = sampleModels(tables, language.data, date)
  const target = resolve(folder)
  await mkdir(target, { recursive: true })
  const files: [string, Uint8Array][] = [
    [defaultDocumentFileName('proposal', language.data, proposal.client.name, date), await renderProposal(proposal)],
    [
      defaultDocumentFileName('workshop-report', language.data, report.client.name, date),
      await renderWorkshopReport(report)
    ],
    [
      defaultDocumentFileName('follow-up-report', language.data, followUp.client.name, date),
      await renderFollowUpReport(followUp)
    ]
  ]
  for (const [name, bytes] of files) {
    await writeFile(join(target, name), bytes)
    console.log(join(target, name))
  }
  // The sample's areas and evaluations as spreadsheets (.xlsx and .csv) beside the documents.
  for (const path of await writeSampleSpreadsheets(tables, target, language.data, date)) {
    console.log(path)
  }
}

main().catch((error: unknown) => {
  console.error(`docs:sample failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  process.exit(1)
})
