/** The documents feature's writes, bound to the app's database and API (the work itself is in document-actions.ts). */
import { useCallback } from 'react'
import { useApi, useDb } from '@renderer/platform/services'
import { exportDocument, type ExportOutcome, type ExportRequest } from './document-actions'

/** Builds, saves and records one document (see exportDocument). */
export function useExportDocument(): (request: ExportRequest) => Promise<ExportOutcome> {
  const db = useDb()
  const api = useApi()
  return useCallback((request: ExportRequest) => exportDocument(db, api, request), [db, api])
}
