import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MIN_PASSWORD_LENGTH, type BackupStatus } from '@shared/ipc/backups'
import { errorMessage } from '@renderer/lib/errors'
import { useApi } from '@renderer/platform/services'
import { Notice, type NoticeMessage } from '@renderer/ui'
import { ClearBackupsDialog } from './ClearBackupsDialog'
import { useBackupCommands } from './commands'
import { EnableEncryptionForm } from './EnableEncryptionForm'
import { EncryptionPasswordForm } from './EncryptionPasswordForm'

/** Turning encryption on (with a plain warning first), unlocking it for the session, turning it off. */
export function EncryptionPanel({ status, refresh }: { status: BackupStatus | null; refresh: () => void }) {
  const { t } = useTranslation()
  const api = useApi()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<NoticeMessage | null>(null)
  // The count the dialog about the clear backups shows; null while it is closed.
  const [clearDialog, setClearDialog] = useState<number | null>(null)
  const { backup } = useBackupCommands()

  if (!status) return null
  const { enabled, unlocked } = status.encryption
  const clearCount = status.backups.filter((b) => !b.encrypted).length

  /** Asks main to enable, unlock or disable, and says how it went. */
  const run = async (action: 'enable' | 'unlock' | 'disable', password: string) => {
    setMessage(null)
    setBusy(true)
    try {
      if (action === 'unlock') {
        const result = await api.backupsUnlock({ password })
        const ok = result.outcome === 'unlocked'
        setMessage({ text: ok ? t('backups.encryption.unlocked') : t('backups.encryption.wrongPassword'), error: !ok })
      } else {
        const result = await api.backupsSetEncryption({ enabled: action === 'enable', password })
        const text = {
          enabled: t('backups.encryption.enabled'),
          disabled: t('backups.encryption.disabled'),
          'wrong-password': t('backups.encryption.wrongPassword'),
          'too-short': t('backups.encryption.tooShort', { min: MIN_PASSWORD_LENGTH })
        }[result.outcome]
        setMessage({ text, error: result.outcome === 'wrong-password' || result.outcome === 'too-short' })
        if (result.outcome === 'enabled' && result.clearBackups) setClearDialog(result.clearBackups)
      }
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true })
    } finally {
      setBusy(false)
      refresh()
    }
  }

  /** Encrypts or deletes the clear backups left in the folder (deleting writes an encrypted backup first). */
  const handleClear = async (action: 'encrypt' | 'delete') => {
    setMessage(null)
    setBusy(true)
    try {
      if (action === 'delete' && (await backup('manual')).outcome !== 'written') {
        setMessage({ text: t('backups.clear.locked'), error: true })
        return
      }
      const result = await api.backupsHandleClear({ action })
      if (result.outcome === 'locked' || result.outcome === 'not-enabled') {
        setMessage({ text: t('backups.clear.locked'), error: true })
        return
      }
      const done = t(`backups.clear.${result.outcome}`, { count: result.count })
      const failed = result.failed.length
        ? ' ' + t('backups.clear.failed', { count: result.failed.length, names: result.failed.join(', ') })
        : ''
      setMessage({ text: done + failed, error: result.failed.length > 0 })
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true })
    } finally {
      setBusy(false)
      setClearDialog(null)
      refresh()
    }
  }

  return (
    <section aria-labelledby="encryption-heading" className="panel bk encryption-panel">
      <h2 id="encryption-heading">{t('backups.encryption.heading')}</h2>
      <p className="help">{t('backups.encryption.intro')}</p>
      <p className={`encryption-state ${enabled ? (unlocked ? 'on' : 'locked') : 'off'}`}>
        {enabled
          ? unlocked
            ? t('backups.encryption.statusOn')
            : t('backups.encryption.statusLocked')
          : t('backups.encryption.statusOff')}
      </p>
      {enabled && clearCount > 0 && (
        // Stays while clear copies remain (the user chose "Behåll", or some could not be changed).
        <div className="warning-box clear-backups-warning">
          <p>{t('backups.clear.remaining', { count: clearCount })}</p>
          {unlocked ? (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setClearDialog(clearCount)}
              disabled={busy}
            >
              {t('backups.clear.choose')}
            </button>
          ) : (
            <p>{t('backups.clear.unlockFirst')}</p>
          )}
        </div>
      )}
      {enabled ? (
        <EncryptionPasswordForm
          unlocked={unlocked}
          busy={busy}
          onSubmit={(password) => run(unlocked ? 'disable' : 'unlock', password)}
        />
      ) : (
        <EnableEncryptionForm busy={busy} onEnable={(password) => run('enable', password)} />
      )}
      <Notice message={message} />
      <ClearBackupsDialog
        count={clearDialog}
        busy={busy}
        onEncrypt={() => void handleClear('encrypt')}
        onDelete={() => void handleClear('delete')}
        onKeep={() => setClearDialog(null)}
      />
    </section>
  )
}
