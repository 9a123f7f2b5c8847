/** The erasure channels (GDPR, issue 13 point 7): the erasure log, and the search of documents and backups. */
import { join } from 'node:path'
import type { ChannelsOf } from '@shared/ipc/channels'
import { DEFAULT_BACKUP_FOLDER } from './backups'
import type { BackupService } from './backups'
import { createErasureLog } from './erasure-log'
import { createErasureSearch } from './erasure-search'
import type { Handlers } from './handlers'

/** Creates the erasure handlers over one data folder and its backup service. */
export function createErasureServices(options: { dataFolder: string; backups: BackupService; now?: () => Date }) {
  const log = createErasureLog(options.dataFolder, options.now)
  const search = createErasureSearch({
    dataFolder: options.dataFolder,
    backupFolders: async () => [
      await options.backups.folder(),
      // Before-upgrade backups written while locked go here whatever folder is chosen.
      join(options.dataFolder, DEFAULT_BACKUP_FOLDER)
    ],
    decrypt: async (data) => {
      const result = await options.backups.decryptWithSession(data)
      if (result === 'locked') return 'locked'
      return result.ok ? new Uint8Array(result.plain) : null
    }
  })
  const handlers: Handlers<ChannelsOf<'erasure'>> = {
    'erasure:record': async ({ record }) => ({ entries: await log.append(record) }),
    'erasure:log': async () => ({ entries: await log.read() }),
    'erasure:search': (request) => search.search(request),
    'erasure:deleteFiles': async (request) => search.deleteFiles(request)
  }
  return { handlers, log, search }
}
