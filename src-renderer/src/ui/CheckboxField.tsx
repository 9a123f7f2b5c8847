import { useId, type ComponentPropsWithRef } from 'react'
import { useTranslation } from 'react-i18next'
import { errorText } from '@renderer/forms/error-map'
import './Field.css'

/**
 * A checkbox with its label after it on one line, and its hint and error under it (tied to the box by
 * aria-describedby, with aria-invalid). Input props pass through, so `{...register('digital')}` and
 * `checked`/`onChange` both work.
 */
export function CheckboxField({
  label,
  id: givenId,
  hint,
  error,
  errorValues,
  className,
  ...input
}: {
  /** The visible label, translated. */
  label: string
  id?: string
  hint?: string
  /** An i18n key or an error-map message, as for Field. */
  error?: string
  errorValues?: Record<string, unknown>
  className?: string
} & Omit<ComponentPropsWithRef<'input'>, 'id' | 'className' | 'children' | 'type'>) {
  const { t } = useTranslation()
  const madeId = useId()
  const id = givenId ?? madeId
  const message = errorText(t, error, errorValues)
  const describedBy = [hint ? `${id}-hint` : '', message ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  const classes = ['field', 'field-check', message ? 'field-invalid' : '', className ?? ''].filter(Boolean).join(' ')
  return (
    <div className={classes}>
      <input id={id} type="checkbox" aria-invalid={Boolean(message)} aria-describedby={describedBy} {...input} />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="help">
          {hint}
        </p>
      ) : null}
      {message ? (
        <p id={`${id}-error`} className="field-error">
          {message}
        </p>
      ) : null}
    </div>
  )
}
