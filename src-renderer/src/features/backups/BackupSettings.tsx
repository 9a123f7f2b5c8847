import './backups.css'
import { BackupList } from './BackupList'
import { EncryptionPanel } from './EncryptionPanel'
import { PortfolioFilePanel } from './PortfolioFilePanel'
import { useBackupStatus } from './queries'

/** Backups, encryption, export and import, shown on the settings page. */
export function BackupSettings() {
  const { status, loadError, refresh } = useBackupStatus()
  return (
    <>
      <BackupList status={status} loadError={loadError} refresh={refresh} />
      <EncryptionPanel status={status} refresh={refresh} />
      <PortfolioFilePanel status={status} refresh={refresh} />
    </>
  )
}
