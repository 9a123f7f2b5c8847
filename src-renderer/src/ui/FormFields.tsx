import type { FieldValues, Path, UseFormReturn } from 'react-hook-form'
import type { HTMLAttributes } from 'react'
import { NumberField } from './NumberField'
import { SelectField, type SelectOption } from './SelectField'
import { TextAreaField } from './TextAreaField'
import { TextField } from './TextField'

/** One field of a form, as data: the form value it edits, its control, its label and the control's own settings. */
export type FieldSpec<Values extends FieldValues> = {
  name: Path<Values>
  /** A one-line text input (default), a number typed as text, a multi-line text or a drop-down. */
  control?: 'text' | 'number' | 'textarea' | 'select'
  /** The label, translated. */
  label: string
  hint?: string
  /** Classes on the field's wrapper (e.g. span-2 in a two-column form). */
  className?: string
  /** A text input's type. */
  type?: 'text' | 'email' | 'tel' | 'url' | 'date'
  autoComplete?: string
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode']
  /** A number field that takes whole numbers only. */
  integer?: boolean
  /** A multi-line text's height in lines. */
  rows?: number
  /** A drop-down's choices, and the label of a first choice with the value '' if it has one. */
  options?: readonly SelectOption[]
  emptyOption?: string
}

/**
 * Form fields drawn from specs, each registered with the form and showing its own error: a form reads
 * as the list of its fields instead of one near-identical field element after another.
 */
export function FormFields<Values extends FieldValues, Output>({
  form,
  fields
}: {
  form: UseFormReturn<Values, unknown, Output>
  fields: readonly FieldSpec<Values>[]
}) {
  return fields.map(({ name, control = 'text', type, integer, rows, options, emptyOption, ...field }) => {
    const props = { ...field, error: form.getFieldState(name, form.formState).error?.message, ...form.register(name) }
    switch (control) {
      case 'number':
        return <NumberField key={name} integer={integer} {...props} />
      case 'textarea':
        return <TextAreaField key={name} rows={rows} {...props} />
      case 'select':
        return <SelectField key={name} options={options ?? []} emptyOption={emptyOption} {...props} />
      default:
        return <TextField key={name} type={type} {...props} />
    }
  })
}
