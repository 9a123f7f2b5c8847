/**
 * The contract of files, backups, import/export and attachments (spread into contract.ts).
 * Everything the renderer names is an id: a SHA-256, a backup file name matching its pattern, a
 * one-time import token. Paths are built and checked by main only.
 */
import { z } from 'zod'
import { TABLE_NAMES } from './entities'
import { BACKUP_NAME_PATTERN, BACKUP_REASONS, SHA256_PATTERN } from './file-names'
import { MAX_PORTFOLIO_TEXT_LENGTH } from './portfolio-file'
import type { FILE_CHANNELS } from './file-channels'

/** Largest attachment: base64 of it must still fit the browser bridge's 64 MB request limit. */
export const MAX_ATTACHMENT_BYTES = 45 * 1024 * 1024
/** Largest export or backup file read for an import (uploads in the browser are capped by the bridge). */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024
/** Shortest password accepted for encryption. */
export const MIN_PASSWORD_LENGTH = 8

const Sha256 = z.string().regex(SHA256_PATTERN, 'expected a SHA-256 in lower-case hex')
const BackupName = z.string().max(200).regex(BACKUP_NAME_PATTERN, 'not a backup file name')
const Token = z.string().regex(/^[0-9a-f]{32}$/, 'not an import token')
const Base64 = z.string().max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 8).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64')
const ImportBase64 = z.string().max(70 * 1024 * 1024).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64')
const Password = z.string().min(1).max(1024)
const PortfolioText = z.string().max(MAX_PORTFOLIO_TEXT_LENGTH)
const NoInput = z.undefined()

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
  attachmentCount: z.number().int().nonnegative().nullable()
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

/** What the renderer hands main to write: the portfolio JSON and the attachments it references. */
const PortfolioPayload = {
  text: PortfolioText,
  attachments: z.array(Sha256).max(1_000_000)
}

export const BackupCreateResult = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('written'), backup: BackupInfo, missingAttachments: z.number().int() }),
  /** Encryption is on but no password has been given this session: nothing was written. */
  z.strictObject({ outcome: z.literal('locked') })
])

const Unsupported = z.strictObject({ outcome: z.literal('unsupported') })
const Cancelled = z.strictObject({ outcome: z.literal('cancelled') })

/** A file staged for import: read by main, kept in memory under a one-time token. */
export const ImportOpened = z.strictObject({
  outcome: z.literal('opened'),
  token: Token,
  fileName: z.string(),
  encrypted: z.boolean()
})

export const ReadImportResult = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('read'), text: PortfolioText, attachments: z.number().int().nonnegative() }),
  z.strictObject({ outcome: z.literal('password-required') }),
  z.strictObject({ outcome: z.literal('wrong-password') }),
  /** The file is not a Mätbar export or is damaged or tampered with; `path` says where. */
  z.strictObject({ outcome: z.literal('damaged'), path: z.string(), message: z.string() }),
  z.strictObject({ outcome: z.literal('expired') })
])
export type ReadImportResult = z.infer<typeof ReadImportResult>

/** An attachment's file as main stored it; the renderer makes the row. */
export const AttachmentFile = z.strictObject({
  name: z.string().min(1).max(255),
  sha256: Sha256,
  size: z.number().int().nonnegative(),
  mimeType: z.string().max(200)
})
export type AttachmentFile = z.infer<typeof AttachmentFile>

const TooLarge = z.strictObject({ outcome: z.literal('too-large'), fileName: z.string(), limit: z.number() })
const FileAction = z.strictObject({ outcome: z.enum(['done', 'missing', 'unsupported']) })

export const filesContract = {
  'backups:status': { input: NoInput, output: BackupStatus },
  'backups:create': {
    input: z.strictObject({ ...PortfolioPayload, reason: z.enum(BACKUP_REASONS) }),
    output: BackupCreateResult
  },
  'backups:open': { input: z.strictObject({ name: BackupName }), output: ImportOpened },
  'backups:chooseFolder': { input: NoInput, output: z.discriminatedUnion('outcome', [z.strictObject({ outcome: z.literal('chosen'), folder: z.string() }), Cancelled, Unsupported]) },
  'backups:resetFolder': { input: NoInput, output: z.strictObject({ folder: z.string() }) },
  'backups:showFolder': { input: NoInput, output: FileAction },
  'backups:setEncryption': {
    input: z.strictObject({ enabled: z.boolean(), password: Password }),
    output: z.strictObject({ outcome: z.enum(['enabled', 'disabled', 'wrong-password', 'too-short']) })
  },
  'backups:unlock': {
    input: z.strictObject({ password: Password }),
    output: z.strictObject({ outcome: z.enum(['unlocked', 'wrong-password', 'not-enabled']) })
  },
  'backups:awaitQuit': { input: NoInput, output: z.strictObject({ quitting: z.boolean() }) },
  'backups:quitReady': { input: NoInput, output: z.null() },
  'portfolio:export': {
    input: z.strictObject({ ...PortfolioPayload, encrypt: z.boolean() }),
    output: z.discriminatedUnion('outcome', [
      z.strictObject({ outcome: z.literal('saved'), fileName: z.string(), missingAttachments: z.number().int() }),
      z.strictObject({ outcome: z.literal('download'), fileName: z.string(), dataBase64: z.string(), missingAttachments: z.number().int() }),
      Cancelled,
      z.strictObject({ outcome: z.literal('locked') })
    ])
  },
  'portfolio:pickImport': { input: NoInput, output: z.discriminatedUnion('outcome', [ImportOpened, Cancelled, Unsupported, TooLarge]) },
  'portfolio:uploadImport': {
    input: z.strictObject({ fileName: z.string().max(1000), dataBase64: ImportBase64 }),
    output: z.discriminatedUnion('outcome', [ImportOpened, TooLarge])
  },
  'portfolio:readImport': {
    input: z.strictObject({ token: Token, password: Password.optional() }),
    output: ReadImportResult
  },
  'attachments:choose': {
    input: NoInput,
    output: z.discriminatedUnion('outcome', [
      z.strictObject({ outcome: z.literal('added'), files: z.array(AttachmentFile) }),
      Cancelled,
      Unsupported,
      TooLarge
    ])
  },
  'attachments:upload': {
    input: z.strictObject({ fileName: z.string().max(10_000), mimeType: z.string().max(200), dataBase64: Base64 }),
    output: z.discriminatedUnion('outcome', [z.strictObject({ outcome: z.literal('added'), files: z.array(AttachmentFile) }), TooLarge])
  },
  'attachments:open': { input: z.strictObject({ sha256: Sha256 }), output: FileAction },
  'attachments:show': { input: z.strictObject({ sha256: Sha256 }), output: FileAction },
  'attachments:release': { input: z.strictObject({ sha256: Sha256 }), output: z.strictObject({ outcome: z.enum(['deleted', 'missing']) }) }
} as const satisfies Record<(typeof FILE_CHANNELS)[number], { input: z.ZodType; output: z.ZodType }>
