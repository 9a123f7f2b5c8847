import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Measurement } from '@shared/entities'
import { FORM_ERRORS, dateField, numberField, numberText, useZodForm } from '@renderer/forms'
import { FormFields, FormFooter, type FormDone } from '@renderer/ui'
import { errorMessage } from '@renderer/lib/errors'
import { useLanguage } from '@renderer/platform/use-language'
import { useAreaCommands } from './commands'

const schema = z.object({
  date: dateField.refine((v) => v !== null, FORM_ERRORS.required),
  value: numberField().refine((v) => v !== null, FORM_ERRORS.required),
  source: Measurement.shape.source.unwrap(),
  note: Measurement.shape.note
})

/**
 * One measured value of an area's indicator: a new one (no `measurement`) or a correction of one.
 * The comment goes in the row's note.
 */
export function MeasurementForm({
  areaId,
  measurement,
  today,
  source = '',
  onSaved,
  onCancel
}: {
  areaId: string
  measurement?: Measurement
  /** The date a new value starts with, YYYY-MM-DD. */
  today: string
  /** The source a new value starts with: values of one indicator usually come from the same place. */
  source?: string
} & FormDone<Measurement>) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { addMeasurement, updateMeasurement } = useAreaCommands()
  const form = useZodForm(schema, {
    defaultValues: {
      date: measurement?.date ?? today,
      value: numberText(measurement?.value ?? null, language),
      source: measurement?.source ?? source,
      note: measurement?.note ?? ''
    },
    mode: 'onSubmit'
  })

  const { setFocus } = form
  // The form opens from a button that then hides (or from a row's button): take the keyboard along to it.
  useEffect(() => setFocus('date'), [setFocus])

  const submit = form.handleSubmit(async ({ date, value, source, note }) => {
    const values = { date, value, source, note }
    try {
      onSaved(measurement ? await updateMeasurement(measurement.id, values) : await addMeasurement(areaId, values))
    } catch (error) {
      form.setError('root', { message: errorMessage(error) })
    }
  })

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      className="measurement-form"
      aria-label={t(measurement ? 'area.measurements.editHeading' : 'area.measurements.addHeading')}
    >
      <div className="form-grid">
        <FormFields
          form={form}
          fields={[
            { name: 'date', type: 'date', label: t('area.measurements.date'), required: true },
            { name: 'value', control: 'number', label: t('area.measurements.value'), required: true },
            {
              name: 'source',
              label: t('area.measurements.source'),
              hint: t('area.measurements.sourceHint'),
              wide: true
            },
            { name: 'note', control: 'textarea', label: t('area.measurements.note'), rows: 2, wide: true }
          ]}
        />
      </div>
      <FormFooter
        saveError={form.formState.errors.root?.message}
        submitting={form.formState.isSubmitting}
        submitLabel={t('area.measurements.save')}
        onCancel={onCancel}
      />
    </form>
  )
}
