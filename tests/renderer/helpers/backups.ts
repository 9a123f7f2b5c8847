/** One backup in a backup folder, as main reports it: the fixture the backup panels' tests share. */
import type { BackupInfo, BackupStatus } from '@shared/ipc/backups'

/** A staging token as main hands it out. */
export const TOKEN = '0123456789abcdef0123456789abcdef'

export const BACKUP: BackupInfo = {
  name: 'matbar-backup-2026-05-20T08-30-00-000Z-manual.zip',
  createdAt: '2026-05-20T08:30:00.000Z',
  reason: 'manual',
  encrypted: false,
  size: 4096,
  counts: { organisations: 1, engagements: 0, workshops: 0, areas: 0 },
  attachmentCount: 0
}

/** The status of a default, unencrypted backup folder holding BACKUP and nothing wrong. */
export function oneBackupStatus(): BackupStatus {
  return {
    folder: '/tmp/backups',
    isDefaultFolder: true,
    encryption: { enabled: false, unlocked: false },
    backups: [BACKUP],
    problems: []
  }
}
