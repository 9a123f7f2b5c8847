import { lstat, mkdir, open, readdir, rename, unlink } from 'node:fs/promises'
import { dirname, basename, join } from 'node:path'
import { randomBytes } from 'node:crypto'

/**
 * Writes a file so that readers see either the old or the new content, never half of it:
 * write a temp file beside it, fsync it, rename over the target, fsync the folder.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path)
  await mkdir(dir, { recursive: true })
  const tmp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await open(tmp, 'w', 0o600)
  try {
    await handle.writeFile(data)
    await handle.sync()
  } catch (error) {
    await handle.close().catch(() => undefined)
    await unlink(tmp).catch(() => undefined)
    throw error
  }
  await handle.close()
  try {
    await rename(tmp, path)
  } catch (error) {
    await unlink(tmp).catch(() => undefined)
    throw error
  }
  // Persist the rename itself; not supported on every platform (Windows), so best effort.
  try {
    const dirHandle = await open(dir, 'r')
    try {
      await dirHandle.sync()
    } finally {
      await dirHandle.close()
    }
  } catch {
    /* directory fsync unsupported here */
  }
}

/** The temp files writeFileAtomic leaves beside its target when the process is killed mid-write. */
export const ATOMIC_TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/

/** The time this process started: a temp file older than that belongs to a writer that is gone. */
export function processStartedAt(): Date {
  return new Date(Date.now() - process.uptime() * 1000)
}

/**
 * Removes the temp files of killed atomic writes from the given folders (not their subfolders):
 * only regular files named like ours (`pattern`) and last changed before `before`, so a write of this process
 * in progress is never touched. Never throws; gives the names it removed, folder by folder.
 */
export async function removeStaleTempFiles(
  folders: readonly string[],
  before: Date = processStartedAt(),
  pattern: RegExp = ATOMIC_TEMP_FILE
): Promise<string[]> {
  const removed: string[] = []
  for (const folder of folders) {
    let names: string[]
    try {
      names = await readdir(folder)
    } catch {
      continue // a folder that does not exist yet has nothing to clean
    }
    for (const name of names) {
      if (!pattern.test(name)) continue
      const path = join(folder, name)
      try {
        const info = await lstat(path)
        if (!info.isFile() || info.mtimeMs >= before.getTime()) continue
        await unlink(path)
        removed.push(path)
      } catch {
        /* gone already, or not ours to remove: left alone */
      }
    }
  }
  return removed
}
