/**
 * Reads a staged file as the renderer does, piece by piece (portfolio:readPiece), and gives the whole
 * portfolio text back: tests written against the whole text keep checking what arrives.
 */
import type { BackupService } from '@main/services/backups'
import type { ReadImportResult } from '@shared/ipc/portfolio'
import { addPortfolioPiece, parsePortfolioEnvelope } from '@shared/portfolio-file'

export type WholeRead =
  Exclude<ReadImportResult, { outcome: 'read' }> | { outcome: 'read'; text: string; attachments: number }

export async function readWhole(backups: BackupService, token: string, password?: string): Promise<WholeRead> {
  const result = await backups.readStaged(token, password)
  if (result.outcome !== 'read') return result
  if (result.text !== undefined) return { outcome: 'read', text: result.text, attachments: result.attachments }
  const envelope = parsePortfolioEnvelope(result.envelope ?? '')
  if (!envelope.ok) throw new Error(envelope.errors[0]!.message)
  for (let index = 0; index < (result.pieces ?? 0); index++) {
    const piece = await backups.readPiece(token, index)
    if (piece.outcome !== 'piece') throw new Error('piece expired')
    const problem = addPortfolioPiece(envelope.data, piece.table, piece.first, piece.text)
    if (problem) throw new Error(problem.message)
  }
  return { outcome: 'read', text: JSON.stringify(envelope.data), attachments: result.attachments }
}
