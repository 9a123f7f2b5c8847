import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupStatus } from '@shared/files-contract'
import { useApi } from '@renderer/platform/services'
import { useLanguage } from '@renderer/platform/use-language'
import { BackupList } from './BackupList'
import { EncryptionPanel } from './EncryptionPanel'
import { formatBytes, messageOf } from './format'
import { PortfolioFilePanel } from './PortfolioFilePanel'
import type { FailureKey } from './use-import-flow'

/** Backups, encryption, export and import, shown on the settings page. */
export function BackupSettings() {
  const { t } = useTranslation()
  const api = useApi()
  const { language } = useLanguage()
  const [status, setStatus] = useState<BackupStatus | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [desktop, setDesktop] = useState(false)

  const refresh = useCallback(() => {
    api
      .backupsStatus()
      .then((value) => {
        setStatus(value)
        setLoadError(null)
      })
      .catch((error: unknown) => setLoadError(messageOf(error)))
  }, [api])

  useEffect(() => {
    refresh()
    api
      .appInfo()
      .then((info) => setDesktop(info.shell === 'electron'))
      .catch(() => setDesktop(false))
  }, [api, refresh])

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
          return t('backups.portfolioFile.tooLarge', { fileName: failure.fileName, limit: formatBytes(failure.limit, t, language) })
      }
    },
    [t, language]
  )

  return (
    <>
      <BackupList status={status} loadError={loadError} desktop={desktop} lang={language} refresh={refresh} describe={describe} />
      <EncryptionPanel status={status} refresh={refresh} />
      <PortfolioFilePanel status={status} desktop={desktop} lang={language} refresh={refresh} describe={describe} />
    </>
  )
}
