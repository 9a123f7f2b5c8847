import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import './FormFooter.css'

/**
 * The end of a form: the save error, if any (role alert), then the submit button and, when the form
 * can be left, a cancel button; `before` puts the form's own buttons (e.g. "add a row") first in the row.
 */
export function FormFooter({
  saveError,
  submitting,
  submitLabel,
  onCancel,
  cancelLabel,
  before
}: {
  /** The message of the last failed save (e.g. errorMessage(error)); undefined while there is none. */
  saveError: string | undefined
  submitting: boolean
  submitLabel: string
  onCancel?: () => void
  /** Defaults to "Avbryt" / "Cancel". */
  cancelLabel?: string
  /** Buttons placed before the submit button. */
  before?: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <>
      {saveError ? (
        <p className="error-box" role="alert">
          {t('forms.errors.saveFailed', { message: saveError })}
        </p>
      ) : null}
      <div className="button-row">
        {before}
        <button
          type="submit"
          className="button button-primary"
          disabled={submitting}
          // A click keeps the focus where it was: moving it here would first check the field being left and
          // show its message, and the text that appears pushes this button away from under the pointer, so the
          // click missed and focus stayed here. Now the click submits, and a refused field gets the focus.
          onMouseDown={(event) => event.preventDefault()}
        >
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {cancelLabel ?? t('clients.common.cancel')}
          </button>
        ) : null}
      </div>
    </>
  )
}
