/**
 * Start-up sweep of the temp files a killed atomic write leaves behind (`.<name>.<hex>.tmp`), in the
 * data folder and its known subfolders, and in a backup folder chosen elsewhere; and the staging
 * folders of imports that a process ended before they were committed or discarded.
 */
import { lstat, readdir, rm, rmdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { ATTACHMENTS_FOLDER, STAGING_FOLDER } from './attachments'
import { processStartedAt, removeStaleTempFiles } from './atomic-write'
import { DEFAULT_BACKUP_FOLDER } from './backups'
import { BRANDING_FOLDER, DOCUMENTS_FOLDER } from './documents'

/**
 * A chosen backup folder may be shared with another computer through a sync service, whose
 * writes this process cannot see starting: there only temp files older than this are removed.
 */
export const SHARED_FOLDER_GRACE_MS = 60 * 60 * 1000
/** The copy of an attachment being added from a path, before its hash is known. */
export const INCOMING_TEMP_FILE = /^\.incoming-[0-9a-f]{16}$/

/** The folders Mätbar writes into atomically inside the data folder (attachments keep one folder per hash). */
export async function knownWriteFolders(dataFolder: string): Promise<string[]> {
  const attachments = join(dataFolder, ATTACHMENTS_FOLDER)
  const hashFolders = await readdir(attachments, { withFileTypes: true }).then(
    (entries) =>
      entries.filter((e) => e.isDirectory() && /^[0-9a-f]{64}$/.test(e.name)).map((e) => join(attachments, e.name)),
    () => []
  )
  return [
    dataFolder,
    join(dataFolder, DEFAULT_BACKUP_FOLDER),
    join(dataFolder, DOCUMENTS_FOLDER),
    join(dataFolder, BRANDING_FOLDER),
    attachments,
    ...hashFolders
  ]
}

/** A staging folder is named by its import token (attachments.ts). */
const STAGING_TOKEN = /^[0-9a-f]{32}$/

/**
 * Removes the staging folders (attachments/.staging/<token>) last changed before `before`: their
 * import was never committed (its rows were not written), so nothing refers to their files. A
 * staging folder of this process is left alone. Returns the folders removed.
 */
export async function removeStaleStaging(dataFolder: string, before: Date = processStartedAt()): Promise<string[]> {
  const staging = join(dataFolder, ATTACHMENTS_FOLDER, STAGING_FOLDER)
  const names = await readdir(staging).catch(() => [] as string[])
  const removed: string[] = []
  for (const name of names) {
    const path = join(staging, name)
    const info = await lstat(path).catch(() => null)
    if (!info || info.mtimeMs >= before.getTime()) continue
    // Only what stage() writes: a token folder, or the temp file of a write killed at the top.
    if (!(info.isDirectory() && STAGING_TOKEN.test(name)) && !info.isFile()) continue
    try {
      await rm(path, { recursive: true, force: true })
      removed.push(path)
    } catch {
      // left for the next start
    }
  }
  await rmdir(staging).catch(() => undefined) // only when empty
  return removed
}

/**
 * Removes stale temp files and stale import staging; `backupFolder` is the chosen backup folder, if any. Never throws.
 * Returns the paths removed (for the log).
 */
export async function sweepStaleTempFiles(
  dataFolder: string,
  backupFolder: string | null,
  startedAt: Date = processStartedAt()
): Promise<string[]> {
  const removed = await removeStaleTempFiles(await knownWriteFolders(dataFolder), startedAt)
  // An attachment added from a path is copied in as .incoming-<hex> first (attachments.ts).
  removed.push(...(await removeStaleTempFiles([join(dataFolder, ATTACHMENTS_FOLDER)], startedAt, INCOMING_TEMP_FILE)))
  removed.push(...(await removeStaleStaging(dataFolder, startedAt)))
  const inside = join(resolve(dataFolder), DEFAULT_BACKUP_FOLDER)
  if (backupFolder && resolve(backupFolder) !== inside) {
    removed.push(
      ...(await removeStaleTempFiles([backupFolder], new Date(startedAt.getTime() - SHARED_FOLDER_GRACE_MS)))
    )
  }
  return removed
}
