import { useTranslation } from 'react-i18next'
import type { Contact } from '@shared/entities'
import { useZodForm } from '@renderer/forms'
import { FormFooter, TextAreaField, TextField } from '@renderer/ui'
import { errorMessage } from '@renderer/lib/errors'
import { useContactCommands } from './commands'
import { contactFormValues, contactFromForm, ContactFormSchema } from './contact-form'

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
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting }
  } = useZodForm(ContactFormSchema, { defaultValues: contactFormValues(contact) })

  const submit = handleSubmit(async (values) => {
    try {
      onSaved(await saveContact(contactFromForm(values, organisationId, contact, new Date().toISOString())))
    } catch (error) {
      setError('root', { message: errorMessage(error) })
    }
  })

  return (
    <form
      className="entity-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t(contact ? 'clients.contact.editForm' : 'clients.contact.newForm')}
    >
      <div className="form-grid two-columns">
        <TextField
          label={t('clients.contact.name')}
          error={errors.name?.message}
          autoComplete="off"
          {...register('name')}
        />
        <TextField
          label={t('clients.contact.role')}
          error={errors.role?.message}
          autoComplete="off"
          {...register('role')}
        />
        <TextField
          label={t('clients.contact.email')}
          error={errors.email?.message}
          type="email"
          autoComplete="off"
          {...register('email')}
        />
        <TextField
          label={t('clients.contact.phone')}
          error={errors.phone?.message}
          type="tel"
          autoComplete="off"
          {...register('phone')}
        />
        <TextAreaField
          label={t('clients.contact.notes')}
          error={errors.notes?.message}
          className="span-2"
          rows={3}
          {...register('notes')}
        />
      </div>
      <FormFooter
        saveError={errors.root?.message}
        submitting={isSubmitting}
        submitLabel={t(contact ? 'clients.common.save' : 'clients.contact.add')}
        onCancel={onCancel}
      />
    </form>
  )
}
