import { Field, splitFieldProps, type FieldVariantProps } from './Field'

/**
 * A one-line text field: Field around an <input>. Every input prop passes through, so both
 * `{...register('name')}` and `value`/`onChange` work.
 */
export function TextField({ type = 'text', ...props }: FieldVariantProps<'input'>) {
  const [field, input] = splitFieldProps(props)
  return <Field {...field}>{(control) => <input {...control} type={type} {...input} />}</Field>
}
