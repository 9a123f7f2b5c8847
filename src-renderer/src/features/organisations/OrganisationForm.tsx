import { useTranslation } from 'react-i18next'
import { ORGANISATION_KINDS, type Organisation } from '@shared/entities'
import { useZodForm, withValue } from '@renderer/forms'
import { EntityForm, type FormRow } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { DuplicateOrgNumberError, useSaveOrganisation } from './commands'
import {
  organisationFormValues,
  organisationFromForm,
  OrganisationFormSchema,
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
  const form = useZodForm(OrganisationFormSchema, { defaultValues: organisationFormValues(organisation, language) })
  const fields: FormRow<OrganisationFormValues>[] = [
    { name: 'name', label: t('clients.organisation.name'), className: 'span-2', autoComplete: 'organization' },
    {
      name: 'kind',
      control: 'select',
      label: t('clients.organisation.kind'),
      options: ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`organisationKind.${kind}`) }))
    },
    {
      name: 'orgNumber',
      label: t('clients.organisation.orgNumber'),
      hint: t('clients.organisation.orgNumberHelp'),
      inputMode: 'numeric',
      autoComplete: 'off'
    },
    { name: 'sector', label: t('clients.organisation.sector') },
    [
      { name: 'size', control: 'number', label: t('clients.organisation.size'), integer: true },
      {
        name: 'sizeUnit',
        control: 'select',
        label: t('clients.organisation.sizeUnit'),
        options: [
          { value: 'inhabitants', label: t('clients.organisation.inhabitants') },
          { value: 'employees', label: t('clients.organisation.employees') }
        ]
      }
    ],
    {
      name: 'address',
      control: 'textarea',
      label: t('clients.organisation.address'),
      className: 'span-2',
      rows: 2,
      autoComplete: 'street-address'
    },
    { name: 'website', label: t('clients.organisation.website'), type: 'url', autoComplete: 'url' },
    { name: 'tags', label: t('clients.organisation.tags'), hint: t('clients.organisation.tagsHelp') },
    { name: 'notes', control: 'textarea', label: t('clients.organisation.notes'), className: 'span-2', rows: 4 }
  ]

  return (
    <EntityForm
      form={form}
      label={t(organisation ? 'clients.organisation.editForm' : 'clients.organisation.newForm')}
      fields={fields}
      submitLabel={t(organisation ? 'clients.common.save' : 'clients.organisation.create')}
      onSubmit={async (values) => {
        try {
          onSaved(await saveOrganisation(organisationFromForm(values, organisation, new Date().toISOString())))
        } catch (error) {
          // A number another client already has is the number field's error, not a failed save.
          if (!(error instanceof DuplicateOrgNumberError)) throw error
          form.setError(
            'orgNumber',
            { message: withValue('clients.orgNumber.duplicate', error.existing.name) },
            { shouldFocus: true }
          )
        }
      }}
      onCancel={onCancel}
    />
  )
}
