/**
 * The contract of Word documents and branding (spread into contract.ts). The renderer names a saved
 * document by its id only; main builds every path and keeps frozen copies in <dataFolder>/documents.
 */
import { z } from 'zod'
import type { DOCUMENT_CHANNELS } from './document-channels'
import { DocumentImage, DocumentRequest, MAX_LOGO_BYTES } from './document-model'
import { DocumentRecord, Id } from './entities'
import { BrandingSettings } from './branding'
import { Settings } from './settings'

const NoInput = z.undefined()
const ById = z.strictObject({ id: Id })

/** What became of an export: saved where the user chose, cancelled, or kept and handed back for a download. */
export const SaveDocumentResult = z.discriminatedUnion('outcome', [
  /** `record` is the row for the documents table; the renderer stores it. */
  z.strictObject({ outcome: z.literal('saved'), record: DocumentRecord }),
  z.strictObject({ outcome: z.literal('cancelled') }),
  /** Browser harness: the frozen copy is kept; the renderer reads it and downloads it under `record.fileName`. */
  z.strictObject({ outcome: z.literal('download'), record: DocumentRecord })
])
export type SaveDocumentResult = z.infer<typeof SaveDocumentResult>

/** A desktop action's answer; 'unsupported' in the browser harness, 'missing' when the frozen copy is gone. */
export const DesktopActionResult = z.strictObject({ result: z.enum(['done', 'unsupported', 'missing']), message: z.string().optional() })

/** A logo uploaded from the renderer (browser harness), checked again by main from its bytes. */
export const LogoUpload = z.strictObject({
  base64: z
    .string()
    .max(Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 8)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64')
})

export const documentsContract = {
  'documents:save': { input: DocumentRequest, output: SaveDocumentResult },
  /** The frozen copies kept in the data folder, by document id. */
  'documents:list': { input: NoInput, output: z.array(z.strictObject({ id: Id, size: z.number().int().nonnegative() })) },
  /** The bytes of a frozen copy, for the in-app preview and the harness download. */
  'documents:read': { input: ById, output: z.strictObject({ base64: z.string() }) },
  'documents:open': { input: ById, output: DesktopActionResult },
  'documents:showInFolder': { input: ById, output: DesktopActionResult },
  /** The branding alone (the settings page's language must not be re-read by the branding form). */
  'branding:get': { input: NoInput, output: BrandingSettings },
  'branding:chooseLogo': {
    input: NoInput,
    output: z.strictObject({ outcome: z.enum(['chosen', 'cancelled', 'unsupported']), settings: Settings })
  },
  /** Sets (from uploaded bytes) or removes (null) the logo. */
  'branding:setLogo': { input: z.strictObject({ logo: LogoUpload.nullable() }), output: Settings },
  'branding:getLogo': { input: NoInput, output: DocumentImage.nullable() }
} as const satisfies Record<(typeof DOCUMENT_CHANNELS)[number], { input: z.ZodType; output: z.ZodType }>
