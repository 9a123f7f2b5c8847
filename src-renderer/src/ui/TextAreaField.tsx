import type { ComponentPropsWithRef } from 'react'
import { Field, type FieldProps } from './Field'

/** A multi-line text field: Field around a <textarea>; textarea props (rows, register, value) pass through. */
export function TextAreaField({
  label,
  id,
  hint,
  error,
  errorValues,
  wide,
  className,
  rows = 3,
  ...textarea
}: FieldProps & Omit<ComponentPropsWithRef<'textarea'>, 'id' | 'className' | 'children'>) {
  return (
    <Field label={label} id={id} hint={hint} error={error} errorValues={errorValues} wide={wide} className={className}>
      {(control) => <textarea {...control} rows={rows} {...textarea} />}
    </Field>
  )
}
