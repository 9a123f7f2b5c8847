import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { ThresholdOverride } from '@shared/entities'
import type { ThresholdKey } from '@shared/thresholds'
import { FORM_ERRORS, dateField, numberField, useZodForm } from '@renderer/forms'
import { FormFooter, NumberField, TextField, useShell } from '@renderer/ui'
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
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting }
  } = useZodForm(schema, { defaultValues: { valueSek: '', validFrom: today, source: '' }, mode: 'onSubmit' })

  const submit = handleSubmit(async ({ valueSek, validFrom, source }) => {
    try {
      await addThresholdOverride({ key: thresholdKey, valueSek, validFrom, source })
    } catch (error) {
      setError('root', { message: errorMessage(error) })
      return
    }
    announce(t('thresholdEditor.saved', { name }))
    onClose()
  })

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="dialog-form">
      <NumberField
        id="th-value"
        label={t('thresholdEditor.value')}
        integer
        error={errors.valueSek?.message}
        {...register('valueSek')}
      />
      <TextField
        id="th-from"
        type="date"
        label={t('thresholdEditor.validFrom')}
        error={errors.validFrom?.message}
        {...register('validFrom')}
      />
      <TextField
        id="th-source"
        label={t('thresholdEditor.source')}
        hint={t('thresholdEditor.sourceHelp')}
        error={errors.source?.message}
        wide
        {...register('source')}
      />
      {children}
      <FormFooter
        saveError={errors.root?.message}
        submitting={isSubmitting}
        submitLabel={t('thresholdEditor.save')}
        onCancel={onClose}
      />
    </form>
  )
}
