import { useTranslation } from 'react-i18next'

/**
 * The end of a register form (organisation, engagement, contact): the save error, if any, then the
 * submit button and, when the form can be left, a cancel button.
 */
export function FormFooter({
  saveError,
  submitting,
  submitLabel,
  onCancel
}: {
  /** The message of the last failed save; undefined while there is none. */
  saveError: string | undefined
  submitting: boolean
  submitLabel: string
  onCancel?: () => void
}) {
  const { t } = useTranslation()
  return (
    <>
      {saveError ? (
        <p className="error-box" role="alert">
          {t('clients.errors.saveFailed', { message: saveError })}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={submitting}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('clients.common.cancel')}
          </button>
        ) : null}
      </div>
    </>
  )
}
