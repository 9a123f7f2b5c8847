/** Saves a spreadsheet export (.xlsx, .csv or a .zip of CSV files) where the user chooses, atomically. */
import { basename, extname, isAbsolute } from 'node:path'
import type { ChannelOutput, ParsedInput } from '@shared/contract'
import type { Language } from '@shared/settings'
import { spreadsheetFile } from '@main/spreadsheets/files'
import { writeFileAtomic } from './atomic-write'
import type { Desktop } from './desktop'

const TEXTS = {
  sv: {
    title: 'Exportera kalkylark',
    xlsx: 'Excel-arbetsbok',
    csv: 'CSV (semikolonseparerad)',
    zip: 'Zip-fil med CSV'
  },
  en: { title: 'Export spreadsheet', xlsx: 'Excel workbook', csv: 'CSV (semicolon-separated)', zip: 'Zip file of CSV' }
} as const

/**
 * Builds the file from the (contract-checked) workbook, asks where to save it and writes it atomically. Without a
 * native dialog (browser harness) it hands the bytes back for the renderer to download.
 */
export async function saveSpreadsheet(
  desktop: Desktop,
  language: Language,
  input: ParsedInput<'spreadsheets:save'>,
  now: Date = new Date()
): Promise<ChannelOutput<'spreadsheets:save'>> {
  const file = await spreadsheetFile(input.workbook, input.format, input.fileStem, now)
  const t = TEXTS[language]
  const chosen = await desktop.chooseSavePath({
    title: t.title,
    defaultName: file.fileName,
    filters: [{ name: t[file.extension as keyof typeof t], extensions: [file.extension] }]
  })
  if (chosen === 'unsupported') {
    return {
      outcome: 'download',
      fileName: file.fileName,
      mimeType: file.mimeType,
      dataBase64: Buffer.from(file.bytes).toString('base64')
    }
  }
  if (chosen === null) return { outcome: 'cancelled' }
  // The path comes from the native dialog, not from the renderer; still refuse anything relative.
  if (!isAbsolute(chosen)) throw new Error('The save dialog returned a relative path')
  const path = extname(chosen) === '' ? `${chosen}.${file.extension}` : chosen
  await writeFileAtomic(path, file.bytes)
  return { outcome: 'saved', fileName: basename(path) }
}
