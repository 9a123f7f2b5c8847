/**
 * Attachment files in <dataFolder>/attachments/<sha256>/<file name>: one folder per content hash,
 * so the same file added twice is stored once, and the file inside keeps a readable name (opening
 * it picks the right app, showing it in the folder shows a name the user recognises).
 * Callers name a file by its SHA-256 only; every path is built here and checked to stay inside.
 */
import { copyFile, mkdir, open, readdir, readFile, rm, stat } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { rename } from 'node:fs/promises'
import { sanitizeFileName, SHA256_PATTERN } from '@shared/file-names'
import { MAX_ATTACHMENT_BYTES } from '@shared/ipc/attachments'
import type { AttachmentFile } from '@shared/ipc/attachments'
import { writeFileAtomic } from './atomic-write'
import { sha256Hex } from './hash'
import { resolveInside } from './safe-path'
import type { ArchiveAttachment } from './archive'

export const ATTACHMENTS_FOLDER = 'attachments'

const MIME_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.heic': 'image/heic',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.doc': 'application/msword',
  '.xls': 'application/vnd.ms-excel'
}

/** A MIME type from the file name's extension; '' when unknown. */
export function guessMimeType(name: string): string {
  return MIME_TYPES[extname(name).toLowerCase()] ?? ''
}

export type TooLarge = { outcome: 'too-large'; fileName: string; limit: number }

/** The attachment store of one data folder. */
export function createAttachmentStore(dataFolder: string, maxBytes = MAX_ATTACHMENT_BYTES) {
  const root = join(dataFolder, ATTACHMENTS_FOLDER)

  /** The folder of a hash, or null for anything that is not a hash (stops '../' and friends). */
  function folderOf(sha256: string): string | null {
    if (!SHA256_PATTERN.test(sha256)) return null
    return resolveInside(root, sha256)
  }

  /** The stored file of a hash, or null when there is none. */
  async function fileOf(sha256: string): Promise<string | null> {
    const folder = folderOf(sha256)
    if (!folder) return null
    let names: string[]
    try {
      names = await readdir(folder)
    } catch {
      return null
    }
    for (const name of names.sort()) {
      if (name.startsWith('.')) continue // temp files of an unfinished write
      const full = resolveInside(folder, name)
      if (full && (await stat(full).catch(() => null))?.isFile()) return full
    }
    return null
  }

  /** Stores bytes under their hash (once) with a sanitised name. */
  async function addBytes(rawName: string, mimeType: string, data: Uint8Array): Promise<AttachmentFile | TooLarge> {
    const name = sanitizeFileName(rawName)
    if (data.length > maxBytes) return { outcome: 'too-large', fileName: name, limit: maxBytes }
    const sha256 = sha256Hex(data)
    if (!(await fileOf(sha256))) {
      const target = resolveInside(root, sha256, name)
      if (!target) throw new Error('attachment path outside the attachments folder')
      await writeFileAtomic(target, data)
    }
    return { name, sha256, size: data.length, mimeType: (mimeType || guessMimeType(name)).slice(0, 200) }
  }

  /**
   * Copies a file the user chose in the open dialog. The file is hashed while it is copied to a temp
   * file inside the attachments folder, then renamed: a file changing meanwhile cannot end up under
   * a hash that does not match it.
   */
  async function addFromPath(path: string): Promise<AttachmentFile | TooLarge> {
    const name = sanitizeFileName(basename(path))
    const info = await stat(path)
    if (!info.isFile()) throw new Error('not a file')
    if (info.size > maxBytes) return { outcome: 'too-large', fileName: name, limit: maxBytes }
    await mkdir(root, { recursive: true })
    const tmp = join(root, `.incoming-${randomBytes(8).toString('hex')}`)
    try {
      await copyFile(path, tmp)
      const data = await readFile(tmp)
      if (data.length > maxBytes) return { outcome: 'too-large', fileName: name, limit: maxBytes }
      const sha256 = sha256Hex(data)
      if (!(await fileOf(sha256))) {
        const target = resolveInside(root, sha256, name)
        if (!target) throw new Error('attachment path outside the attachments folder')
        await mkdir(join(root, sha256), { recursive: true })
        const handle = await open(tmp, 'r+')
        await handle.sync().finally(() => handle.close())
        await rename(tmp, target)
      }
      return { name, sha256, size: data.length, mimeType: guessMimeType(name) }
    } finally {
      await rm(tmp, { force: true })
    }
  }

  /** Deletes a hash's file; the renderer calls this once no row refers to the hash. */
  async function release(sha256: string): Promise<'deleted' | 'missing'> {
    const folder = folderOf(sha256)
    if (!folder || !(await fileOf(sha256))) return 'missing'
    await rm(folder, { recursive: true, force: true })
    return 'deleted'
  }

  /** The files of the given hashes for an export; hashes without a file are counted as missing. */
  async function collect(hashes: readonly string[]): Promise<{ files: ArchiveAttachment[]; missing: number }> {
    const files: ArchiveAttachment[] = []
    let missing = 0
    for (const sha256 of new Set(hashes)) {
      const file = await fileOf(sha256)
      if (!file) {
        missing++
        continue
      }
      files.push({ sha256, name: basename(file), data: await readFile(file) })
    }
    return { files, missing }
  }

  /** Stores attachments read from an archive (already checked against their hash). */
  async function restore(files: readonly ArchiveAttachment[]): Promise<number> {
    let written = 0
    for (const file of files) {
      if (await fileOf(file.sha256)) continue
      const target = resolveInside(root, file.sha256, sanitizeFileName(file.name))
      if (!target) continue
      await writeFileAtomic(target, file.data)
      written++
    }
    return written
  }

  return { root, fileOf, addBytes, addFromPath, release, collect, restore }
}
export type AttachmentStore = ReturnType<typeof createAttachmentStore>
