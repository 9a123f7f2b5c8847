import type { ComponentPropsWithRef } from 'react'
import { Field, type FieldProps } from './Field'

/**
 * A one-line text field: Field around an <input>. Every input prop passes through, so both
 * `{...register('name')}` and `value`/`onChange` work.
 */
export function TextField({
  label,
  id,
  hint,
  error,
  errorValues,
  wide,
  className,
  type = 'text',
  ...input
}: FieldProps & Omit<ComponentPropsWithRef<'input'>, 'id' | 'className' | 'children'>) {
  return (
    <Field label={label} id={id} hint={hint} error={error} errorValues={errorValues} wide={wide} className={className}>
      {(control) => <input {...control} type={type} {...input} />}
    </Field>
  )
}
