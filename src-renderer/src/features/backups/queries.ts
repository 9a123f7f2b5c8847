/** What the backups feature reads: the backup folder's state from main. */
import { useCallback, useEffect, useState } from 'react'
import type { BackupStatus } from '@shared/ipc/backups'
import { errorMessage } from '@renderer/lib/errors'
import { useApi } from '@renderer/platform/services'

/** The backup folder, its backups and the encryption state; refresh() asks again after a change. */
export function useBackupStatus(): { status: BackupStatus | null; loadError: string | null; refresh: () => void } {
  const api = useApi()
  const [status, setStatus] = useState<BackupStatus | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)

  const refresh = useCallback(() => {
    api
      .backupsStatus()
      .then((value) => {
        setStatus(value)
        setLoadError(null)
      })
      .catch((error: unknown) => setLoadError(errorMessage(error)))
  }, [api])

  useEffect(() => refresh(), [refresh])
  return { status, loadError, refresh }
}
