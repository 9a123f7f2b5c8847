/** The workshop form: values as edited, and the zod schema that turns them into a row. */
import { z } from 'zod'
import { LocalDateTime, Workshop } from '@shared/entities'
import { FORM_ERRORS, FORM_PARSE_OPTIONS, fieldErrors, numberField, type FieldErrors } from '@renderer/forms'
import type { ParticipantDraft } from './commands'

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
  /** The named participants, as edited (rows with neither a name nor a contact are dropped on save). */
  participants: ParticipantDraft[]
}

/** The values of an existing workshop with its participants, or a new one's defaults. */
export function workshopToForm(
  w: Workshop | null,
  engagementId: string,
  participants: ParticipantDraft[] = []
): WorkshopFormValues {
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
    notes: w?.notes ?? '',
    participants
  }
}

const participantDraft = z.object({
  id: z.string().nullable(),
  contactId: z.string().nullable(),
  name: z.string(),
  role: z.string()
})

/** The form schema: each field's own check (the entity's limits), and a real local date and time. */
export const workshopFormSchema = z
  .object({
    engagementId: z.string().min(1),
    title: z.string().trim().pipe(Workshop.shape.title),
    date: z.string().refine((d) => z.iso.date().safeParse(d).success, FORM_ERRORS.date),
    time: z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, FORM_ERRORS.time),
    digital: z.boolean(),
    place: z.string().trim().pipe(Workshop.shape.place),
    questionId: z.string(),
    startingQuestion: z.string().trim().pipe(Workshop.shape.startingQuestion),
    purpose: Workshop.shape.purpose,
    agenda: z.string(),
    participantCount: numberField({ min: 0, integer: true }),
    notes: Workshop.shape.notes,
    participants: z.array(participantDraft)
  })
  .superRefine((v, ctx) => {
    if (!LocalDateTime.safeParse(`${v.date}T${v.time}`).success) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: FORM_ERRORS.date })
    }
  })

export type WorkshopFormOutput = z.output<typeof workshopFormSchema>

/** The workshop row fields (id and timestamps come from the caller) and the named participants to keep. */
export function workshopFromForm(
  id: string,
  v: WorkshopFormOutput
): { workshop: Omit<Workshop, 'createdAt' | 'updatedAt' | 'questionId'>; participants: ParticipantDraft[] } {
  return {
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
    },
    participants: v.participants.filter((p) => p.name.trim() !== '' || p.contactId !== null)
  }
}

/** The workshop from the form's values, or the problems per field as error keys. */
export function formToWorkshop(
  id: string,
  values: WorkshopFormValues
): ({ ok: true } & ReturnType<typeof workshopFromForm>) | { ok: false; errors: FieldErrors } {
  const parsed = workshopFormSchema.safeParse(values, FORM_PARSE_OPTIONS)
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) }
  return { ok: true, ...workshopFromForm(id, parsed.data) }
}
