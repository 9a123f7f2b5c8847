import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { Contact } from '@shared/entities'
import { errorMessage } from '@renderer/lib/errors'
import { Field } from '@renderer/features/organisations/Field'
import { FormFooter } from '@renderer/features/organisations/FormFooter'
import { errorText, FORM_PARSE_OPTIONS } from '@renderer/features/organisations/form-errors'
import { useContactCommands } from './commands'
import { contactFormValues, contactFromForm, ContactFormSchema, type ContactFormOutput, type ContactFormValues } from './contact-form'

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
  } = useForm<ContactFormValues, unknown, ContactFormOutput>({
    resolver: zodResolver(ContactFormSchema, FORM_PARSE_OPTIONS),
    defaultValues: contactFormValues(contact),
    mode: 'onTouched'
  })
  const err = (message: string | undefined) => errorText(t, message)

  const submit = handleSubmit(async (values) => {
    try {
      onSaved(await saveContact(contactFromForm(values, organisationId, contact, new Date().toISOString())))
    } catch (error) {
      setError('root', { message: errorMessage(error) })
    }
  })

  return (
    <form className="entity-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t(contact ? 'clients.contact.editForm' : 'clients.contact.newForm')}>
      <div className="form-grid">
        <Field label={t('clients.contact.name')} error={err(errors.name?.message)}>
          {(p) => <input {...p} type="text" autoComplete="off" {...register('name')} />}
        </Field>
        <Field label={t('clients.contact.role')} error={err(errors.role?.message)}>
          {(p) => <input {...p} type="text" autoComplete="off" {...register('role')} />}
        </Field>
        <Field label={t('clients.contact.email')} error={err(errors.email?.message)}>
          {(p) => <input {...p} type="email" autoComplete="off" {...register('email')} />}
        </Field>
        <Field label={t('clients.contact.phone')} error={err(errors.phone?.message)}>
          {(p) => <input {...p} type="tel" autoComplete="off" {...register('phone')} />}
        </Field>
        <Field label={t('clients.contact.notes')} error={err(errors.notes?.message)} className="span-2">
          {(p) => <textarea {...p} rows={3} {...register('notes')} />}
        </Field>
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
