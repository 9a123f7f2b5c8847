/**
 * The backups namespace: automatic and manual backups in a folder main keeps, their encryption, and the
 * last backup when the window closes. The renderer names a backup by its file name, checked against
 * the backup name pattern; main builds every path.
 */
import { z } from 'zod'
import { TABLE_NAMES } from '../entities'
import { BACKUP_NAME_PATTERN, BACKUP_REASONS } from '../file-names'
import { Cancelled, FileAction, NoInput, Sha256, Unsupported, type NamespaceContract } from './common'
import { ImportOpened, Password, WriteToken } from './portfolio'

/** Shortest password accepted for encryption. */
export const MIN_PASSWORD_LENGTH = 8

const BackupName = z.string().max(200).regex(BACKUP_NAME_PATTERN, 'not a backup file name')

/** Row counts per table, as shown in the backup list. */
export const RowCounts = z.partialRecord(z.enum(TABLE_NAMES), z.number().int().nonnegative())
export type RowCounts = z.infer<typeof RowCounts>

/** One backup file as listed in Inställningar. */
export const BackupInfo = z.strictObject({
  name: BackupName,
  createdAt: z.iso.datetime(),
  reason: z.enum(BACKUP_REASONS),
  encrypted: z.boolean(),
  size: z.number().int().nonnegative(),
  /** Null when the file could not be read (damaged) or predates counts. */
  counts: RowCounts.nullable(),
  attachmentCount: z.number().int().nonnegative().nullable(),
  /**
   * Why retention keeps this backup whatever the daily rule says (services/retention.ts): a safety
   * backup (before an upgrade or a restore) within its 30 days, or the newest backup of a much larger
   * portfolio than today's. Absent when it follows the daily rule.
   */
  pinned: z.enum(['safety', 'larger-portfolio']).optional()
})
export type BackupInfo = z.infer<typeof BackupInfo>

export const BackupStatus = z.strictObject({
  folder: z.string(),
  isDefaultFolder: z.boolean(),
  encryption: z.strictObject({ enabled: z.boolean(), unlocked: z.boolean() }),
  backups: z.array(BackupInfo),
  /** Files in the folder that look like backups but could not be listed (e.g. unreadable). */
  problems: z.array(z.string())
})
export type BackupStatus = z.infer<typeof BackupStatus>

export const backupsContract = {
  'backups:status': { input: NoInput, output: BackupStatus },
  /** Ends a backup written in pieces (portfolio:writeBegin with purpose backup). */
  'backups:finish': {
    input: z.strictObject({ token: WriteToken, attachments: z.array(Sha256).max(1_000_000) }),
    output: z.discriminatedUnion('outcome', [
      z.strictObject({ outcome: z.literal('written'), backup: BackupInfo, missingAttachments: z.number().int() }),
      z.strictObject({ outcome: z.literal('expired') })
    ])
  },
  'backups:open': { input: z.strictObject({ name: BackupName }), output: ImportOpened },
  'backups:chooseFolder': {
    input: NoInput,
    output: z.discriminatedUnion('outcome', [
      z.strictObject({ outcome: z.literal('chosen'), folder: z.string() }),
      Cancelled,
      Unsupported
    ])
  },
  'backups:resetFolder': { input: NoInput, output: z.strictObject({ folder: z.string() }) },
  'backups:showFolder': { input: NoInput, output: FileAction },
  'backups:setEncryption': {
    input: z.strictObject({ enabled: z.boolean(), password: Password }),
    output: z.strictObject({
      outcome: z.enum(['enabled', 'disabled', 'wrong-password', 'too-short']),
      /** With 'enabled': how many clear backups from before are still in the folder (see backups:handleClear). */
      clearBackups: z.number().int().nonnegative().optional()
    })
  },
  /** Encrypts or deletes the clear backups left in the backup folder once encryption is on. */
  'backups:handleClear': {
    input: z.strictObject({ action: z.enum(['encrypt', 'delete']) }),
    output: z.discriminatedUnion('outcome', [
      z.strictObject({
        outcome: z.enum(['encrypted', 'deleted']),
        count: z.number().int().nonnegative(),
        /** Files that could not be encrypted or deleted; they are left as they were. */
        failed: z.array(BackupName)
      }),
      z.strictObject({ outcome: z.literal('locked') }),
      z.strictObject({ outcome: z.literal('not-enabled') })
    ])
  },
  'backups:unlock': {
    input: z.strictObject({ password: Password }),
    output: z.strictObject({ outcome: z.enum(['unlocked', 'wrong-password', 'not-enabled']) })
  },
  'backups:awaitQuit': { input: NoInput, output: z.strictObject({ quitting: z.boolean() }) },
  'backups:quitReady': { input: NoInput, output: z.null() }
} as const satisfies NamespaceContract<'backups'>
