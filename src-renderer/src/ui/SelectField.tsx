import { Field, splitFieldProps, type FieldVariantProps } from './Field'

/** One choice of a select: its stored value and its visible, translated label. */
export type SelectOption = { value: string; label: string }

/**
 * A drop-down field: Field around a <select> with the given options, after an optional first option
 * with the value '' (e.g. "Välj uppdrag", "Inget mål"). Select props (register, value) pass through.
 */
export function SelectField({
  options,
  emptyOption,
  ...props
}: FieldVariantProps<'select'> & {
  options: readonly SelectOption[]
  /** The label of a first option with the value ''; no such option when undefined. */
  emptyOption?: string
}) {
  const [field, select] = splitFieldProps(props)
  return (
    <Field {...field}>
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
