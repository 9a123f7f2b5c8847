import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useShell } from '@renderer/ui/shell-context'
import { useDb } from '@renderer/platform/services'
import { forgetDeletion, undoLastDeletion } from '@renderer/db/undo'
import { useLastDeletion } from './use-last-deletion'

/**
 * Offers to undo the last deletion: an "Ångra" button, and Ctrl+Z (Cmd+Z) anywhere outside a text
 * field, where the browser's own undo of typing must keep working.
 */
export function UndoToast() {
  const { t } = useTranslation()
  const db = useDb()
  const { announce } = useShell()
  const entry = useLastDeletion()
  const [failed, setFailed] = useState('')

  const undo = useCallback(async () => {
    try {
      const restored = await undoLastDeletion(db)
      if (restored) announce(t('clients.undo.restored', { name: restored.label }))
    } catch (error) {
      setFailed(t('clients.undo.failed', { message: error instanceof Error ? error.message : String(error) }))
    }
  }, [announce, db, t])

  useEffect(() => {
    if (!entry) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'z' || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return
      const target = event.target as HTMLElement | null
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return
      event.preventDefault()
      void undo()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [entry, undo])

  if (!entry && !failed) return null
  return (
    <div className="undo-toast" role="region" aria-label={t('clients.undo.region')}>
      {entry ? (
        <>
          <p>{t('clients.undo.deleted', { name: entry.label })}</p>
          <button type="button" className="button button-primary" onClick={() => void undo()} aria-keyshortcuts="Control+Z">
            {t('clients.undo.undo')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => forgetDeletion(db)}>
            {t('clients.undo.dismiss')}
          </button>
        </>
      ) : (
        <p className="field-error">{failed}</p>
      )}
    </div>
  )
}
