import type { ComponentPropsWithRef } from 'react'
import { Field, type FieldProps } from './Field'

/** One choice of a select: its stored value and its visible, translated label. */
export type SelectOption = { value: string; label: string }

/**
 * A drop-down field: Field around a <select> with the given options, after an optional first option
 * with the value '' (e.g. "Välj uppdrag", "Inget mål"). Select props (register, value) pass through.
 */
export function SelectField({
  label,
  id,
  hint,
  error,
  errorValues,
  wide,
  className,
  options,
  emptyOption,
  ...select
}: FieldProps & {
  options: readonly SelectOption[]
  /** The label of a first option with the value ''; no such option when undefined. */
  emptyOption?: string
} & Omit<ComponentPropsWithRef<'select'>, 'id' | 'className' | 'children'>) {
  return (
    <Field label={label} id={id} hint={hint} error={error} errorValues={errorValues} wide={wide} className={className}>
      {(control) => (
        <select {...control} {...select}>
          {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}
