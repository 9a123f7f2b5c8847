import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { ENGAGEMENT_KINDS, ENGAGEMENT_STATUSES, type Engagement } from '@shared/entities'
import { useLanguage } from '@renderer/platform/use-language'
import { textCompare } from '@renderer/lib/collate'
import { errorMessage } from '@renderer/lib/errors'
import { Field } from '@renderer/features/organisations/Field'
import { FormFooter } from '@renderer/features/organisations/FormFooter'
import { errorText, FORM_PARSE_OPTIONS } from '@renderer/features/organisations/form-errors'
import {
  engagementFormValues,
  engagementFromForm,
  EngagementFormSchema,
  type EngagementFormOutput,
  type EngagementFormValues
} from './engagement-form'
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
  } = useForm<EngagementFormValues, unknown, EngagementFormOutput>({
    resolver: zodResolver(EngagementFormSchema, FORM_PARSE_OPTIONS),
    defaultValues: engagementFormValues(engagement, organisationId, language),
    mode: 'onTouched'
  })
  const err = (message: string | undefined) => errorText(t, message)

  const submit = handleSubmit(async (values) => {
    try {
      onSaved(await save(engagementFromForm(values, engagement, new Date().toISOString())))
    } catch (error) {
      setError('root', { message: errorMessage(error) })
    }
  })

  return (
    <form className="entity-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t(engagement ? 'clients.engagement.editForm' : 'clients.engagement.newForm')}>
      <div className="form-grid">
        {pickClient ? (
          <Field label={t('engagements.client')} error={err(errors.organisationId?.message)} className="span-2">
            {(p) => (
              <select {...p} {...register('organisationId')}>
                <option value="">{t('clients.engagement.chooseClient')}</option>
                {(clients ?? []).map(([id, name]) => (
                  <option key={id} value={id}>
                    {name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <Field label={t('clients.engagement.title')} error={err(errors.title?.message)} className="span-2">
          {(p) => <input {...p} type="text" autoComplete="off" {...register('title')} />}
        </Field>
        <Field label={t('clients.engagement.kind')} error={err(errors.kind?.message)}>
          {(p) => (
            <select {...p} {...register('kind')}>
              {ENGAGEMENT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`clients.engagementKind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('engagements.status')} error={err(errors.status?.message)}>
          {(p) => (
            <select {...p} {...register('status')}>
              {ENGAGEMENT_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`engagementStatus.${status}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('clients.engagement.value')} help={t('clients.engagement.valueHelp')} error={err(errors.valueSek?.message)}>
          {(p) => <input {...p} type="text" inputMode="decimal" {...register('valueSek')} />}
        </Field>
        <div className="field-pair">
          <Field label={t('clients.engagement.expectedStart')} error={err(errors.expectedStart?.message)}>
            {(p) => <input {...p} type="date" {...register('expectedStart')} />}
          </Field>
          <Field label={t('clients.engagement.expectedEnd')} error={err(errors.expectedEnd?.message)}>
            {(p) => <input {...p} type="date" {...register('expectedEnd')} />}
          </Field>
        </div>
        <Field label={t('clients.engagement.notes')} error={err(errors.notes?.message)} className="span-2">
          {(p) => <textarea {...p} rows={3} {...register('notes')} />}
        </Field>
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
