/** The workshop form: values as edited, and the zod schema that turns them into a row. */
import { z } from 'zod'
import { LocalDateTime, type Workshop } from '@shared/entities'
import { fieldErrors, numberField, type FieldErrors } from '@renderer/features/areas'

export type WorkshopFormValues = {
  engagementId: string
  title: string
  date: string
  time: string
  digital: boolean
  place: string
  /** A library question's id, or '' for a question written new. */
  questionId: string
  startingQuestion: string
  purpose: string
  /** One agenda item per line. */
  agenda: string
  participantCount: string
  notes: string
}

/** The values of an existing workshop, or a new one's defaults. */
export function workshopToForm(w: Workshop | null, engagementId: string): WorkshopFormValues {
  return {
    engagementId: w?.engagementId ?? engagementId,
    title: w?.title ?? '',
    date: w?.startsAt.slice(0, 10) ?? '',
    time: w?.startsAt.slice(11, 16) ?? '09:00',
    digital: w?.digital ?? false,
    place: w?.place ?? '',
    questionId: w?.questionId ?? '',
    startingQuestion: w?.startingQuestion ?? '',
    purpose: w?.purpose ?? '',
    agenda: w?.agenda.join('\n') ?? '',
    participantCount: w?.participantCount === null || w === null ? '' : String(w.participantCount),
    notes: w?.notes ?? ''
  }
}

export const workshopFormSchema = z
  .object({
    engagementId: z.string().min(1, 'inputError.required'),
    title: z.string().trim().max(300, 'inputError.tooLong'),
    date: z.string().refine((d) => z.iso.date().safeParse(d).success, 'inputError.date'),
    time: z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'inputError.time'),
    digital: z.boolean(),
    place: z.string().trim().max(500, 'inputError.tooLong'),
    questionId: z.string(),
    startingQuestion: z.string().trim().max(1000, 'inputError.tooLong'),
    purpose: z.string(),
    agenda: z.string(),
    participantCount: numberField({ min: 0, integer: true }),
    notes: z.string()
  })
  .superRefine((v, ctx) => {
    if (!LocalDateTime.safeParse(`${v.date}T${v.time}`).success) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'inputError.date' })
    }
  })

/** The workshop row fields from the form (id and timestamps come from the caller), or errors per field. */
export function formToWorkshop(
  id: string,
  values: WorkshopFormValues
): { ok: true; workshop: Omit<Workshop, 'createdAt' | 'updatedAt' | 'questionId'> } | { ok: false; errors: FieldErrors } {
  const parsed = workshopFormSchema.safeParse(values)
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) }
  const v = parsed.data
  return {
    ok: true,
    workshop: {
      id,
      engagementId: v.engagementId,
      title: v.title,
      startsAt: `${v.date}T${v.time}`,
      place: v.place,
      digital: v.digital,
      startingQuestion: v.startingQuestion,
      purpose: v.purpose,
      agenda: v.agenda
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
      participantCount: v.participantCount,
      notes: v.notes
    }
  }
}
