import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * A labelled form control with its help text and its error at the field. The control is passed as a
 * render function so it gets the ids that tie label, help and error to it for screen readers.
 */
export function Field({
  id,
  label,
  help,
  error,
  wide,
  children
}: {
  id: string
  label: string
  help?: string
  /** An i18n key (inputError.*) or undefined. */
  error?: string
  wide?: boolean
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode
}) {
  const { t } = useTranslation()
  const describedBy = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(' ')
  return (
    <div className={`field${wide ? ' field-wide' : ''}${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy || undefined })}
      {help ? (
        <p className="help" id={`${id}-help`}>
          {help}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {t(error)}
        </p>
      ) : null}
    </div>
  )
}
