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
import { markOfTheWeb, mimeTypeAgrees } from './attachment-safety'
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

/**
 * The MIME type a row gets: the one given (by the browser or the OS) when it agrees with the name's
 * extension, otherwise the extension's own. So every row Mätbar writes passes the check an import
 * applies (nameFilesFromRows), and its own backups always restore.
 */
export function mimeTypeFor(name: string, given: string): string {
  const type = given.slice(0, 200)
  return type && mimeTypeAgrees(name, type) ? type : guessMimeType(name)
}

export type TooLarge = { outcome: 'too-large'; fileName: string; limit: number }

export type AttachmentStoreOptions = {
  /** Marks a written file as coming from outside (Windows' mark of the web); tests pass a recorder. */
  mark?: (path: string) => Promise<'marked' | 'not-windows' | { error: string }>
  log?: (msg: string) => void
}

/** The attachment store of one data folder. */
export function createAttachmentStore(
  dataFolder: string,
  maxBytes = MAX_ATTACHMENT_BYTES,
  options: AttachmentStoreOptions = {}
) {
  const root = join(dataFolder, ATTACHMENTS_FOLDER)
  const mark = options.mark ?? ((path: string) => markOfTheWeb(path))

  /** Every attachment comes from outside: on Windows it carries the mark of the web. */
  async function marked(path: string): Promise<void> {
    const result = await mark(path)
    if (typeof result === 'object') options.log?.(`could not mark an attachment as downloaded: ${result.error}`)
  }

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
      await marked(target)
    }
    return { name, sha256, size: data.length, mimeType: mimeTypeFor(name, mimeType) }
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
        await marked(target)
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

  /**
   * Stores attachments read from an archive (already checked against their hash), under the names
   * nameFilesFromRows gave them (the rows' names, never the archive's).
   */
  async function restore(files: readonly ArchiveAttachment[]): Promise<number> {
    let written = 0
    for (const file of files) {
      if (await fileOf(file.sha256)) continue
      const target = resolveInside(root, file.sha256, sanitizeFileName(file.name))
      if (!target) continue
      await writeFileAtomic(target, file.data)
      await marked(target)
      written++
    }
    return written
  }

  return { root, fileOf, addBytes, addFromPath, release, collect, restore }
}
export type AttachmentStore = ReturnType<typeof createAttachmentStore>

export type NamedFiles = { ok: true; files: ArchiveAttachment[] } | { ok: false; path: string; message: string }

type RowLike = { sha256?: unknown; name?: unknown; mimeType?: unknown }

/**
 * Gives each attachment file of an archive the name it will have on disk: the sanitised name of the
 * first attachment row that refers to its hash, never the name the archive gives it (a row saying
 * "Offert-2026.pdf" must not be stored as the archive's "Offert-2026.pdf.exe"). Refuses the import
 * when a row's name has an extension its MIME type does not allow. A file no row refers to is left
 * out: nothing would ever open or release it. `text` is the portfolio (or raw database dump) JSON.
 */
export function nameFilesFromRows(text: string, files: readonly ArchiveAttachment[]): NamedFiles {
  let rows: unknown
  let table = '$.tables.attachments'
  try {
    const value = JSON.parse(text) as { tables?: { attachments?: unknown }; stores?: { attachments?: unknown } } | null
    rows = value?.tables?.attachments
    if (rows === undefined && value?.stores) [rows, table] = [value.stores.attachments, '$.stores.attachments']
  } catch {
    rows = undefined // not JSON: the renderer refuses it with its own message; no file is needed
  }
  const list: unknown[] = Array.isArray(rows) ? rows : []
  const nameOf = new Map<string, string>()
  for (const [index, raw] of list.entries()) {
    if (typeof raw !== 'object' || raw === null) continue
    const row = raw as RowLike
    if (typeof row.sha256 !== 'string' || typeof row.name !== 'string') continue // the row schema refuses it
    const name = sanitizeFileName(row.name)
    const mimeType = typeof row.mimeType === 'string' ? row.mimeType : ''
    if (!mimeTypeAgrees(name, mimeType))
      return {
        ok: false,
        path: `${table}[${index}]`,
        message:
          `the attachment ${JSON.stringify(name.slice(0, 120))} is said to be ${JSON.stringify(mimeType.slice(0, 100))}, ` +
          `but its name ends in ${JSON.stringify(extname(name).slice(0, 20))}: an attachment could then run as a program`
      }
    if (!nameOf.has(row.sha256)) nameOf.set(row.sha256, name)
  }
  const named: ArchiveAttachment[] = []
  for (const file of files) {
    const name = nameOf.get(file.sha256)
    if (name !== undefined) named.push({ ...file, name })
  }
  return { ok: true, files: named }
}
