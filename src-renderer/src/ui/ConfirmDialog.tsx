import { useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog } from './Dialog'
import './ConfirmDialog.css'
import './FormFooter.css'

/**
 * A question before something that cannot simply be taken back (deleting): a modal Dialog with Cancel
 * and a danger-coloured confirm button. Focus starts on Cancel, so Enter never confirms by a slip;
 * Escape cancels.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  busy = false
}: {
  open: boolean
  /** The question as a heading, translated. */
  title: string
  /** What will happen (counts of what goes with it). */
  children: ReactNode
  confirmLabel: string
  /** Defaults to "Avbryt" / "Cancel". */
  cancelLabel?: string
  onConfirm: () => void
  onCancel: () => void
  /** While the confirmed action runs: the confirm button is disabled. */
  busy?: boolean
}) {
  const { t } = useTranslation()
  const cancelRef = useRef<HTMLButtonElement>(null)
  return (
    <Dialog open={open} title={title} onClose={onCancel} className="confirm-dialog" initialFocus={cancelRef}>
      <div className="confirm-dialog-body">{children}</div>
      <div className="button-row">
        <button ref={cancelRef} type="button" className="button button-secondary" onClick={onCancel}>
          {cancelLabel ?? t('clients.common.cancel')}
        </button>
        <button type="button" className="button button-danger" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  )
}
