import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { errorText } from '@renderer/forms/error-map'
import './Field.css'

/** What Field hands its control: the id the label points at, and the ARIA that ties hint and error to it. */
export type FieldControlProps = {
  id: string
  'aria-invalid': boolean
  'aria-describedby': string | undefined
}

/** The props every field variant shares (label, hint, error, layout). */
export type FieldProps = {
  /** The visible label, translated. */
  label: string
  /** The control's id; one is made up when not given (give one when code must find the control). */
  id?: string
  /** Help text under the control, translated. */
  hint?: string
  /**
   * The error as an i18n key (e.g. `forms.errors.required`), or a message from the form error map
   * ("forms.errors.tooLong|300"); undefined or '' when the value is fine. Field translates it.
   */
  error?: string
  /** Values for the error text's placeholders, beyond the one the message carries. */
  errorValues?: Record<string, unknown>
  /** Spans the whole form grid row. */
  wide?: boolean
  /** Extra classes on the wrapper (layout in the feature's own grid). */
  className?: string
}

/**
 * A labelled form control with its hint and its error right under it. The control gets aria-invalid
 * and aria-describedby pointing at the hint and the error, so a screen reader reads both. The control
 * is a render function, so it works with react-hook-form's register and with controlled inputs alike.
 */
export function Field({
  label,
  id: givenId,
  hint,
  error,
  errorValues,
  wide = false,
  className,
  children
}: FieldProps & { children: (control: FieldControlProps) => ReactNode }) {
  const { t } = useTranslation()
  const madeId = useId()
  const id = givenId ?? madeId
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const message = errorText(t, error, errorValues)
  const describedBy = [hint ? hintId : '', message ? errorId : ''].filter(Boolean).join(' ') || undefined
  const classes = ['field', wide ? 'field-wide' : '', message ? 'field-invalid' : '', className ?? '']
    .filter(Boolean)
    .join(' ')
  return (
    <div className={classes}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(message), 'aria-describedby': describedBy })}
      {hint ? (
        <p id={hintId} className="help">
          {hint}
        </p>
      ) : null}
      {message ? (
        <p id={errorId} className="field-error">
          {message}
        </p>
      ) : null}
    </div>
  )
}
