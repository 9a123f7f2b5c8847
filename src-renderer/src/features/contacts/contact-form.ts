/** The contact form: the entity's own fields, plus "an e-mail address, if given, looks like one". */
import { z } from 'zod'
import { Contact } from '@shared/entities'
import { FORM_ERRORS } from '@renderer/forms'
import { rowStamp } from '@renderer/lib/ids'

export const ContactFormSchema = Contact.pick({ name: true, role: true, email: true, phone: true, notes: true }).extend(
  {
    email: Contact.shape.email.refine(
      (v) => v.trim() === '' || z.email().safeParse(v.trim()).success,
      FORM_ERRORS.email
    )
  }
)
export type ContactFormValues = z.input<typeof ContactFormSchema>
export type ContactFormOutput = z.output<typeof ContactFormSchema>

/** The form's starting values. */
export function contactFormValues(contact: Contact | null): ContactFormValues {
  return {
    name: contact?.name ?? '',
    role: contact?.role ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    notes: contact?.notes ?? ''
  }
}

/** The row to store, validated with the entity schema. */
export function contactFromForm(
  values: ContactFormOutput,
  organisationId: string,
  existing: Contact | null,
  now: string
): Contact {
  return Contact.parse({
    ...rowStamp(existing, now),
    organisationId,
    name: values.name,
    role: values.role.trim(),
    email: values.email.trim(),
    phone: values.phone.trim(),
    notes: values.notes
  })
}
