/** What the backups feature does at app start, before the first database query. */
import { upgradeBackupPayload } from '@shared/upgrade-backup'
import type { MatbarDb } from '@renderer/db/db'
import { guardUpgrade } from '@renderer/db/upgrade-guard'
import type { PlatformApi } from '@renderer/platform/api'
import { startAutoBackup } from './auto-backup'
import { getAppVersion } from './commands'

/**
 * Backs up a database that is about to be upgraded (see upgrade-guard.ts), then starts automatic
 * backups. Never throws: a failure is logged and the app starts anyway. main.tsx passes the app's
 * database and API (the composition root owns them; features reach them through parameters or hooks).
 */
export async function prepareDatabase(db: MatbarDb, api: PlatformApi): Promise<void> {
  try {
    const outcome = await guardUpgrade({
      idb: indexedDB,
      name: db.name,
      codeVersion: db.verno,
      backup: async (dumpJson) => {
        // A normal archive with the old rows' attachments, so the backup list can restore it.
        const payload = upgradeBackupPayload(dumpJson, await getAppVersion(api).catch(() => '0'))
        if (!payload.restorable)
          console.warn('The old database is backed up as a raw dump: its rows do not read as a portfolio file.')
        const { text, attachments } = payload
        const result = await api.backupsCreate({ text, attachments, reason: 'before-upgrade' })
        return result.outcome === 'written'
      },
      log: console.warn
    })
    if (outcome === 'backup-failed')
      console.warn('The database is upgraded without a backup first (see the backups settings).')
  } catch (error) {
    console.warn('Checking the database version failed', error)
  }
  startAutoBackup(db, api)
}
