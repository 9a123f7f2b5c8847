import { useTranslation } from 'react-i18next'
import type { BackupStatus } from '@shared/ipc/backups'
import { folderExposure } from '@shared/synced-folder'

/**
 * While encryption is off: a backup folder a cloud client synchronises, or any folder the user chose,
 * hands the whole portfolio (personal data included) to whoever reaches the folder. Says so, and
 * points to the encryption panel below.
 */
export function FolderWarning({ status }: { status: BackupStatus }) {
  const { t } = useTranslation()
  if (status.encryption.enabled) return null
  const exposure = folderExposure(status.folder, status.isDefaultFolder)
  if (!exposure) return null
  const text =
    exposure.kind === 'synced'
      ? t('backups.folderWarning.synced', {
          service: exposure.service === 'other' ? t('backups.folderWarning.otherService') : exposure.service
        })
      : t('backups.folderWarning.custom')
  return <p className="warning-box folder-warning">{text}</p>
}
