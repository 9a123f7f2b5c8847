import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { ORGANISATION_KINDS, type Organisation } from '@shared/entities'
import { useLanguage } from '@renderer/platform/use-language'
import { errorMessage } from '@renderer/lib/errors'
import { DuplicateOrgNumberError, useSaveOrganisation } from './commands'
import { Field } from './Field'
import { FormFooter } from './FormFooter'
import { errorText, FORM_PARSE_OPTIONS } from './form-errors'
import {
  organisationFormValues,
  organisationFromForm,
  OrganisationFormSchema,
  type OrganisationFormOutput,
  type OrganisationFormValues
} from './organisation-form'

/** Creating or editing an organisation; validates with the entity schema and refuses a duplicate number. */
export function OrganisationForm({
  organisation,
  onSaved,
  onCancel
}: {
  organisation: Organisation | null
  onSaved: (saved: Organisation) => void
  onCancel?: () => void
}) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const saveOrganisation = useSaveOrganisation()
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting }
  } = useForm<OrganisationFormValues, unknown, OrganisationFormOutput>({
    resolver: zodResolver(OrganisationFormSchema, FORM_PARSE_OPTIONS),
    defaultValues: organisationFormValues(organisation, language),
    mode: 'onTouched'
  })
  const err = (message: string | undefined) => errorText(t, message)

  const submit = handleSubmit(async (values) => {
    try {
      onSaved(await saveOrganisation(organisationFromForm(values, organisation, new Date().toISOString())))
    } catch (error) {
      if (error instanceof DuplicateOrgNumberError) {
        setError('orgNumber', { message: `clients.orgNumber.duplicate|${error.existing.name}` }, { shouldFocus: true })
      } else {
        setError('root', { message: errorMessage(error) })
      }
    }
  })

  return (
    <form className="entity-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t(organisation ? 'clients.organisation.editForm' : 'clients.organisation.newForm')}>
      <div className="form-grid">
        <Field label={t('clients.organisation.name')} error={err(errors.name?.message)} className="span-2">
          {(p) => <input {...p} type="text" autoComplete="organization" {...register('name')} />}
        </Field>
        <Field label={t('clients.organisation.kind')} error={err(errors.kind?.message)}>
          {(p) => (
            <select {...p} {...register('kind')}>
              {ORGANISATION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`organisationKind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('clients.organisation.orgNumber')} help={t('clients.organisation.orgNumberHelp')} error={err(errors.orgNumber?.message)}>
          {(p) => <input {...p} type="text" inputMode="numeric" autoComplete="off" {...register('orgNumber')} />}
        </Field>
        <Field label={t('clients.organisation.sector')} error={err(errors.sector?.message)}>
          {(p) => <input {...p} type="text" {...register('sector')} />}
        </Field>
        <div className="field-pair">
          <Field label={t('clients.organisation.size')} error={err(errors.size?.message)}>
            {(p) => <input {...p} type="text" inputMode="numeric" {...register('size')} />}
          </Field>
          <Field label={t('clients.organisation.sizeUnit')}>
            {(p) => (
              <select {...p} {...register('sizeUnit')}>
                <option value="inhabitants">{t('clients.organisation.inhabitants')}</option>
                <option value="employees">{t('clients.organisation.employees')}</option>
              </select>
            )}
          </Field>
        </div>
        <Field label={t('clients.organisation.address')} error={err(errors.address?.message)} className="span-2">
          {(p) => <textarea {...p} rows={2} autoComplete="street-address" {...register('address')} />}
        </Field>
        <Field label={t('clients.organisation.website')} error={err(errors.website?.message)}>
          {(p) => <input {...p} type="url" autoComplete="url" {...register('website')} />}
        </Field>
        <Field label={t('clients.organisation.tags')} help={t('clients.organisation.tagsHelp')} error={err(errors.tags?.message)}>
          {(p) => <input {...p} type="text" {...register('tags')} />}
        </Field>
        <Field label={t('clients.organisation.notes')} error={err(errors.notes?.message)} className="span-2">
          {(p) => <textarea {...p} rows={4} {...register('notes')} />}
        </Field>
      </div>
      <FormFooter
        saveError={errors.root?.message}
        submitting={isSubmitting}
        submitLabel={t(organisation ? 'clients.common.save' : 'clients.organisation.create')}
        onCancel={onCancel}
      />
    </form>
  )
}
