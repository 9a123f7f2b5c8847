/** Writing a backup and exporting: the renderer exports the database, main adds files and writes. */
import type { BackupReason } from '../../../../src-shared/file-names'
import type { MatbarDb } from '../../db/db'
import { exportPortfolio } from '../../db/export-import'
import type { PlatformApi } from '../../platform/api'

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
