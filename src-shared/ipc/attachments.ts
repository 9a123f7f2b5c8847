/**
 * The attachments namespace: files attached to rows. Main stores each file once under its SHA-256,
 * the only name the renderer ever uses for it.
 */
import { z } from 'zod'
import {
  base64Text,
  Cancelled,
  FileAction,
  NoInput,
  Sha256,
  TooLarge,
  Unsupported,
  type NamespaceContract
} from './common'

/** Largest attachment: base64 of it must still fit the browser bridge's 64 MB request limit. */
export const MAX_ATTACHMENT_BYTES = 45 * 1024 * 1024

/** An attachment's file as main stored it; the renderer makes the row. */
export const AttachmentFile = z.strictObject({
  name: z.string().min(1).max(255),
  sha256: Sha256,
  size: z.number().int().nonnegative(),
  mimeType: z.string().max(200)
})
export type AttachmentFile = z.infer<typeof AttachmentFile>

const Added = z.strictObject({ outcome: z.literal('added'), files: z.array(AttachmentFile) })

/**
 * "Öppna" of a file whose type could run code (anything off main's allow-list of documents and
 * images): main showed it in its folder instead, and says which extension was refused.
 */
const ShownInstead = z.strictObject({ outcome: z.literal('shown-instead'), extension: z.string().max(40) })
const BySha256 = z.strictObject({ sha256: Sha256 })

export const attachmentsContract = {
  'attachments:choose': {
    input: NoInput,
    output: z.discriminatedUnion('outcome', [Added, Cancelled, Unsupported, TooLarge])
  },
  'attachments:upload': {
    input: z.strictObject({
      fileName: z.string().max(10_000),
      mimeType: z.string().max(200),
      dataBase64: base64Text(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 8)
    }),
    output: z.discriminatedUnion('outcome', [Added, TooLarge])
  },
  'attachments:open': { input: BySha256, output: z.union([FileAction, ShownInstead]) },
  'attachments:show': { input: BySha256, output: FileAction },
  'attachments:release': { input: BySha256, output: z.strictObject({ outcome: z.enum(['deleted', 'missing']) }) },
  /**
   * The files no row refers to any more, after an import, a restore or a cascade delete whose undo
   * window closed: main deletes those named (never any other), except a file it handed out moments ago.
   */
  'attachments:sweep': {
    input: z.strictObject({ hashes: z.array(Sha256).max(1_000_000) }),
    output: z.strictObject({ deleted: z.number().int().nonnegative(), kept: z.number().int().nonnegative() })
  }
} as const satisfies NamespaceContract<'attachments'>
