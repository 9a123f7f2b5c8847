/**
 * The documents namespace: Word documents. The renderer sends a document's content and names a saved
 * document by its id only; main adds the branding from its settings, builds every path and keeps frozen
 * copies in <dataFolder>/documents.
 */
import { z } from 'zod'
import { FollowUpReportContent, ProposalContent, WorkshopReportContent } from '../document-model'
import { DocumentRecord, Id } from '../entities'
import { NoInput, type NamespaceContract } from './common'

/** What documents:save receives: the kind, the content, and which rows the document belongs to. No branding. */
export const DocumentRequest = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('proposal'),
    engagementId: Id,
    workshopId: Id.nullable(),
    model: ProposalContent
  }),
  z.strictObject({
    kind: z.literal('workshop-report'),
    engagementId: Id,
    workshopId: Id,
    model: WorkshopReportContent
  }),
  z.strictObject({
    kind: z.literal('follow-up-report'),
    engagementId: Id,
    workshopId: z.null(),
    model: FollowUpReportContent
  })
])
export type DocumentRequest = z.infer<typeof DocumentRequest>

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
export const DesktopActionResult = z.strictObject({
  result: z.enum(['done', 'unsupported', 'missing']),
  message: z.string().optional()
})

const ById = z.strictObject({ id: Id })

export const documentsContract = {
  'documents:save': { input: DocumentRequest, output: SaveDocumentResult },
  /** The frozen copies kept in the data folder, by document id. */
  'documents:list': {
    input: NoInput,
    output: z.array(z.strictObject({ id: Id, size: z.number().int().nonnegative() }))
  },
  /** The bytes of a frozen copy, for the in-app preview and the harness download. */
  'documents:read': { input: ById, output: z.strictObject({ base64: z.string() }) },
  'documents:open': { input: ById, output: DesktopActionResult },
  'documents:showInFolder': { input: ById, output: DesktopActionResult }
} as const satisfies NamespaceContract<'documents'>
