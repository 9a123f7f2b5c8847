import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { ENGAGEMENT_KINDS, ENGAGEMENT_STATUSES, type Engagement } from '@shared/entities'
import { useZodForm } from '@renderer/forms'
import { EntityForm, useCreateInPlace, useShell, type FormRow } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { textCompare } from '@renderer/lib/collate'
import {
  engagementFormValues,
  engagementFromForm,
  EngagementFormSchema,
  type EngagementFormValues
} from './engagement-form'
import { useEngagementCommands } from './commands'
import { useClientChoices } from './queries'

/**
 * Creating or editing an engagement. With a fixed organisation (from its page) no client is asked for;
 * from the engagement list the client is picked from the register, and a client not yet in it can be
 * created in place: it is then chosen and everything typed stays.
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
  const form = useZodForm(EngagementFormSchema, {
    defaultValues: engagementFormValues(engagement, organisationId, language)
  })
  const { announce } = useShell()
  const newClient = useCreateInPlace('organisation', {
    title: t('clients.engagement.newClientTitle'),
    isListed: (id) => clients?.some(([listed]) => listed === id) ?? false,
    onChosen: (org) => {
      form.setValue('organisationId', org.id, { shouldValidate: true, shouldDirty: true })
      form.setFocus('organisationId')
      announce(t('clients.engagement.clientCreated', { name: org.name }))
    }
  })
  const fields: (FormRow<EngagementFormValues> | false)[] = [
    pickClient && {
      name: 'organisationId',
      control: 'select',
      label: t('engagements.client'),
      className: 'span-2',
      emptyOption: t('clients.engagement.chooseClient'),
      options: (clients ?? []).map(([id, name]) => ({ value: id, label: name }))
    },
    { name: 'title', label: t('clients.engagement.title'), className: 'span-2', autoComplete: 'off' },
    {
      name: 'kind',
      control: 'select',
      label: t('clients.engagement.kind'),
      options: ENGAGEMENT_KINDS.map((kind) => ({ value: kind, label: t(`clients.engagementKind.${kind}`) }))
    },
    {
      name: 'status',
      control: 'select',
      label: t('engagements.status'),
      options: ENGAGEMENT_STATUSES.map((status) => ({ value: status, label: t(`engagementStatus.${status}`) }))
    },
    {
      name: 'valueSek',
      control: 'number',
      label: t('clients.engagement.value'),
      hint: t('clients.engagement.valueHelp')
    },
    [
      { name: 'expectedStart', label: t('clients.engagement.expectedStart'), type: 'date' },
      { name: 'expectedEnd', label: t('clients.engagement.expectedEnd'), type: 'date' }
    ],
    { name: 'notes', control: 'textarea', label: t('clients.engagement.notes'), className: 'span-2', rows: 3 }
  ]

  return (
    <>
      {pickClient && newClient.available && clients !== undefined && (
        <p className="create-offer">
          {t(clients.length === 0 ? 'clients.engagement.noClients' : 'clients.engagement.missingClient')}{' '}
          <button type="button" className="button button-secondary" onClick={newClient.open}>
            {t('clients.engagement.newClient')}
          </button>
        </p>
      )}
      <EntityForm
        form={form}
        label={t(engagement ? 'clients.engagement.editForm' : 'clients.engagement.newForm')}
        fields={fields}
        submitLabel={t(engagement ? 'clients.common.save' : 'clients.engagement.add')}
        onSubmit={async (values) =>
          onSaved(await save(engagementFromForm(values, engagement, new Date().toISOString())))
        }
        onCancel={onCancel}
      />
      {pickClient && newClient.dialog}
    </>
  )
}
