/**
 * The engagement form: the entity's own fields (pick), with value and dates typed as text and checked by
 * the entity's rules after conversion; a new status on edit is appended to the history with its date.
 */
import { z } from 'zod'
import { Engagement, Id } from '@shared/entities'
import { FORM_ERRORS, numberAs, numberText, parseNumber } from '@renderer/forms'
import { newId } from '@renderer/lib/ids'
import { withStatus } from './commands'

const dateText = (field: 'expectedStart' | 'expectedEnd') =>
  z
    .string()
    .refine((v) => Engagement.shape[field].safeParse(v.trim() === '' ? null : v.trim()).success, FORM_ERRORS.date)

export const EngagementFormSchema = Engagement.pick({ title: true, kind: true, status: true, notes: true })
  .extend({
    organisationId: Id.or(z.literal('')).refine((v) => v !== '', FORM_ERRORS.chooseOrganisation),
    valueSek: numberAs(Engagement.shape.valueSek, FORM_ERRORS.amount),
    expectedStart: dateText('expectedStart'),
    expectedEnd: dateText('expectedEnd')
  })
  .refine((v) => v.expectedStart === '' || v.expectedEnd === '' || v.expectedEnd >= v.expectedStart, {
    path: ['expectedEnd'],
    message: FORM_ERRORS.endBeforeStart
  })
export type EngagementFormValues = z.input<typeof EngagementFormSchema>
export type EngagementFormOutput = z.output<typeof EngagementFormSchema>

/** The form's starting values. */
export function engagementFormValues(
  e: Engagement | null,
  organisationId: string,
  lang: 'sv' | 'en'
): EngagementFormValues {
  return {
    organisationId: e?.organisationId ?? organisationId,
    title: e?.title ?? '',
    kind: e?.kind ?? 'workshop',
    status: e?.status ?? 'lead',
    valueSek: numberText(e?.valueSek ?? null, lang, { grouping: false }),
    expectedStart: e?.expectedStart ?? '',
    expectedEnd: e?.expectedEnd ?? '',
    notes: e?.notes ?? ''
  }
}

/** The row to store from valid form output. */
export function engagementFromForm(
  values: EngagementFormOutput,
  existing: Engagement | null,
  now: string,
  createId: () => string = newId
): Engagement {
  const fields = {
    organisationId: values.organisationId,
    title: values.title,
    kind: values.kind,
    valueSek: parseNumber(values.valueSek),
    expectedStart: values.expectedStart.trim() || null,
    expectedEnd: values.expectedEnd.trim() || null,
    notes: values.notes
  }
  if (existing) return withStatus({ ...existing, ...fields, updatedAt: now }, values.status, now)
  return Engagement.parse({
    id: createId(),
    createdAt: now,
    updatedAt: now,
    ...fields,
    status: values.status,
    statusHistory: [{ status: values.status, at: now }]
  })
}
