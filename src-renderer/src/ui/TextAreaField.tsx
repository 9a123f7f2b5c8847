import { Field, splitFieldProps, type FieldVariantProps } from './Field'

/** A multi-line text field: Field around a <textarea>; textarea props (rows, register, value) pass through. */
export function TextAreaField({ rows = 3, ...props }: FieldVariantProps<'textarea'>) {
  const [field, textarea] = splitFieldProps(props)
  return <Field {...field}>{(control) => <textarea {...control} rows={rows} {...textarea} />}</Field>
}
