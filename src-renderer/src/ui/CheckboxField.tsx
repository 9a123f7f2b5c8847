import type { ComponentPropsWithRef } from 'react'
import { classNames } from '@renderer/lib/class-names'
import { useFieldParts, type FieldProps } from './Field'

/**
 * A checkbox with its label after it on one line, and its hint and error under it (tied to the box by
 * aria-describedby, with aria-invalid). Input props pass through, so `{...register('digital')}` and
 * `checked`/`onChange` both work.
 */
export function CheckboxField({
  label,
  id,
  hint,
  error,
  errorValues,
  className,
  ...input
}: Omit<FieldProps, 'wide'> & Omit<ComponentPropsWithRef<'input'>, keyof FieldProps | 'children' | 'type'>) {
  const { control, invalid, notes } = useFieldParts({ id, hint, error, errorValues })
  return (
    <div className={classNames('field', 'field-check', invalid && 'field-invalid', className)}>
      <input {...control} type="checkbox" {...input} />
      <label htmlFor={control.id}>{label}</label>
      {notes}
    </div>
  )
}
