import { useId, type ComponentPropsWithRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { errorText } from '@renderer/forms/error-map'
import { classNames } from '@renderer/lib/class-names'
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

/** The props of a field variant: Field's own, and the control's (register, value, onChange...) passed through. */
export type FieldVariantProps<Element extends 'input' | 'select' | 'textarea'> = FieldProps &
  Omit<ComponentPropsWithRef<Element>, keyof FieldProps | 'children'>

/** Splits a field variant's props into Field's own and the rest, which go to the control. */
export function splitFieldProps<P extends FieldProps>({
  label,
  id,
  hint,
  error,
  errorValues,
  wide,
  className,
  ...control
}: P): [FieldProps, Omit<P, keyof FieldProps>] {
  return [{ label, id, hint, error, errorValues, wide, className }, control]
}

/**
 * What Field and CheckboxField share: the control's id (made up when not given) with aria-invalid and
 * aria-describedby pointing at the hint and the translated error, and those two paragraphs.
 */
export function useFieldParts({
  id: givenId,
  hint,
  error,
  errorValues
}: Pick<FieldProps, 'id' | 'hint' | 'error' | 'errorValues'>): {
  control: FieldControlProps
  invalid: boolean
  notes: ReactNode
} {
  const { t } = useTranslation()
  const madeId = useId()
  const id = givenId ?? madeId
  const message = errorText(t, error, errorValues)
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = classNames(hint && hintId, message && errorId) || undefined
  return {
    control: { id, 'aria-invalid': Boolean(message), 'aria-describedby': describedBy },
    invalid: Boolean(message),
    notes: (
      <>
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
      </>
    )
  }
}

/**
 * A labelled form control with its hint and its error right under it. The control gets aria-invalid
 * and aria-describedby pointing at the hint and the error, so a screen reader reads both. The control
 * is a render function, so it works with react-hook-form's register and with controlled inputs alike.
 */
export function Field({
  label,
  id,
  hint,
  error,
  errorValues,
  wide = false,
  className,
  children
}: FieldProps & { children: (control: FieldControlProps) => ReactNode }) {
  const { control, invalid, notes } = useFieldParts({ id, hint, error, errorValues })
  return (
    <div className={classNames('field', wide && 'field-wide', invalid && 'field-invalid', className)}>
      <label htmlFor={control.id}>{label}</label>
      {children(control)}
      {notes}
    </div>
  )
}
