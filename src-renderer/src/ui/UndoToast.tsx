import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '@renderer/lib/errors'
import './UndoToast.css'

/**
 * Offers to undo the last deletion: an "Ångra" button, and Ctrl+Z (Cmd+Z) anywhere outside a text
 * field, where the browser's own undo of typing must keep working. It shows nothing while there is
 * nothing to undo. A failed undo is shown in the toast.
 */
export function UndoToast({
  deleted,
  onUndo,
  onDismiss
}: {
  /** The name of what undo would bring back; null when there is nothing to undo. */
  deleted: string | null
  /** Restores it (e.g. undoLastDeletion); a rejection is shown as "Det gick inte att ångra: …". */
  onUndo: () => void | Promise<void>
  /** Forgets the deletion (the toast goes away, the deletion stays). */
  onDismiss: () => void
}) {
  const { t } = useTranslation()
  const [failed, setFailed] = useState('')

  const undo = useCallback(async () => {
    try {
      setFailed('')
      await onUndo()
    } catch (error) {
      setFailed(t('clients.undo.failed', { message: errorMessage(error) }))
    }
  }, [onUndo, t])

  useEffect(() => {
    if (deleted === null) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'z' || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return
      const target = event.target as HTMLElement | null
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return
      event.preventDefault()
      void undo()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [deleted, undo])

  if (deleted === null && !failed) return null
  return (
    <div className="undo-toast" role="region" aria-label={t('clients.undo.region')}>
      {deleted !== null ? (
        <>
          <p>{t('clients.undo.deleted', { name: deleted })}</p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void undo()}
            aria-keyshortcuts="Control+Z"
          >
            {t('clients.undo.undo')}
          </button>
          <button type="button" className="button button-secondary" onClick={onDismiss}>
            {t('clients.undo.dismiss')}
          </button>
        </>
      ) : (
        <p className="field-error">{failed}</p>
      )}
    </div>
  )
}
