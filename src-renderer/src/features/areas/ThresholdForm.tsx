import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { ThresholdOverride } from '@shared/entities'
import type { ThresholdKey } from '@shared/thresholds'
import { FORM_ERRORS, dateField, numberField, useZodForm } from '@renderer/forms'
import { FormFields, FormFooter, useShell } from '@renderer/ui'
import { errorMessage } from '@renderer/lib/errors'
import { useAreaCommands } from './commands'

const schema = z.object({
  valueSek: numberField({ min: 0 }).refine((v) => v !== null, FORM_ERRORS.required),
  validFrom: dateField.refine((v) => v !== null, FORM_ERRORS.required),
  source: z.string().trim().min(1).pipe(ThresholdOverride.shape.source)
})

/** The new value's fields; the list of own values sits between them and the buttons. */
export function ThresholdForm({
  thresholdKey,
  today,
  name,
  onClose,
  children
}: {
  thresholdKey: ThresholdKey
  today: string
  name: string
  onClose: () => void
  children: ReactNode
}) {
  const { t } = useTranslation()
  const { announce } = useShell()
  const { addThresholdOverride } = useAreaCommands()
  const form = useZodForm(schema, { defaultValues: { valueSek: '', validFrom: today, source: '' }, mode: 'onSubmit' })

  const submit = form.handleSubmit(async ({ valueSek, validFrom, source }) => {
    try {
      await addThresholdOverride({ key: thresholdKey, valueSek, validFrom, source })
    } catch (error) {
      form.setError('root', { message: errorMessage(error) })
      return
    }
    announce(t('thresholdEditor.saved', { name }))
    onClose()
  })

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="dialog-form">
      <FormFields
        form={form}
        fields={[
          { name: 'valueSek', control: 'number', integer: true, label: t('thresholdEditor.value') },
          { name: 'validFrom', type: 'date', label: t('thresholdEditor.validFrom') },
          {
            name: 'source',
            label: t('thresholdEditor.source'),
            hint: t('thresholdEditor.sourceHelp'),
            className: 'field-wide'
          }
        ]}
      />
      {children}
      <FormFooter
        saveError={form.formState.errors.root?.message}
        submitting={form.formState.isSubmitting}
        submitLabel={t('thresholdEditor.save')}
        onCancel={onClose}
      />
    </form>
  )
}
