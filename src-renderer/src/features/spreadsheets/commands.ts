/**
 * Exporting spreadsheets: read the rows, build the sheets in the user's language, let main build the file and save
 * it (or hand it back for a download in the browser harness).
 */
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SaveSpreadsheetResult, SpreadsheetFormat } from '@shared/ipc/spreadsheets'
import { buildSheet, SHEET_KINDS, type SheetKind, type SheetTranslate } from '@shared/spreadsheet-sheets'
import type { MatbarDb } from '@renderer/db/db'
import { downloadBase64 } from '@renderer/lib/base64'
import { errorMessage } from '@renderer/lib/errors'
import type { PlatformApi } from '@renderer/platform/api'
import { useApi, useDb } from '@renderer/platform/services'
import { useShell } from '@renderer/ui'
import { readSheetTables } from './queries'
import { localToday } from '@shared/format'

/** What to export: one list's sheet (optionally just its shown rows, in their order) or the whole portfolio. */
export type SpreadsheetExport =
  | { scope: 'list'; sheet: SheetKind; ids?: readonly string[]; format: SpreadsheetFormat }
  | { scope: 'portfolio'; format: SpreadsheetFormat }

/** Builds the sheets, has main save the file and, in the browser harness, downloads it. */
export async function exportSpreadsheet(
  db: MatbarDb,
  api: PlatformApi,
  t: SheetTranslate,
  request: SpreadsheetExport,
  now: Date = new Date()
): Promise<SaveSpreadsheetResult> {
  const tables = await readSheetTables(db)
  const asOf = localToday(now)
  const kinds = request.scope === 'portfolio' ? SHEET_KINDS : [request.sheet]
  const ids = request.scope === 'list' ? request.ids : undefined
  const sheets = kinds.map((kind) => buildSheet(kind, tables, { t, asOf, ids }))
  const name =
    request.scope === 'portfolio' ? t('spreadsheets.portfolio.file') : t(`spreadsheets.sheet.${request.sheet}`)
  const result = await api.spreadsheetsSave({
    format: request.format,
    fileStem: `${name} ${asOf}`,
    workbook: { sheets }
  })
  if (result.outcome === 'download') downloadBase64(result.fileName, result.dataBase64, result.mimeType)
  return result
}

/** exportSpreadsheet with the app's database, API and language. */
export function useExportSpreadsheet(): (request: SpreadsheetExport) => Promise<SaveSpreadsheetResult> {
  const db = useDb()
  const api = useApi()
  const { t } = useTranslation()
  return useCallback((request: SpreadsheetExport) => exportSpreadsheet(db, api, (key) => t(key), request), [db, api, t])
}

/** An export in progress and its last failure, with the outcome announced as the shell announces everything. */
export function useSpreadsheetRunner(): {
  run: (request: SpreadsheetExport) => Promise<void>
  busy: boolean
  error: string | null
} {
  const exportSheets = useExportSpreadsheet()
  const { t } = useTranslation()
  const { announce } = useShell()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = useCallback(
    async (request: SpreadsheetExport) => {
      setBusy(true)
      setError(null)
      announce(t('spreadsheets.export.working'))
      try {
        const result = await exportSheets(request)
        if (result.outcome === 'saved') announce(t('spreadsheets.export.saved', { fileName: result.fileName }))
        else if (result.outcome === 'download')
          announce(t('spreadsheets.export.downloaded', { fileName: result.fileName }))
        else announce('')
      } catch (failure) {
        setError(t('spreadsheets.export.failed', { message: errorMessage(failure) }))
      } finally {
        setBusy(false)
      }
    },
    [exportSheets, t, announce]
  )
  return { run, busy, error }
}
