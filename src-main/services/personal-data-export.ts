/** Writes a person's personal-data export (GDPR access request) to a file the user picks. */
import { basename, extname, isAbsolute } from 'node:path'
import type { ChannelOutput } from '@shared/contract'
import { personalDataFileName, personalDataName, type PersonalDataExport } from '@shared/personal-data'
import { writeFileAtomic } from './atomic-write'
import type { Desktop } from './desktop'

/**
 * Serialises the (already contract-validated) export and saves it where the user chooses, atomically.
 * Without a native dialog (browser harness) it hands the file back for the renderer to download.
 */
export async function exportPersonalData(
  desktop: Desktop,
  input: { data: PersonalDataExport }
): Promise<ChannelOutput<'people:exportPersonalData'>> {
  const fileName = personalDataFileName(personalDataName(input.data), input.data.exportedAt)
  const json = `${JSON.stringify(input.data, null, 2)}\n`
  const chosen = await desktop.chooseSavePath({
    title: 'Exportera personuppgifter',
    defaultName: fileName,
    filters: [{ name: 'JSON', extensions: ['json'] }]
  })
  if (chosen === 'unsupported') return { outcome: 'download', fileName, json }
  if (chosen === null) return { outcome: 'cancelled' }
  // The path comes from the native dialog, not from the renderer; still refuse anything relative.
  if (!isAbsolute(chosen)) throw new Error('The save dialog returned a relative path')
  const path = extname(chosen) === '' ? `${chosen}.json` : chosen
  await writeFileAtomic(path, json)
  return { outcome: 'saved', fileName: basename(path) }
}
