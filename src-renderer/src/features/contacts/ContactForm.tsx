import { useTranslation } from 'react-i18next'
import type { Contact } from '@shared/entities'
import { useZodForm } from '@renderer/forms'
import { EntityForm, type FormRow } from '@renderer/ui'
import { useContactCommands } from './commands'
import { contactFormValues, contactFromForm, ContactFormSchema, type ContactFormValues } from './contact-form'

/** Adding or editing a contact person of an organisation. */
export function ContactForm({
  organisationId,
  contact,
  onSaved,
  onCancel
}: {
  organisationId: string
  contact: Contact | null
  onSaved: (saved: Contact) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const { saveContact } = useContactCommands()
  const form = useZodForm(ContactFormSchema, { defaultValues: contactFormValues(contact) })
  const fields: FormRow<ContactFormValues>[] = [
    { name: 'name', label: t('clients.contact.name'), autoComplete: 'off' },
    { name: 'role', label: t('clients.contact.role'), autoComplete: 'off' },
    { name: 'email', label: t('clients.contact.email'), type: 'email', autoComplete: 'off' },
    { name: 'phone', label: t('clients.contact.phone'), type: 'tel', autoComplete: 'off' },
    { name: 'notes', label: t('clients.contact.notes'), control: 'textarea', className: 'span-2', rows: 3 }
  ]

  return (
    <EntityForm
      form={form}
      label={t(contact ? 'clients.contact.editForm' : 'clients.contact.newForm')}
      fields={fields}
      submitLabel={t(contact ? 'clients.common.save' : 'clients.contact.add')}
      onSubmit={async (values) =>
        onSaved(await saveContact(contactFromForm(values, organisationId, contact, new Date().toISOString())))
      }
      onCancel={onCancel}
    />
  )
}
