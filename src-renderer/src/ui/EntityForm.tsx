import type { ReactNode } from 'react'
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form'
import { errorMessage } from '@renderer/lib/errors'
import { FormFields, type FieldSpec } from './FormFields'
import { FormFooter } from './FormFooter'

/** A row of a two-column entity form: one field, or two small ones sharing a cell (size and unit, start and end). */
export type FormRow<Values extends FieldValues> = FieldSpec<Values> | readonly [FieldSpec<Values>, FieldSpec<Values>]

/**
 * A register form (organisation, contact, engagement, goals): its fields in two columns, then the footer
 * with the save error, submit and cancel. `onSubmit` gets the schema's output; whatever it throws shows
 * as the save error (handle an error that belongs to a field there, with form.setError, and return).
 */
export function EntityForm<Values extends FieldValues, Output>({
  form,
  label,
  fields = [],
  submitLabel,
  onSubmit,
  onCancel,
  footerBefore,
  children
}: {
  form: UseFormReturn<Values, unknown, Output>
  /** The form's accessible name, translated. */
  label: string
  /** The fields of the two-column grid, in order; a false entry is left out (`pickClient && {...}`). */
  fields?: readonly (FormRow<Values> | false)[]
  submitLabel: string
  onSubmit: (values: Output) => Promise<void>
  onCancel?: () => void
  /** Buttons of the form's own before the submit button (e.g. "add a row"). */
  footerBefore?: ReactNode
  /** Content after the grid (a form whose fields are not a grid, e.g. rows of goals). */
  children?: ReactNode
}) {
  const rows = fields.filter((row) => row !== false)
  const submit = form.handleSubmit(async (values) => {
    try {
      await onSubmit(values)
    } catch (error) {
      form.setError('root', { message: errorMessage(error) })
      return
    }
    // A field refused by the save itself (a taken number): its field gets the focus, its message read with it.
    const refused = Object.keys(form.formState.errors).find((name) => name !== 'root')
    if (refused) form.setFocus(refused as Path<Values>)
  })
  return (
    <form className="entity-form" onSubmit={(e) => void submit(e)} noValidate aria-label={label}>
      {rows.length > 0 ? (
        <div className="form-grid two-columns">
          {rows.map((row) =>
            isPair(row) ? (
              <div key={row[0].name} className="field-pair">
                <FormFields form={form} fields={row} />
              </div>
            ) : (
              <FormFields key={row.name} form={form} fields={[row]} />
            )
          )}
        </div>
      ) : null}
      {children}
      <FormFooter
        saveError={form.formState.errors.root?.message}
        submitting={form.formState.isSubmitting}
        submitLabel={submitLabel}
        onCancel={onCancel}
        before={footerBefore}
      />
    </form>
  )
}

function isPair<Values extends FieldValues>(
  row: FormRow<Values>
): row is readonly [FieldSpec<Values>, FieldSpec<Values>] {
  return Array.isArray(row)
}
