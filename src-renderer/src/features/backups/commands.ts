/**
 * The backups feature's writes: the renderer exports the database, main adds the files and writes
 * backups and portfolio files; an import backs up first, then writes in one transaction.
 */
import { useMemo } from 'react'
import type { BackupReason } from '@shared/file-names'
import type { MatbarDb } from '@renderer/db/db'
import { exportPortfolio, importPortfolioText, type ImportMode, type ImportResult } from '@renderer/db/export-import'
import type { PlatformApi } from '@renderer/platform/api'
import { useApi, useDb } from '@renderer/platform/services'

let appVersion: string | null = null

/** The app version stamped into files; asked once. */
export async function getAppVersion(api: PlatformApi): Promise<string> {
  if (appVersion === null) appVersion = (await api.appInfo()).version
  return appVersion
}

/** Exports the database and has main write it as a backup. */
export async function writeBackup(db: MatbarDb, api: PlatformApi, reason: BackupReason) {
  const { text, attachments } = await exportPortfolio(db, await getAppVersion(api))
  return api.backupsCreate({ text, attachments, reason })
}

/** Exports the database and has main save it as a portfolio file (a download in the browser harness). */
export async function exportToFile(db: MatbarDb, api: PlatformApi, encrypt: boolean) {
  const { text, attachments } = await exportPortfolio(db, await getAppVersion(api))
  return api.portfolioExport({ text, attachments, encrypt })
}

/**
 * Imports a portfolio file's text in one transaction; after a successful import, the stored files no
 * row refers to any more are released (the backup written before the import still holds them).
 */
export async function importPortfolio(
  db: MatbarDb,
  api: PlatformApi,
  text: string,
  mode: ImportMode
): Promise<ImportResult> {
  const result = await importPortfolioText(db, text, mode)
  if (result.ok)
    for (const sha256 of result.orphanedHashes) await api.attachmentsRelease({ sha256 }).catch(() => undefined)
  return result
}

/** The backups feature's writes, bound to the app's database and API. */
export function useBackupCommands() {
  const db = useDb()
  const api = useApi()
  return useMemo(
    () => ({
      backup: (reason: BackupReason) => writeBackup(db, api, reason),
      exportToFile: (encrypt: boolean) => exportToFile(db, api, encrypt),
      importPortfolio: (text: string, mode: ImportMode) => importPortfolio(db, api, text, mode)
    }),
    [db, api]
  )
}
