/**
 * A workbook to the file the user gets: .xlsx; or CSV, one sheet as a .csv and several as a .zip of .csv files
 * (one file to save or download, which a folder of loose files in the browser harness could not be).
 */
import { strToU8, zipSync } from 'fflate'
import { fileStem, toCsv, type Workbook } from '@shared/spreadsheet'
import type { SpreadsheetFormat } from '@shared/ipc/spreadsheets'
import { renderXlsx } from './xlsx'

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
export const CSV_TYPE = 'text/csv;charset=utf-8'
export const ZIP_TYPE = 'application/zip'

export type SpreadsheetFile = { fileName: string; mimeType: string; extension: string; bytes: Uint8Array }

/** Builds the file for a checked workbook; `stem` is the file name without extension (made safe here). */
export async function spreadsheetFile(
  workbook: Workbook,
  format: SpreadsheetFormat,
  stem: string,
  now: Date = new Date()
): Promise<SpreadsheetFile> {
  const base = fileStem(stem)
  if (format === 'xlsx') {
    return { fileName: `${base}.xlsx`, mimeType: XLSX_TYPE, extension: 'xlsx', bytes: await renderXlsx(workbook, now) }
  }
  const [only] = workbook.sheets
  if (workbook.sheets.length === 1 && only) {
    return { fileName: `${base}.csv`, mimeType: CSV_TYPE, extension: 'csv', bytes: strToU8(toCsv(only)) }
  }
  const entries: Record<string, Uint8Array> = {}
  for (const sheet of workbook.sheets) entries[`${fileStem(sheet.name)}.csv`] = strToU8(toCsv(sheet))
  return { fileName: `${base}.zip`, mimeType: ZIP_TYPE, extension: 'zip', bytes: zipSync(entries, { mtime: now }) }
}
