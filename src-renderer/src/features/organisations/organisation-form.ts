/**
 * The organisation form: its schema is the entity schema's own fields (pick), with the fields a person
 * types as text (number, size, tags) checked by the entity's rules after conversion, so no rule is
 * written twice. The organisation number's message is the reason code of parseOrgNumber.
 */
import { z } from 'zod'
import { Organisation } from '@shared/entities'
import { parseOrgNumber } from '@shared/org-number'
import { FORM_ERRORS, numberAs, numberText, parseNumber } from '@renderer/forms'
import { rowStamp } from '@renderer/lib/ids'

/** Tags as typed: separated by commas, trimmed, blanks and repeats dropped. */
export function splitTags(input: string): string[] {
  return [
    ...new Set(
      input
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean)
    )
  ]
}

export const OrganisationFormSchema = Organisation.pick({
  name: true,
  kind: true,
  sector: true,
  sizeUnit: true,
  address: true,
  website: true,
  notes: true
}).extend({
  orgNumber: z.string().superRefine((value, ctx) => {
    if (value.trim() === '') return
    const parsed = parseOrgNumber(value)
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: `clients.orgNumber.${parsed.reason}` })
  }),
  size: numberAs(Organisation.shape.size, FORM_ERRORS.wholeNumber),
  tags: z.string().refine((value) => Organisation.shape.tags.safeParse(splitTags(value)).success, FORM_ERRORS.tags)
})
export type OrganisationFormValues = z.input<typeof OrganisationFormSchema>
export type OrganisationFormOutput = z.output<typeof OrganisationFormSchema>

/** The form's starting values: an existing organisation's, or a blank municipality. */
export function organisationFormValues(org: Organisation | null, lang: 'sv' | 'en'): OrganisationFormValues {
  return {
    name: org?.name ?? '',
    kind: org?.kind ?? 'municipality',
    orgNumber: org?.orgNumber ?? '',
    sector: org?.sector ?? '',
    size: numberText(org?.size ?? null, lang, { grouping: false }),
    sizeUnit: org?.sizeUnit ?? 'inhabitants',
    address: org?.address ?? '',
    website: org?.website ?? '',
    notes: org?.notes ?? '',
    tags: org?.tags.join(', ') ?? ''
  }
}

/** The row to store from valid form output; keeps id, goals and createdAt of an existing organisation. */
export function organisationFromForm(
  values: OrganisationFormOutput,
  existing: Organisation | null,
  now: string
): Organisation {
  const parsedNumber = values.orgNumber.trim() === '' ? null : parseOrgNumber(values.orgNumber)
  return {
    ...rowStamp(existing, now),
    name: values.name,
    kind: values.kind,
    orgNumber: parsedNumber?.ok ? parsedNumber.value : null,
    sector: values.sector.trim(),
    size: parseNumber(values.size),
    sizeUnit: values.sizeUnit,
    address: values.address.trim(),
    website: values.website.trim(),
    notes: values.notes,
    tags: splitTags(values.tags),
    goals: existing?.goals ?? []
  }
}
