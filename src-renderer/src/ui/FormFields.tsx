import { useController, type Control, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form'
import type { HTMLAttributes } from 'react'
import { CheckboxField } from './CheckboxField'
import { DateField } from './DateField'
import { NumberField } from './NumberField'
import { SelectField, type SelectOption } from './SelectField'
import { TextAreaField } from './TextAreaField'
import { TextField } from './TextField'
import { TimeField } from './TimeField'

/** One field of a form, as data: the form value it edits, its control, its label and the control's own settings. */
export type FieldSpec<Values extends FieldValues> = {
  name: Path<Values>
  /** A one-line text input (default), a number typed as text, a multi-line text, a drop-down or a checkbox. */
  control?: 'text' | 'number' | 'textarea' | 'select' | 'checkbox'
  /** The label, translated. */
  label: string
  hint?: string
  /** Classes on the field's wrapper (e.g. span-2 in a two-column form). */
  className?: string
  /** Spans the whole row of an auto-fill form grid (not for a checkbox). */
  wide?: boolean
  /** The browser must see a value (the label says so too). */
  required?: boolean
  /** A text input's type; 'date' and 'time' draw the kit's DateField and TimeField (in the app's language). */
  type?: 'text' | 'email' | 'tel' | 'url' | 'date' | 'time'
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
 * A date or time spec as the kit's DateField/TimeField, through react-hook-form's controller: the form
 * value stays ISO while the box shows the app's language; the input takes the ref, so a refused field
 * gets focus as any registered input does.
 */
function TypedSpecField<Values extends FieldValues>({
  kind,
  control,
  name,
  error,
  ...field
}: {
  kind: 'date' | 'time'
  control: Control<Values, unknown, unknown>
  name: Path<Values>
  error: string | undefined
  label: string
  hint?: string
  className?: string
  wide?: boolean
  required?: boolean
}) {
  const { field: controlled } = useController({ control, name })
  const Kind = kind === 'date' ? DateField : TimeField
  return (
    <Kind
      {...field}
      error={error}
      name={controlled.name}
      value={typeof controlled.value === 'string' ? controlled.value : ''}
      onChange={controlled.onChange}
      onBlur={controlled.onBlur}
      disabled={controlled.disabled}
      inputRef={controlled.ref}
    />
  )
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
  return fields.map(({ name, control = 'text', type, integer, rows, options, emptyOption, wide, ...field }) => {
    const error = form.getFieldState(name, form.formState).error?.message
    if (control === 'text' && (type === 'date' || type === 'time')) {
      const { label, hint, className, required } = field
      return (
        <TypedSpecField
          key={name}
          kind={type}
          control={form.control as Control<Values, unknown, unknown>}
          name={name}
          error={error}
          {...{ label, hint, className, wide, required }}
        />
      )
    }
    const props = { ...field, error, ...form.register(name) }
    switch (control) {
      case 'checkbox':
        return <CheckboxField key={name} {...props} />
      case 'number':
        return <NumberField key={name} integer={integer} wide={wide} {...props} />
      case 'textarea':
        return <TextAreaField key={name} rows={rows} wide={wide} {...props} />
      case 'select':
        return <SelectField key={name} options={options ?? []} emptyOption={emptyOption} wide={wide} {...props} />
      default:
        return <TextField key={name} type={type} wide={wide} {...props} />
    }
  })
}
