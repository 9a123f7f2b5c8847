/** The people namespace: a person's personal-data export (its content is src-shared/personal-data.ts). */
import { z } from 'zod'
import { PersonalDataExport } from '../personal-data'
import type { NamespaceContract } from './common'

/** What became of a personal-data export: saved by main, cancelled, or handed back for the renderer to download. */
export const PersonalDataExportResult = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('saved'), fileName: z.string() }),
  z.strictObject({ outcome: z.literal('cancelled') }),
  z.strictObject({ outcome: z.literal('download'), fileName: z.string(), json: z.string() })
])

export const peopleContract = {
  'people:exportPersonalData': { input: z.strictObject({ data: PersonalDataExport }), output: PersonalDataExportResult }
} as const satisfies NamespaceContract<'people'>
