import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { ENGAGEMENT_KINDS, ENGAGEMENT_STATUSES, type Engagement } from '@shared/entities'
import { useZodForm } from '@renderer/forms'
import { FormFooter, NumberField, SelectField, TextAreaField, TextField } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { textCompare } from '@renderer/lib/collate'
import { errorMessage } from '@renderer/lib/errors'
import { engagementFormValues, engagementFromForm, EngagementFormSchema } from './engagement-form'
import { useEngagementCommands } from './commands'
import { useClientChoices } from './queries'

/**
 * Creating or editing an engagement. With a fixed organisation (from its page) no client is asked for;
 * from the engagement list the client is picked from the register.
 */
export function EngagementForm({
  engagement,
  organisationId,
  onSaved,
  onCancel
}: {
  engagement: Engagement | null
  /** The client, when the form is opened from the client's page; '' lets the user choose. */
  organisationId: string
  onSaved: (saved: Engagement) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { save } = useEngagementCommands()
  const pickClient = organisationId === '' && engagement === null
  const compare = useMemo(() => textCompare(language), [language])
  const clients = useClientChoices(pickClient, compare)
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting }
  } = useZodForm(EngagementFormSchema, { defaultValues: engagementFormValues(engagement, organisationId, language) })

  const submit = handleSubmit(async (values) => {
    try {
      onSaved(await save(engagementFromForm(values, engagement, new Date().toISOString())))
    } catch (error) {
      setError('root', { message: errorMessage(error) })
    }
  })

  return (
    <form
      className="entity-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t(engagement ? 'clients.engagement.editForm' : 'clients.engagement.newForm')}
    >
      <div className="form-grid two-columns">
        {pickClient ? (
          <SelectField
            label={t('engagements.client')}
            error={errors.organisationId?.message}
            className="span-2"
            emptyOption={t('clients.engagement.chooseClient')}
            options={(clients ?? []).map(([id, name]) => ({ value: id, label: name }))}
            {...register('organisationId')}
          />
        ) : null}
        <TextField
          label={t('clients.engagement.title')}
          error={errors.title?.message}
          className="span-2"
          autoComplete="off"
          {...register('title')}
        />
        <SelectField
          label={t('clients.engagement.kind')}
          error={errors.kind?.message}
          options={ENGAGEMENT_KINDS.map((kind) => ({ value: kind, label: t(`clients.engagementKind.${kind}`) }))}
          {...register('kind')}
        />
        <SelectField
          label={t('engagements.status')}
          error={errors.status?.message}
          options={ENGAGEMENT_STATUSES.map((status) => ({ value: status, label: t(`engagementStatus.${status}`) }))}
          {...register('status')}
        />
        <NumberField
          label={t('clients.engagement.value')}
          hint={t('clients.engagement.valueHelp')}
          error={errors.valueSek?.message}
          {...register('valueSek')}
        />
        <div className="field-pair">
          <TextField
            label={t('clients.engagement.expectedStart')}
            error={errors.expectedStart?.message}
            type="date"
            {...register('expectedStart')}
          />
          <TextField
            label={t('clients.engagement.expectedEnd')}
            error={errors.expectedEnd?.message}
            type="date"
            {...register('expectedEnd')}
          />
        </div>
        <TextAreaField
          label={t('clients.engagement.notes')}
          error={errors.notes?.message}
          className="span-2"
          rows={3}
          {...register('notes')}
        />
      </div>
      <FormFooter
        saveError={errors.root?.message}
        submitting={isSubmitting}
        submitLabel={t(engagement ? 'clients.common.save' : 'clients.engagement.add')}
        onCancel={onCancel}
      />
    </form>
  )
}
