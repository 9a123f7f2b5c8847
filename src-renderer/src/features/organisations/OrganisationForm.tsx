import { useTranslation } from 'react-i18next'
import { ORGANISATION_KINDS, type Organisation } from '@shared/entities'
import { useZodForm, withValue } from '@renderer/forms'
import { FormFooter, NumberField, SelectField, TextAreaField, TextField } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { errorMessage } from '@renderer/lib/errors'
import { DuplicateOrgNumberError, useSaveOrganisation } from './commands'
import { organisationFormValues, organisationFromForm, OrganisationFormSchema } from './organisation-form'

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
  } = useZodForm(OrganisationFormSchema, { defaultValues: organisationFormValues(organisation, language) })

  const submit = handleSubmit(async (values) => {
    try {
      onSaved(await saveOrganisation(organisationFromForm(values, organisation, new Date().toISOString())))
    } catch (error) {
      if (error instanceof DuplicateOrgNumberError) {
        setError(
          'orgNumber',
          { message: withValue('clients.orgNumber.duplicate', error.existing.name) },
          { shouldFocus: true }
        )
      } else {
        setError('root', { message: errorMessage(error) })
      }
    }
  })

  return (
    <form
      className="entity-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t(organisation ? 'clients.organisation.editForm' : 'clients.organisation.newForm')}
    >
      <div className="form-grid two-columns">
        <TextField
          label={t('clients.organisation.name')}
          error={errors.name?.message}
          className="span-2"
          autoComplete="organization"
          {...register('name')}
        />
        <SelectField
          label={t('clients.organisation.kind')}
          error={errors.kind?.message}
          options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`organisationKind.${kind}`) }))}
          {...register('kind')}
        />
        <TextField
          label={t('clients.organisation.orgNumber')}
          hint={t('clients.organisation.orgNumberHelp')}
          error={errors.orgNumber?.message}
          inputMode="numeric"
          autoComplete="off"
          {...register('orgNumber')}
        />
        <TextField label={t('clients.organisation.sector')} error={errors.sector?.message} {...register('sector')} />
        <div className="field-pair">
          <NumberField
            label={t('clients.organisation.size')}
            error={errors.size?.message}
            integer
            {...register('size')}
          />
          <SelectField
            label={t('clients.organisation.sizeUnit')}
            options={[
              { value: 'inhabitants', label: t('clients.organisation.inhabitants') },
              { value: 'employees', label: t('clients.organisation.employees') }
            ]}
            {...register('sizeUnit')}
          />
        </div>
        <TextAreaField
          label={t('clients.organisation.address')}
          error={errors.address?.message}
          className="span-2"
          rows={2}
          autoComplete="street-address"
          {...register('address')}
        />
        <TextField
          label={t('clients.organisation.website')}
          error={errors.website?.message}
          type="url"
          autoComplete="url"
          {...register('website')}
        />
        <TextField
          label={t('clients.organisation.tags')}
          hint={t('clients.organisation.tagsHelp')}
          error={errors.tags?.message}
          {...register('tags')}
        />
        <TextAreaField
          label={t('clients.organisation.notes')}
          error={errors.notes?.message}
          className="span-2"
          rows={4}
          {...register('notes')}
        />
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
