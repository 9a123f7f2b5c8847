/**
 * Attachment files in <dataFolder>/attachments/<sha256>/<file name>: one folder per content hash,
 * so the same file added twice is stored once, and the file inside keeps a readable name (opening
 * it picks the right app, showing it in the folder shows a name the user recognises).
 * Callers name a file by its SHA-256 only; every path is built here and checked to stay inside.
 */
import { copyFile, mkdir, open, readdir, readFile, rm, rmdir, stat } from 'node:fs/promises'
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
/**
 * attachments/.staging/<token>/<sha256>/<file name>: the files of an import being previewed. They move
 * into place only when the import commits; a cancelled or refused import deletes its folder, and
 * start-up deletes any left by a process that ended meanwhile (stale-temp-files.ts).
 */
export const STAGING_FOLDER = '.staging'
/** An import token (portfolio.ts), the name of its staging folder. */
const IMPORT_TOKEN = /^[0-9a-f]{32}$/
/**
 * A sweep keeps a file main handed out (added, or moved in by an import) this recently: its row may
 * still be on its way into the database while the renderer's list of unreferenced hashes was made.
 */
export const SWEEP_GRACE_MS = 60 * 1000

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
  /** Tests pass a clock (the sweep's grace period). */
  now?: () => number
}

/** The attachment store of one data folder. */
export function createAttachmentStore(
  dataFolder: string,
  maxBytes = MAX_ATTACHMENT_BYTES,
  options: AttachmentStoreOptions = {}
) {
  const root = join(dataFolder, ATTACHMENTS_FOLDER)
  const stagingRoot = join(root, STAGING_FOLDER)
  const mark = options.mark ?? ((path: string) => markOfTheWeb(path))
  const now = options.now ?? Date.now
  /** When each hash was last handed out to the renderer in this process (see SWEEP_GRACE_MS). */
  const handedOut = new Map<string, number>()
  const handOut = (sha256: string) => handedOut.set(sha256, now())

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
    return folder ? firstFile(folder) : null
  }

  /** The first file in a hash's folder, skipping temp files of an unfinished write. */
  async function firstFile(folder: string): Promise<string | null> {
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
    handOut(sha256)
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
      handOut(sha256)
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

  /** The staging folder of an import token, or null for anything that is not a token. */
  function stagingOf(token: string): string | null {
    if (!IMPORT_TOKEN.test(token)) return null
    return resolveInside(stagingRoot, token)
  }

  /**
   * Writes the attachments read from an archive (already checked against their hash, named by
   * nameFilesFromRows after the rows, never the archive) into the import's staging folder, each
   * atomically; nothing goes into the attachments folder itself before commitStaged. Files already
   * stored are not staged again. Returns how many files were staged; on a failure the staging is deleted.
   */
  async function stage(token: string, files: readonly ArchiveAttachment[]): Promise<number> {
    const folder = stagingOf(token)
    if (!folder) throw new Error('not an import token')
    let written = 0
    try {
      for (const file of files) {
        if (await fileOf(file.sha256)) continue
        const target = resolveInside(folder, file.sha256, sanitizeFileName(file.name))
        if (!target || !SHA256_PATTERN.test(file.sha256)) continue
        await writeFileAtomic(target, file.data)
        written++
      }
    } catch (error) {
      await discardStaged(token)
      throw error
    }
    return written
  }

  /**
   * Moves an import's staged files into place (a rename inside the same folder tree: no copy, and a
   * file is either wholly there or not), then deletes the staging folder. A hash stored meanwhile is
   * kept as it is. 'expired' when there is no staging folder (nothing was staged, or it was discarded).
   */
  async function commitStaged(
    token: string
  ): Promise<{ outcome: 'committed'; attachments: number } | { outcome: 'expired' }> {
    const folder = stagingOf(token)
    if (!folder) return { outcome: 'expired' }
    let hashes: string[]
    try {
      hashes = (await readdir(folder)).filter((name) => SHA256_PATTERN.test(name))
    } catch {
      return { outcome: 'expired' }
    }
    let moved = 0
    for (const sha256 of hashes) {
      const from = await firstFile(join(folder, sha256))
      if (!from) continue
      handOut(sha256)
      if (await fileOf(sha256)) continue
      const target = resolveInside(root, sha256, basename(from))
      if (!target) continue
      await mkdir(join(root, sha256), { recursive: true })
      await rename(from, target)
      await marked(target)
      moved++
    }
    await rm(folder, { recursive: true, force: true })
    await rmdir(stagingRoot).catch(() => undefined) // only when no other import is staged
    return { outcome: 'committed', attachments: moved }
  }

  /** Deletes an import's staging folder (the import was cancelled, refused or failed). */
  async function discardStaged(token: string): Promise<'discarded' | 'expired'> {
    const folder = stagingOf(token)
    if (!folder) return 'expired'
    const existed = await stat(folder).then(
      () => true,
      () => false
    )
    await rm(folder, { recursive: true, force: true })
    // Only when empty: a cancelled import leaves the data folder as it found it.
    await rmdir(stagingRoot).catch(() => undefined)
    await rmdir(root).catch(() => undefined)
    return existed ? 'discarded' : 'expired'
  }

  /**
   * Deletes the files of the hashes the renderer found no row referring to (after an import, a
   * restore, or a cascade delete whose undo window closed). Only the named hashes are touched, never
   * the whole folder against a list of referenced ones: a stale or partial list cannot empty the
   * store. A hash handed out within SWEEP_GRACE_MS is kept: its row may be on its way.
   */
  async function sweep(hashes: readonly string[]): Promise<{ deleted: number; kept: number }> {
    let deleted = 0
    let kept = 0
    const t = now()
    for (const sha256 of new Set(hashes)) {
      const at = handedOut.get(sha256)
      if (at !== undefined && t - at < SWEEP_GRACE_MS) {
        kept++
        continue
      }
      if ((await release(sha256)) === 'deleted') deleted++
    }
    return { deleted, kept }
  }

  return { root, fileOf, addBytes, addFromPath, release, collect, stage, commitStaged, discardStaged, sweep }
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
