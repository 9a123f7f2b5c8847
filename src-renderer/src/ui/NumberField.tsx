import type { ComponentPropsWithRef } from 'react'
import { Field, type FieldProps } from './Field'

/**
 * A number typed as text (never type="number": it refuses "1 500 000" and "12,5"), read back with
 * parseNumber from forms/. `integer` asks touch keyboards for digits only.
 */
export function NumberField({
  label,
  id,
  hint,
  error,
  errorValues,
  wide,
  className,
  integer = false,
  ...input
}: FieldProps & { integer?: boolean } & Omit<
    ComponentPropsWithRef<'input'>,
    'id' | 'className' | 'children' | 'type'
  >) {
  return (
    <Field label={label} id={id} hint={hint} error={error} errorValues={errorValues} wide={wide} className={className}>
      {(control) => (
        <input {...control} type="text" inputMode={integer ? 'numeric' : 'decimal'} autoComplete="off" {...input} />
      )}
    </Field>
  )
}
