/**
 * The personal-data export of one person (GDPR right of access): everything the app holds about a
 * contact, as one JSON document. Built by the renderer from the database, validated again in the main
 * process before it is written. Pure: no Node, no DOM.
 */
import { z } from 'zod'
import { Contact, Evaluation, Id, LocalDateTime, Participant, Timestamp } from './entities'

export const PERSONAL_DATA_FORMAT = 'matbar-personal-data'

/** One workshop the person attended: the participant row and where and when the workshop was. */
export const AttendedWorkshop = z.strictObject({
  participant: Participant,
  workshop: z
    .strictObject({ id: Id, title: z.string().max(300), startsAt: LocalDateTime, place: z.string().max(500) })
    .nullable(),
  organisationName: z.string().max(300).nullable()
})
export type AttendedWorkshop = z.infer<typeof AttendedWorkshop>

/**
 * The export file's content. `contact` is null for a person recorded by name only (a workshop
 * participant without a contact row): the same file, with their participant rows and evaluations.
 */
export const PersonalDataExport = z
  .strictObject({
    format: z.literal(PERSONAL_DATA_FORMAT),
    version: z.literal(1),
    exportedAt: Timestamp,
    contact: Contact.nullable(),
    organisation: z.strictObject({ id: Id, name: z.string().max(300) }).nullable(),
    workshopsAttended: z.array(AttendedWorkshop).max(100_000),
    evaluations: z.array(Evaluation).max(100_000)
  })
  .refine((data) => data.contact !== null || data.workshopsAttended.length > 0, {
    message: 'a person recorded by name only is known from at least one workshop',
    path: ['workshopsAttended']
  })
export type PersonalDataExport = z.infer<typeof PersonalDataExport>

/** The person's name as the export holds it: the contact's, or the name in their participant rows. */
export function personalDataName(data: PersonalDataExport): string {
  return data.contact?.name ?? data.workshopsAttended[0]?.participant.name ?? ''
}

/**
 * A file name for the export: "personuppgifter-<name>-<date>.json" with the name reduced to letters,
 * digits and hyphens, so it is safe on every file system (no path separators, no reserved characters).
 */
export function personalDataFileName(personName: string, exportedAt: string): string {
  const slug =
    personName
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'person'
  return `personuppgifter-${slug}-${exportedAt.slice(0, 10)}.json`
}
