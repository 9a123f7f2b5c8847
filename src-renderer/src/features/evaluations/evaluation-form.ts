/** The fast-entry row of an evaluation: the values as typed, and the zod schema that turns them into a row. */
import { z } from 'zod'
import { Evaluation } from '@shared/entities'
import { FORM_PARSE_OPTIONS, fieldErrors, gradeField, type FieldErrors } from '@renderer/forms'
import { newId } from '@renderer/lib/ids'

/** One row of the fast-entry grid, as typed. */
export type EvaluationDraft = {
  overall: string
  content: string
  delivery: string
  comment: string
  quotable: boolean
  name: string
  contactId: string
}

/** The fields of a draft, in the order of the entry row. */
export const DRAFT_FIELDS = ['overall', 'content', 'delivery', 'comment', 'quotable', 'name', 'contactId'] as const

export const EMPTY_DRAFT: EvaluationDraft = {
  overall: '',
  content: '',
  delivery: '',
  comment: '',
  quotable: false,
  name: '',
  contactId: ''
}

/** The entry row's schema: grades 1–6 or blank, the rest free text within the entity's limits. */
export const evaluationDraftSchema = z.object({
  overall: gradeField,
  content: gradeField,
  delivery: gradeField,
  comment: Evaluation.shape.comment,
  quotable: z.boolean(),
  name: z.string().trim().pipe(Evaluation.shape.name),
  contactId: z.string()
})

/** True when the row holds nothing at all (an untouched entry row is not an evaluation). */
export function isBlankDraft(d: EvaluationDraft): boolean {
  return [d.overall, d.content, d.delivery, d.comment, d.name, d.contactId].every((s) => s.trim() === '')
}

/** The problems of a draft per field, or the evaluation row it gives. */
export function draftToEvaluation(
  workshopId: string,
  draft: EvaluationDraft,
  now: string
): { ok: true; row: Evaluation } | { ok: false; errors: FieldErrors } {
  const parsed = evaluationDraftSchema.safeParse(draft, FORM_PARSE_OPTIONS)
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) }
  const v = parsed.data
  const row = Evaluation.parse({
    id: newId(),
    createdAt: now,
    updatedAt: now,
    workshopId,
    overall: v.overall,
    content: v.content,
    delivery: v.delivery,
    comment: v.comment.trim(),
    quotable: v.quotable,
    reference: false,
    name: v.name,
    contactId: v.contactId === '' ? null : v.contactId
  })
  return { ok: true, row }
}
