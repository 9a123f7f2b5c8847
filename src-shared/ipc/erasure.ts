/**
 * The erasure namespace (GDPR, issue 13 point 7). The erasure log keeps the ids of erased people in
 * main's data folder, where no import or restore replaces it, so the renderer can erase them again
 * after one. The search lists the frozen documents and backups that still hold an erased person; the
 * renderer gets their names only (a document's id, a backup's file name), never a path.
 */
import { z } from 'zod'
import { Id, Timestamp } from '../entities'
import { BACKUP_NAME_PATTERN } from '../file-names'
import { NoInput, type NamespaceContract } from './common'

const Ids = z.array(Id).max(100_000)

/** Who was erased: a contact (with the participant and evaluation rows linked to it) or a person known by name only. */
export const ErasureKind = z.enum(['contact', 'participant'])
export type ErasureKind = z.infer<typeof ErasureKind>

/** One erasure: ids only, no personal data. */
export const ErasureRecord = z.strictObject({
  kind: ErasureKind,
  contactIds: Ids,
  participantIds: Ids,
  evaluationIds: Ids
})
export type ErasureRecord = z.infer<typeof ErasureRecord>

/** One entry of the log: the record and when it was made (main's clock). */
export const ErasureLogEntry = ErasureRecord.extend({ at: Timestamp })
export type ErasureLogEntry = z.infer<typeof ErasureLogEntry>

const BackupName = z.string().max(200).regex(BACKUP_NAME_PATTERN, 'not a backup file name')

/** What to look for: the person's names (normalised by main), longer texts they wrote, and their row ids. */
export const ErasureSearchRequest = z.strictObject({
  names: z.array(z.string().max(300)).max(50),
  phrases: z.array(z.string().max(10_000)).max(1000),
  ids: Ids
})
export type ErasureSearchRequest = z.infer<typeof ErasureSearchRequest>

/** What still holds the person: frozen documents by id, backups by file name, and what could not be searched. */
export const ErasureSearchResult = z.strictObject({
  documents: z.array(z.strictObject({ id: Id })),
  backups: z.array(z.strictObject({ name: BackupName, encrypted: z.boolean() })),
  /** Encrypted backups not searched because the session is locked. */
  lockedBackups: z.number().int().nonnegative(),
  /** Files that could not be read (damaged, too large, refused by the archive reader). */
  unreadable: z.number().int().nonnegative()
})
export type ErasureSearchResult = z.infer<typeof ErasureSearchResult>

export const erasureContract = {
  /** Appends one erasure to the log. */
  'erasure:record': {
    input: z.strictObject({ record: ErasureRecord }),
    output: z.strictObject({ entries: z.number() })
  },
  /** The whole log, oldest first. */
  'erasure:log': { input: NoInput, output: z.strictObject({ entries: z.array(ErasureLogEntry) }) },
  'erasure:search': { input: ErasureSearchRequest, output: ErasureSearchResult },
  /** Deletes files the last search listed (and nothing else). */
  'erasure:deleteFiles': {
    input: z.strictObject({ documents: z.array(Id).max(10_000), backups: z.array(BackupName).max(10_000) }),
    /** What was deleted (or was already gone), and how many could not be. */
    output: z.strictObject({
      documents: z.array(Id),
      backups: z.array(BackupName),
      failed: z.number().int().nonnegative()
    })
  }
} as const satisfies NamespaceContract<'erasure'>
