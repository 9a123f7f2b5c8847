import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog } from '@renderer/ui'

/**
 * Once encryption is on, the clear backups written before it are still readable by anyone with the
 * folder: this asks what becomes of them, saying how many there are. Focus starts on "Behåll", so
 * Enter never deletes by a slip; Escape keeps them too.
 */
export function ClearBackupsDialog({
  count,
  busy,
  onEncrypt,
  onDelete,
  onKeep
}: {
  /** How many clear backups are in the folder; the dialog is open while this is not null. */
  count: number | null
  busy: boolean
  onEncrypt: () => void
  onDelete: () => void
  onKeep: () => void
}) {
  const { t } = useTranslation()
  const keepRef = useRef<HTMLButtonElement>(null)
  const n = { count: count ?? 0 }
  return (
    <Dialog
      open={count !== null}
      title={t('backups.clear.title')}
      onClose={onKeep}
      className="clear-backups-dialog"
      initialFocus={keepRef}
    >
      <p>{t('backups.clear.found', n)}</p>
      <ul className="clear-backups-choices">
        <li>
          <strong>{t('backups.clear.encrypt', n)}</strong>: {t('backups.clear.encryptHelp', n)}
        </li>
        <li>
          <strong>{t('backups.clear.delete', n)}</strong>: {t('backups.clear.deleteHelp', n)}
        </li>
        <li>
          <strong>{t('backups.clear.keep')}</strong>: {t('backups.clear.keepHelp', n)}
        </li>
      </ul>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={onEncrypt} disabled={busy}>
          {busy ? t('backups.encryption.working') : t('backups.clear.encrypt', n)}
        </button>
        <button type="button" className="button button-danger" onClick={onDelete} disabled={busy}>
          {t('backups.clear.delete', n)}
        </button>
        <button ref={keepRef} type="button" className="button button-secondary" onClick={onKeep} disabled={busy}>
          {t('backups.clear.keep')}
        </button>
      </div>
    </Dialog>
  )
}
