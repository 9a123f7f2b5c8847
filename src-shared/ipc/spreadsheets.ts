/**
 * The spreadsheets namespace: the renderer sends typed sheets (src-shared/spreadsheet.ts) and a file name stem;
 * main checks them, builds the .xlsx (exceljs) or the CSV (one sheet: a .csv; several: a .zip of them) and
 * writes it where the user chose. The renderer never names a path.
 */
import { z } from 'zod'
import { Workbook } from '../spreadsheet'
import { base64Text, Cancelled, type NamespaceContract } from './common'

export const SPREADSHEET_FORMATS = ['xlsx', 'csv'] as const
export const SpreadsheetFormat = z.enum(SPREADSHEET_FORMATS)
export type SpreadsheetFormat = z.infer<typeof SpreadsheetFormat>

/** What spreadsheets:save receives. */
export const SpreadsheetRequest = z.strictObject({
  format: SpreadsheetFormat,
  /** The file name without its extension, as the user will see it; main makes it safe. */
  fileStem: z.string().min(1).max(100),
  workbook: Workbook
})
export type SpreadsheetRequest = z.input<typeof SpreadsheetRequest>

/** The largest file main hands back for a download: the bridge carries it as base64 in JSON. */
export const MAX_SPREADSHEET_DOWNLOAD_BASE64 = 60 * 1024 * 1024

export const SaveSpreadsheetResult = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('saved'), fileName: z.string() }),
  Cancelled,
  /** Browser harness: no save dialog, so the renderer downloads these bytes under fileName. */
  z.strictObject({
    outcome: z.literal('download'),
    fileName: z.string(),
    mimeType: z.string(),
    dataBase64: base64Text(MAX_SPREADSHEET_DOWNLOAD_BASE64)
  })
])
export type SaveSpreadsheetResult = z.infer<typeof SaveSpreadsheetResult>

export const spreadsheetsContract = {
  'spreadsheets:save': { input: SpreadsheetRequest, output: SaveSpreadsheetResult }
} as const satisfies NamespaceContract<'spreadsheets'>
