/** The sample portfolio's areas and evaluations as .xlsx and .csv, for `npm run docs:sample` and the LibreOffice tests. */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Language } from '@shared/settings'
import { buildSheet, type SheetKind, type SheetTables } from '@shared/spreadsheet-sheets'
import { Workbook } from '@shared/spreadsheet'
import type { SpreadsheetFormat } from '@shared/ipc/spreadsheets'
import { spreadsheetFile, type SpreadsheetFile } from './files'
import { sheetTexts } from './texts'

/** The sheets the sample writes. */
export const SAMPLE_SHEETS = ['areas', 'evaluations'] as const satisfies readonly SheetKind[]

/** The sample's sheets as files, checked with the same schema main applies to what the renderer sends. */
export async function sampleSpreadsheets(
  tables: SheetTables,
  language: Language,
  date: string
): Promise<SpreadsheetFile[]> {
  const t = sheetTexts(language)
  const files: SpreadsheetFile[] = []
  for (const kind of SAMPLE_SHEETS) {
    const workbook = Workbook.parse({ sheets: [buildSheet(kind, tables, { t, asOf: date })] })
    for (const format of ['xlsx', 'csv'] as const satisfies readonly SpreadsheetFormat[]) {
      files.push(await spreadsheetFile(workbook, format, `${t(`spreadsheets.sheet.${kind}`)} ${date}`))
    }
  }
  return files
}

/** Writes the sample's areas and evaluations as .xlsx and .csv into `folder`; returns the paths written. */
export async function writeSampleSpreadsheets(
  tables: SheetTables,
  folder: string,
  language: Language,
  date: string
): Promise<string[]> {
  const files = await sampleSpreadsheets(tables, language, date)
  const written: string[] = []
  for (const file of files) {
    const path = join(folder, file.fileName)
    await writeFile(path, file.bytes)
    written.push(path)
  }
  return written
}
