import { Field, splitFieldProps, type FieldVariantProps } from './Field'

/**
 * A number typed as text (never type="number": it refuses "1 500 000" and "12,5"), read back with
 * parseNumber from forms/. `integer` asks touch keyboards for digits only.
 */
export function NumberField({
  integer = false,
  ...props
}: Omit<FieldVariantProps<'input'>, 'type'> & { integer?: boolean }) {
  const [field, input] = splitFieldProps(props)
  return (
    <Field {...field}>
      {(control) => (
        <input {...control} type="text" inputMode={integer ? 'numeric' : 'decimal'} autoComplete="off" {...input} />
      )}
    </Field>
  )
}
