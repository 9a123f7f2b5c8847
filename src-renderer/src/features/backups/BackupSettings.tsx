import './backups.css'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { formatBytes } from '@renderer/lib/file-size'
import { useShellKind } from '@renderer/platform/use-app-info'
import { useLanguage } from '@renderer/platform/use-language'
import { BackupList } from './BackupList'
import { EncryptionPanel } from './EncryptionPanel'
import { PortfolioFilePanel } from './PortfolioFilePanel'
import { useBackupStatus } from './queries'
import type { FailureKey } from './use-import-flow'

/** Backups, encryption, export and import, shown on the settings page. */
export function BackupSettings() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { status, loadError, refresh } = useBackupStatus()
  const desktop = useShellKind() === 'electron'

  const describe = useCallback(
    (failure: FailureKey) => {
      switch (failure.key) {
        case 'wrongPassword':
          return t('backups.portfolioFile.wrongPassword')
        case 'damaged':
          return t('backups.portfolioFile.damaged', { message: failure.message, path: failure.path })
        case 'expired':
          return t('backups.portfolioFile.expired')
        case 'tooLarge':
          return t('backups.portfolioFile.tooLarge', {
            fileName: failure.fileName,
            limit: formatBytes(failure.limit, t, language)
          })
      }
    },
    [t, language]
  )

  return (
    <>
      <BackupList
        status={status}
        loadError={loadError}
        desktop={desktop}
        lang={language}
        refresh={refresh}
        describe={describe}
      />
      <EncryptionPanel status={status} refresh={refresh} />
      <PortfolioFilePanel status={status} desktop={desktop} lang={language} refresh={refresh} describe={describe} />
    </>
  )
}
