/** What the backups feature does at app start, before the first database query. */
import { upgradeBackupParts } from '@shared/upgrade-backup'
import type { MatbarDb } from '@renderer/db/db'
import { guardUpgrade } from '@renderer/db/upgrade-guard'
import type { PlatformApi } from '@renderer/platform/api'
import { startAutoBackup } from './auto-backup'
import { getAppVersion, writeUpgradeBackup } from './commands'

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
      backup: async (dump) => {
        // A normal archive with the old rows' attachments, so the backup list can restore it; sent in
        // pieces through a write session like every other backup, never as one string.
        const parts = upgradeBackupParts(dump, await getAppVersion(api).catch(() => '0'))
        if (!parts) return false
        if (!parts.restorable)
          console.warn('The old database is backed up as a raw dump: its rows do not read as a portfolio file.')
        const result = await writeUpgradeBackup(api, parts)
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
