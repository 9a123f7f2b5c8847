/** Writing evaluations, and reading them together with their workshop for the aggregated views. */
import { z } from 'zod'
import { Evaluation, type Workshop } from '@shared/entities'
import type { MatbarDb } from '@renderer/db/db'
import { fieldErrors, gradeField, type FieldErrors } from '@renderer/features/areas/form-input'
import { newId } from '@renderer/features/workshops/workshop-store'

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

export const EMPTY_DRAFT: EvaluationDraft = {
  overall: '',
  content: '',
  delivery: '',
  comment: '',
  quotable: false,
  name: '',
  contactId: ''
}

/** The entry row's schema: grades 1–6 or blank, the rest free text. */
export const evaluationDraftSchema = z.object({
  overall: gradeField,
  content: gradeField,
  delivery: gradeField,
  comment: z.string().max(10_000, 'inputError.tooLong'),
  quotable: z.boolean(),
  name: z.string().trim().max(500, 'inputError.tooLong'),
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
  const parsed = evaluationDraftSchema.safeParse(draft)
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

/** Saves one evaluation row. */
export async function addEvaluation(db: MatbarDb, row: Evaluation): Promise<void> {
  await db.evaluations.add(Evaluation.parse(row))
}

/** Changes consent or the reference pick; a comment without consent can never be a reference. */
export async function setEvaluationFlags(
  db: MatbarDb,
  id: string,
  flags: { quotable?: boolean; reference?: boolean },
  now: string
): Promise<void> {
  await db.transaction('rw', db.evaluations, async () => {
    const row = await db.evaluations.get(id)
    if (!row) return
    const quotable = flags.quotable ?? row.quotable
    const reference = quotable && (flags.reference ?? row.reference)
    await db.evaluations.put({ ...row, quotable, reference, updatedAt: now })
  })
}

/** Deletes one evaluation row. */
export async function deleteEvaluation(db: MatbarDb, id: string): Promise<void> {
  await db.evaluations.delete(id)
}

/** The evaluations of a set of workshops, grouped per workshop, workshops oldest first. */
export type WorkshopEvaluations = { workshop: Workshop; client: string; evaluations: Evaluation[] }

/** Every workshop (optionally of one organisation) with its evaluations, by date. */
export async function evaluationsByWorkshop(db: MatbarDb, organisationId?: string): Promise<WorkshopEvaluations[]> {
  const [organisations, engagements, workshops, evaluations] = await Promise.all([
    db.organisations.toArray(),
    organisationId === undefined
      ? db.engagements.toArray()
      : db.engagements.where('organisationId').equals(organisationId).toArray(),
    db.workshops.orderBy('startsAt').toArray(),
    db.evaluations.toArray()
  ])
  const orgName = new Map(organisations.map((o) => [o.id, o.name]))
  const clientOf = new Map(engagements.map((e) => [e.id, orgName.get(e.organisationId) ?? '']))
  const byWorkshop = new Map<string, Evaluation[]>()
  for (const e of evaluations) {
    const list = byWorkshop.get(e.workshopId)
    if (list) list.push(e)
    else byWorkshop.set(e.workshopId, [e])
  }
  return workshops
    .filter((w) => clientOf.has(w.engagementId))
    .map((w) => ({ workshop: w, client: clientOf.get(w.engagementId) ?? '', evaluations: byWorkshop.get(w.id) ?? [] }))
}
