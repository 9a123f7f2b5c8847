/** Writing a backup and exporting: the renderer exports the database, main adds files and writes. */
import type { BackupReason } from '@shared/file-names'
import type { MatbarDb } from '@renderer/db/db'
import { exportPortfolio } from '@renderer/db/export-import'
import type { PlatformApi } from '@renderer/platform/api'

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
