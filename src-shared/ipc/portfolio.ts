/**
 * The portfolio namespace: exporting the portfolio to a file and reading one back for an import.
 * A file to import is staged by main under a one-time token; the renderer never names a path.
 */
import { z } from 'zod'
import { TABLE_NAMES } from '../entities'
import { BACKUP_REASONS } from '../file-names'
import { MAX_PORTFOLIO_TEXT_LENGTH } from '../portfolio-file'
import { base64Text, Cancelled, NoInput, Sha256, TooLarge, Unsupported, type NamespaceContract } from './common'

/** Largest export or backup file read for an import (uploads in the browser are capped by the bridge). */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024

const Token = z.string().regex(/^[0-9a-f]{32}$/, 'not an import token')
const PortfolioText = z.string().max(MAX_PORTFOLIO_TEXT_LENGTH)
/** The password of an encrypted export or backup. */
export const Password = z.string().min(1).max(1024)

/**
 * Longest piece of portfolio JSON one portfolio:writeChunk carries. The renderer sends about 4 MB at a
 * time; a single row longer than that goes alone, up to this cap.
 */
export const MAX_WRITE_CHUNK_LENGTH = 32 * 1024 * 1024

/** Largest piece of portfolio JSON one portfolio:writeChunk carries as bytes (under the bridge's 64 MiB body). */
export const MAX_WRITE_CHUNK_BYTES = 48 * 1024 * 1024

/** Largest piece of an upload: 8 MiB of the file, sent as bytes (no base64). */
export const MAX_UPLOAD_PIECE_BYTES = 8 * 1024 * 1024

/** Longest envelope of a file read in pieces (the file without its rows: a few hundred bytes when honest). */
export const MAX_ENVELOPE_LENGTH = 1024 * 1024

/** What a write session makes: an export file, or a backup in the backup folder. */
export const WritePurpose = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('export'), encrypt: z.boolean() }),
  z.strictObject({ kind: z.literal('backup'), reason: z.enum(BACKUP_REASONS) })
])
export type WritePurpose = z.infer<typeof WritePurpose>

/** The token of a write session (portfolio:writeBegin). */
export const WriteToken = z.string().regex(/^[0-9a-f]{32}$/, 'not a write token')

/** A file staged for import: read by main, kept in memory under a one-time token. */
export const ImportOpened = z.strictObject({
  outcome: z.literal('opened'),
  token: Token,
  fileName: z.string(),
  encrypted: z.boolean()
})
export type ImportOpened = z.infer<typeof ImportOpened>

/** Why a file to import cannot be read, for the renderer's own words (the message stays as detail). */
export const DAMAGED_CODES = [
  'not-zip',
  'not-text',
  'no-portfolio',
  'duplicate-entry',
  'unexpected-entry',
  'unsafe-name',
  'too-large',
  'hash-mismatch',
  'entry-damaged',
  'too-slow',
  'attachment-type',
  'encryption-damaged',
  'encryption-newer',
  'encryption-tampered',
  'encryption-cut-short'
] as const
export type DamagedCode = (typeof DAMAGED_CODES)[number]

export const ReadImportResult = z.discriminatedUnion('outcome', [
  /**
   * The file was read; `attachments` files it brings are staged (not yet in the attachments folder)
   * under the same token, until portfolio:commitImport moves them or portfolio:discardImport drops them.
   */
  z.strictObject({
    outcome: z.literal('read'),
    /** The whole text: only for a file not shaped like a portfolio (an old raw dump, a broken file); pieces is 0. */
    text: PortfolioText.optional(),
    /** The file with every table's rows left out; the rows come in `pieces` pieces (portfolio:readPiece). */
    envelope: z.string().max(MAX_ENVELOPE_LENGTH).optional(),
    pieces: z.number().int().nonnegative().optional(),
    attachments: z.number().int().nonnegative()
  }),
  z.strictObject({ outcome: z.literal('password-required') }),
  z.strictObject({ outcome: z.literal('wrong-password') }),
  /** The file is not a Mätbar export or is damaged or tampered with; `path` says where. */
  z.strictObject({
    outcome: z.literal('damaged'),
    path: z.string(),
    message: z.string(),
    code: z.enum(DAMAGED_CODES).optional()
  }),
  z.strictObject({ outcome: z.literal('expired') })
])
export type ReadImportResult = z.infer<typeof ReadImportResult>

export const portfolioContract = {
  /**
   * Starts writing an export or a backup in pieces: then portfolio:writeChunk for each piece of the
   * portfolio JSON in order, and portfolio:writeFinish (export) or backups:finish (backup) with the
   * attachments; portfolio:writeAbort drops it. A session idle for five minutes is dropped, its file deleted.
   */
  'portfolio:writeBegin': {
    input: z.strictObject({
      purpose: WritePurpose,
      /** Rows per table, for the archive's manifest and the backup list. */
      counts: z.partialRecord(z.enum(TABLE_NAMES), z.number().int().nonnegative())
    }),
    output: z.discriminatedUnion('outcome', [
      z.strictObject({ outcome: z.literal('begun'), token: WriteToken }),
      z.strictObject({ outcome: z.literal('locked') })
    ])
  },
  'portfolio:writeChunk': {
    input: z
      .strictObject({
        token: WriteToken,
        /** The piece as text (tests and tools). */
        text: z.string().max(MAX_WRITE_CHUNK_LENGTH).optional(),
        /**
         * The piece as UTF-8 bytes (what the app sends): over the harness bridge the request's body itself,
         * over IPC a structured clone; no JSON escaping of JSON text on the way, nor decoding in main.
         */
        data: z
          .instanceof(Uint8Array)
          .refine((data) => data.byteLength <= MAX_WRITE_CHUNK_BYTES, `at most ${MAX_WRITE_CHUNK_BYTES} bytes a piece`)
          .optional(),
        /** The piece's place (0, 1, …): main writes pieces in this order whatever order they arrive in. */
        index: z.number().int().nonnegative().optional()
      })
      .refine((input) => (input.text === undefined) !== (input.data === undefined), 'either text or data, not both'),
    output: z.discriminatedUnion('outcome', [
      /** `bytes`: the archive's size on disk so far. */
      z.strictObject({ outcome: z.literal('written'), bytes: z.number().int().nonnegative() }),
      z.strictObject({ outcome: z.literal('expired') })
    ])
  },
  'portfolio:writeAbort': {
    input: z.strictObject({ token: WriteToken }),
    output: z.strictObject({ outcome: z.enum(['aborted', 'expired']) })
  },
  /** Ends an export: the user picks where it goes (in the browser harness: a one-time download URL). */
  'portfolio:writeFinish': {
    input: z.strictObject({ token: WriteToken, attachments: z.array(Sha256).max(1_000_000) }),
    output: z.discriminatedUnion('outcome', [
      z.strictObject({ outcome: z.literal('saved'), fileName: z.string(), missingAttachments: z.number().int() }),
      z.strictObject({
        outcome: z.literal('download'),
        fileName: z.string(),
        /** Same-origin path the file can be fetched from once (GET). */
        url: z.string().regex(/^\/download\/[0-9a-f]{32}$/),
        missingAttachments: z.number().int()
      }),
      Cancelled,
      z.strictObject({ outcome: z.literal('expired') })
    ])
  },
  'portfolio:pickImport': {
    input: NoInput,
    output: z.discriminatedUnion('outcome', [ImportOpened, Cancelled, Unsupported, TooLarge])
  },
  'portfolio:uploadImport': {
    input: z.strictObject({ fileName: z.string().max(1000), dataBase64: base64Text(70 * 1024 * 1024) }),
    output: z.discriminatedUnion('outcome', [ImportOpened, TooLarge])
  },
  /**
   * A file uploaded in pieces (the browser harness, for files past one request's cap): begin, each
   * piece in order, then finish stages it as portfolio:uploadImport does. Dropped after five idle minutes.
   */
  'portfolio:uploadBegin': {
    input: z.strictObject({ fileName: z.string().max(1000), size: z.number().int().nonnegative() }),
    output: z.discriminatedUnion('outcome', [
      z.strictObject({ outcome: z.literal('begun'), token: WriteToken }),
      TooLarge
    ])
  },
  'portfolio:uploadChunk': {
    input: z.strictObject({
      token: WriteToken,
      /** The piece's bytes: over the harness bridge the request's body itself (application/octet-stream). */
      data: z
        .instanceof(Uint8Array)
        .refine((data) => data.byteLength <= MAX_UPLOAD_PIECE_BYTES, `at most ${MAX_UPLOAD_PIECE_BYTES} bytes a piece`)
    }),
    output: z.strictObject({ outcome: z.enum(['received', 'expired', 'too-large']) })
  },
  'portfolio:uploadFinish': {
    input: z.strictObject({ token: WriteToken }),
    output: z.discriminatedUnion('outcome', [ImportOpened, z.strictObject({ outcome: z.literal('expired') })])
  },
  'portfolio:readImport': {
    input: z.strictObject({ token: Token, password: Password.optional() }),
    output: ReadImportResult
  },
  /** One piece of a file read for import: a run of whole rows of `table` from row `first`, JSON without brackets. */
  'portfolio:readPiece': {
    input: z.strictObject({ token: Token, index: z.number().int().nonnegative() }),
    output: z.discriminatedUnion('outcome', [
      z.strictObject({
        outcome: z.literal('piece'),
        table: z.string().max(1000),
        first: z.number().int().nonnegative(),
        text: z.string().max(MAX_WRITE_CHUNK_LENGTH * 4)
      }),
      z.strictObject({ outcome: z.literal('expired') })
    ])
  },
  /** The import's rows are written (the Dexie transaction committed): its staged attachments move into place. */
  'portfolio:commitImport': {
    input: z.strictObject({ token: Token }),
    output: z.discriminatedUnion('outcome', [
      z.strictObject({ outcome: z.literal('committed'), attachments: z.number().int().nonnegative() }),
      z.strictObject({ outcome: z.literal('expired') })
    ])
  },
  /** The import was cancelled, refused or failed to write: its staged attachments are deleted. */
  'portfolio:discardImport': {
    input: z.strictObject({ token: Token }),
    output: z.strictObject({ outcome: z.enum(['discarded', 'expired']) })
  }
} as const satisfies NamespaceContract<'portfolio'>
