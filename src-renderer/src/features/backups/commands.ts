/**
 * The backups feature's writes: the renderer exports the database, main adds the files and writes
 * backups and portfolio files; an import backs up first, then writes in one transaction.
 */
import { useMemo } from 'react'
import type { BackupReason } from '@shared/file-names'
import type { WritePurpose } from '@shared/ipc/portfolio'
import type { Portfolio } from '@shared/portfolio-file'
import type { UpgradeBackupParts } from '@shared/upgrade-backup'
import { unreferencedHashes } from '@renderer/db/attachment-sweep'
import type { MatbarDb } from '@renderer/db/db'
import {
  importCheckedPortfolio,
  importPortfolioText,
  readTablesAsTheyCome,
  sendArrivingPieces,
  sendJsonInPieces,
  type ImportMode,
  type ImportResult,
  type Progress
} from '@renderer/db/export-import'
import type { PlatformApi } from '@renderer/platform/api'
import { useApi, useDb } from '@renderer/platform/services'

let appVersion: string | null = null

/**
 * Pieces of a write on their way at once: the next piece is stringified while main deflates the last,
 * instead of each side waiting for the other (a profile of a backup showed both idle most of the time).
 */
const PIECES_IN_FLIGHT = 2

/** The app version stamped into files; asked once. */
export async function getAppVersion(api: PlatformApi): Promise<string> {
  if (appVersion === null) appVersion = (await api.appInfo()).version
  return appVersion
}

/** What a write session carries: rows per table, and a function that sends them as pieces. */
type WriteContent = {
  counts: Record<string, number>
  /**
   * Sends the whole file through `send`, piece by piece (calls in order, up to two on their way at
   * once); gives the attachment hashes it refers to.
   */
  sendAll: (send: (text: string) => Promise<void>) => Promise<string[]>
}

/**
 * Writes a portfolio in pieces through a write session (portfolio:writeBegin … writeChunk …): main
 * streams it into an archive on disk, so the portfolio never crosses IPC (or the harness bridge) as one
 * string. A failure on the way aborts the session, which deletes its file. `finish` ends it.
 */
async function writeInPieces<T>(
  api: PlatformApi,
  purpose: WritePurpose,
  content: WriteContent,
  finish: (token: string, attachments: string[]) => Promise<T>
): Promise<T | { outcome: 'locked' }> {
  const begun = await api.portfolioWriteBegin({ purpose, counts: content.counts })
  if (begun.outcome === 'locked') return begun
  const { token } = begun
  try {
    // Pieces are numbered in the order they are made; main writes them in that order. Each goes as its
    // text: the harness bridge sends it as its UTF-8 bytes, encoded once into the request's Blob body
    // (platform/transport.ts; as a JSON body it would escape every quote of the JSON text, and encoding
    // it here first costs a second pass); over IPC it is a string, which main encodes off this thread.
    let next = 0
    const attachments = await content.sendAll(async (text) => {
      const written = await api.portfolioWriteChunk({ token, text, index: next++ })
      if (written.outcome === 'expired') throw new Error('the write session expired')
    })
    return await finish(token, attachments)
  } catch (error) {
    await api.portfolioWriteAbort({ token }).catch(() => undefined)
    throw error
  }
}

/**
 * The whole database as a write session's content, read in one read transaction (one moment): the
 * session begins once the counts are in, and each table is sent while the next is still being read.
 */
async function databaseContent(
  db: MatbarDb,
  api: PlatformApi,
  onProgress?: (progress: Progress) => void
): Promise<WriteContent> {
  const version = await getAppVersion(api)
  const arriving = await readTablesAsTheyCome(db)
  return {
    counts: arriving.counts,
    sendAll: async (send) =>
      (await sendArrivingPieces(arriving, version, send, { onProgress, inFlight: PIECES_IN_FLIGHT })).attachments
  }
}

async function finishBackup(api: PlatformApi, token: string, attachments: string[]) {
  const result = await api.backupsFinish({ token, attachments })
  if (result.outcome === 'expired') throw new Error('the write session expired')
  return result
}

/**
 * Writes the backup taken before a database upgrade (db/upgrade-guard.ts gives the raw dump) in pieces
 * like any other backup: the old rows as a portfolio file when they read as one, else the raw dump.
 */
export async function writeUpgradeBackup(api: PlatformApi, parts: UpgradeBackupParts) {
  const counts: Record<string, number> = {}
  for (const [name, rows] of Object.entries(parts.tables)) counts[name] = rows.length
  return writeInPieces(
    api,
    { kind: 'backup', reason: 'before-upgrade' },
    {
      counts,
      sendAll: async (send) => {
        await sendJsonInPieces(parts.head, parts.key, parts.tables, send, { inFlight: PIECES_IN_FLIGHT })
        return parts.attachments
      }
    },
    (token, attachments) => finishBackup(api, token, attachments)
  )
}

/** Exports the database and has main write it as a backup. */
export async function writeBackup(
  db: MatbarDb,
  api: PlatformApi,
  reason: BackupReason,
  onProgress?: (progress: Progress) => void
) {
  return writeInPieces(
    api,
    { kind: 'backup', reason },
    await databaseContent(db, api, onProgress),
    (token, attachments) => finishBackup(api, token, attachments)
  )
}

/** Exports the database and has main save it as a portfolio file (a download in the browser harness). */
export async function exportToFile(
  db: MatbarDb,
  api: PlatformApi,
  encrypt: boolean,
  onProgress?: (progress: Progress) => void
) {
  return writeInPieces(
    api,
    { kind: 'export', encrypt },
    await databaseContent(db, api, onProgress),
    async (token, attachments) => {
      const result = await api.portfolioWriteFinish({ token, attachments })
      if (result.outcome === 'expired') throw new Error('the write session expired')
      return result
    }
  )
}

/**
 * Imports a portfolio (a file's text, or a portfolio already checked) in one transaction. Main staged the file's attachments under the
 * import's token: once the rows are written they are committed (moved into the attachments folder);
 * a refused or failed import discards them, so nothing of it stays on disk. Then the stored files no
 * row refers to any more are swept (the backup written before the import still holds them).
 */
export async function importPortfolio(
  db: MatbarDb,
  api: PlatformApi,
  portfolio: string | Portfolio,
  mode: ImportMode,
  token: string | null = null
): Promise<ImportResult> {
  let result: ImportResult
  try {
    result =
      typeof portfolio === 'string'
        ? await importPortfolioText(db, portfolio, mode)
        : await importCheckedPortfolio(db, portfolio, mode)
  } catch (error) {
    if (token) await discardImport(api, token)
    throw error
  }
  if (!result.ok) {
    if (token) await discardImport(api, token)
    return result
  }
  // Outside the transaction (an IPC call inside one would let it commit early). A failure here is
  // the caller's to show: the rows are written but their new files are not in place.
  if (token) await api.portfolioCommitImport({ token })
  await sweepAttachments(db, api, result.orphanedHashes)
  return result
}

/** Drops what main staged for an import that will not be written (cancelled, refused or failed). */
export async function discardImport(api: PlatformApi, token: string): Promise<void> {
  await api.portfolioDiscardImport({ token }).catch(() => undefined)
}

/** Has main delete the files of these hashes that no row refers to (and no pending undo holds). */
export async function sweepAttachments(db: MatbarDb, api: PlatformApi, candidates: Iterable<string>): Promise<void> {
  const hashes = await unreferencedHashes(db, candidates)
  if (hashes.length > 0) await api.attachmentsSweep({ hashes }).catch(() => undefined)
}

/** The backups feature's writes, bound to the app's database and API. */
export function useBackupCommands() {
  const db = useDb()
  const api = useApi()
  return useMemo(
    () => ({
      backup: (reason: BackupReason, onProgress?: (progress: Progress) => void) =>
        writeBackup(db, api, reason, onProgress),
      exportToFile: (encrypt: boolean, onProgress?: (progress: Progress) => void) =>
        exportToFile(db, api, encrypt, onProgress),
      importPortfolio: (portfolio: string | Portfolio, mode: ImportMode, token: string | null) =>
        importPortfolio(db, api, portfolio, mode, token),
      discardImport: (token: string) => discardImport(api, token)
    }),
    [db, api]
  )
}
