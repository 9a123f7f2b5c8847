/**
 * Backups, export and import on the main side. The renderer owns the data (IndexedDB) and hands
 * main the portfolio JSON; main adds the attachment files, encrypts when asked, and writes every
 * file atomically. Nothing here imports `electron`: dialogs come in through the Desktop port,
 * time through `now`, so tests run it on a temp folder.
 */
import { appendFile, copyFile, mkdir, open, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises'
import { isUtf8 } from 'node:buffer'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { z } from 'zod'
import { TABLE_NAMES } from '@shared/entities'
import { backupFileName, parseBackupFileName } from '@shared/file-names'
import type { BackupReason } from '@shared/file-names'
import { MIN_PASSWORD_LENGTH } from '@shared/ipc/backups'
import type { BackupInfo, BackupStatus } from '@shared/ipc/backups'
import { MAX_ENVELOPE_LENGTH, MAX_IMPORT_BYTES } from '@shared/ipc/portfolio'
import { MAX_PORTFOLIO_TEXT_LENGTH } from '@shared/portfolio-file'
import type { DamagedCode, ReadImportResult } from '@shared/ipc/portfolio'
import { portfolioTextFromDump } from '@shared/upgrade-backup'
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, isZip, readArchive, readManifestFromPrefix, sanitizeCounts } from './archive'
import type { ArchiveAttachment, ArchiveManifest } from './archive'
import { openArchiveWriter } from './archive-writer'
import { splitPortfolioFile } from './portfolio-split'
import type { PortfolioPiece } from './portfolio-split'
import type { ArchiveWriter } from './archive-writer'
import { nameFilesFromRows } from './attachments'
import type { AttachmentStore } from './attachments'
import { writeFileAtomic } from './atomic-write'
import {
  checkEncryptedHeader,
  createEncryptor,
  createKeyCache,
  decrypt,
  decryptFile,
  encrypt,
  ENCRYPTED_HEADER_MAX_BYTES,
  isEncrypted,
  readEncryptedHeader
} from './portfolio-crypto'
import type { KdfParams, KeyCache } from './portfolio-crypto'
import { planRetention } from './retention'
import type { Dated } from './retention'
import { resolveInside } from './safe-path'

export const BACKUP_CONFIG_FILE = 'backup-settings.json'
export const DEFAULT_BACKUP_FOLDER = 'backups'
/** Bytes read from the start of each backup to list it (the manifest or the encryption header). */
const LIST_PREFIX_BYTES = 64 * 1024
/** How long a file staged for import waits for its password. */
const STAGE_TTL_MS = 30 * 60 * 1000
const VERIFIER_TEXT = 'matbar-password-verifier'
/** About how many bytes of rows one piece of a file read for import holds (a longer row goes alone). */
const PIECE_BYTES = 4 * 1024 * 1024
/**
 * A file not laid out as a portfolio (an old raw database dump, a broken file) goes to the renderer's
 * parser whole, as one text: read whole only up to the text limit (a portfolio file walks in pieces).
 */
const MAX_WHOLE_READ_BYTES = MAX_PORTFOLIO_TEXT_LENGTH
/** Enough of a staged file's start to tell an encrypted file or an archive. */
const ENCRYPTION_MAGIC_BYTES = 64

/** Kept apart from settings.json: the renderer cannot set these through settings:set. */
const BackupConfig = z.object({
  folder: z.string().min(1).nullable().default(null),
  encrypt: z.boolean().default(false),
  /** An encrypted constant: proves a password right without storing it or anything it could be read from. */
  verifier: z.string().nullable().default(null),
  /**
   * When encryption was turned on. A clear backup in the data folder written after it can only be a
   * before-upgrade backup written while locked: the next unlock encrypts it. Null for a configuration
   * written before this was kept; then every clear before-upgrade backup there counts as such.
   */
  encryptedSince: z.iso.datetime().nullable().default(null)
})
type BackupConfig = z.infer<typeof BackupConfig>

export type BackupServiceOptions = {
  dataFolder: string
  appVersion: string
  attachments: AttachmentStore
  now?: () => Date
  /** Tests pass a cheap scrypt cost; the app uses DEFAULT_KDF. */
  kdf?: KdfParams
  log?: (msg: string) => void
  /** How long a write session may wait for its next piece before it is dropped (tests use a short one). */
  writeIdleMs?: number
  /** Overrides MAX_WHOLE_READ_BYTES (tests use a small one). */
  maxWholeReadBytes?: number
}

/** How long a write session waits for its next piece, and a finished download for its fetch. */
const WRITE_IDLE_MS = 5 * 60 * 1000

/** What a write session makes: an export file, or a backup in the backup folder. */
export type WritePurpose = { kind: 'export'; encrypt: boolean } | { kind: 'backup'; reason: BackupReason }

type WriteSession = {
  purpose: WritePurpose
  writer: ArchiveWriter
  dir: string
  encrypted: boolean
  createdAt: string
  counts: Record<string, number> | null
  timer: NodeJS.Timeout
  /** The index of the next piece to write; later pieces that came first wait in `waiting`. */
  next: number
  waiting: Map<number, () => void>
}

/** How far ahead of the next piece a numbered piece may arrive (the renderer keeps two on their way). */
const MAX_PIECES_AHEAD = 4

/**
 * A file staged for import: its bytes in memory (small ones given whole: the base64 route, tests) or a
 * temp file of this service in the data folder, removed when the token is spent, dropped or expires.
 */
type Staged = { fileName: string; at: number; data: Buffer | null; path: string | null }

/** Counts the rows of each table in a portfolio (or raw database dump) JSON text. */
export function countRows(text: string): Record<string, number> | null {
  try {
    const value = JSON.parse(text) as { tables?: unknown; stores?: unknown }
    const tables = (value?.tables ?? value?.stores) as Record<string, unknown> | undefined
    if (!tables || typeof tables !== 'object') return null
    const counts: Record<string, number> = {}
    for (const [name, rows] of Object.entries(tables)) if (Array.isArray(rows)) counts[name] = rows.length
    return sanitizeCounts(counts)
  } catch {
    return null
  }
}

/** Creates the backup service of one data folder. */
export function createBackupService(options: BackupServiceOptions) {
  const now = options.now ?? (() => new Date())
  const configFile = join(options.dataFolder, BACKUP_CONFIG_FILE)
  const defaultFolder = join(options.dataFolder, DEFAULT_BACKUP_FOLDER)
  // The password lives only here, in main's memory, for this session; it is never written anywhere.
  let sessionPassword: string | null = null
  const staged = new Map<string, Staged>()
  /** Files read for import, handed to the renderer in pieces (portfolio:readPiece) under their token. */
  const reading = new Map<string, { path: string; pieces: PortfolioPiece[]; at: number }>()
  const quitWaiters = new Set<() => void>()
  let quitReady: (() => void) | null = null
  let queue: Promise<unknown> = Promise.resolve()

  async function readConfig(): Promise<BackupConfig> {
    try {
      const parsed = BackupConfig.safeParse(JSON.parse(await readFile(configFile, 'utf8')))
      if (parsed.success) return parsed.data
      options.log?.(`${BACKUP_CONFIG_FILE} is invalid; using defaults`)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') options.log?.(`${BACKUP_CONFIG_FILE}: ${String(error)}`)
    }
    return BackupConfig.parse({})
  }

  async function writeConfig(patch: Partial<BackupConfig>): Promise<BackupConfig> {
    const next = BackupConfig.parse({ ...(await readConfig()), ...patch })
    await writeFileAtomic(configFile, JSON.stringify(next, null, 2) + '\n')
    return next
  }

  /** Writes run one at a time, so retention never races a write in the same folder. */
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task)
    queue = run.catch(() => undefined)
    return run
  }

  async function folder(): Promise<string> {
    return (await readConfig()).folder ?? defaultFolder
  }

  async function passwordMatches(config: BackupConfig, password: string): Promise<boolean> {
    if (!config.verifier) return false
    const result = await decrypt(Buffer.from(config.verifier, 'base64'), password, { kdf: options.kdf })
    return result.ok && result.plain.toString('utf8') === VERIFIER_TEXT
  }

  async function listBackups(dir: string): Promise<{ backups: BackupInfo[]; problems: string[] }> {
    let names: string[]
    try {
      names = await readdir(dir)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { backups: [], problems: [] }
      throw error
    }
    const backups: BackupInfo[] = []
    const problems: string[] = []
    for (const name of names) {
      const parsed = parseBackupFileName(name)
      if (!parsed) continue // temp files of a write in progress and anything else are not backups
      const path = resolveInside(dir, name)
      if (!path) continue
      try {
        const info = await stat(path)
        if (!info.isFile()) continue
        const prefix = await readPrefix(path, LIST_PREFIX_BYTES)
        let counts: Record<string, number> | null = null
        let attachmentCount: number | null = null
        if (parsed.encrypted) {
          const header = readEncryptedHeader(prefix)
          counts = header ? sanitizeCounts(header.metadata['counts']) : null
          const n = header?.metadata['attachments']
          attachmentCount = typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : null
        } else {
          const manifest = readManifestFromPrefix(prefix)
          counts = manifest?.counts ?? null
          attachmentCount = manifest ? manifest.attachments : null
        }
        backups.push({
          name,
          createdAt: parsed.createdAt.toISOString(),
          reason: parsed.reason,
          encrypted: parsed.encrypted,
          size: info.size,
          counts: counts && pickTables(counts),
          attachmentCount
        })
      } catch {
        problems.push(name)
      }
    }
    backups.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
    // The list says which backups retention keeps apart from the daily rule, so the user sees why.
    const { pinned } = planRetention(
      backups.map((b) => ({ name: b.name, createdAt: new Date(b.createdAt), reason: b.reason, size: b.size, b })),
      now()
    )
    for (const [{ b }, why] of pinned) b.pinned = why
    return { backups, problems }
  }

  async function status(): Promise<BackupStatus> {
    const config = await readConfig()
    const dir = config.folder ?? defaultFolder
    const { backups, problems } = await listBackups(dir)
    return {
      folder: dir,
      isDefaultFolder: config.folder === null,
      encryption: { enabled: config.encrypt, unlocked: config.encrypt && sessionPassword !== null },
      backups,
      problems
    }
  }

  /**
   * Writes one backup of a portfolio text already in hand (tests and tools; the app sends pieces) through
   * the same write session the renderer uses, then applies the retention rule.
   */
  async function create(text: string, hashes: readonly string[], reason: BackupReason) {
    const begun = await beginWrite({ kind: 'backup', reason }, countRows(text) ?? {})
    if (begun.outcome === 'locked') return begun
    await writeChunk(begun.token, text)
    const result = await finishWrite(begun.token, hashes)
    if (result.outcome !== 'written') throw new Error('the backup session ended unexpectedly')
    return result
  }

  /** Deletes the backups the retention rule lets go; never the one just written. */
  async function prune(dir: string, justWritten: string): Promise<void> {
    const names = await readdir(dir)
    const dated: Dated[] = []
    for (const name of names) {
      const parsed = parseBackupFileName(name)
      const path = parsed && resolveInside(dir, name)
      if (!parsed || !path) continue
      // The size feeds the guard that keeps the last backup of a much larger portfolio; a file that
      // cannot be read is left alone rather than judged without it.
      const size = await stat(path).then(
        (info) => info.size,
        () => null
      )
      if (size === null) continue
      dated.push({ name, createdAt: parsed.createdAt, reason: parsed.reason, size })
    }
    const { remove } = planRetention(dated, now())
    for (const { name } of remove) {
      if (name === justWritten) continue
      const path = resolveInside(dir, name)
      if (path)
        await unlink(path).catch((error: unknown) =>
          options.log?.(`could not delete old backup ${name}: ${String(error)}`)
        )
    }
  }

  /** The clear (unencrypted) backups in a folder, oldest first. */
  async function clearBackupsIn(dir: string): Promise<Array<{ name: string; createdAt: Date; reason: BackupReason }>> {
    let names: string[]
    try {
      names = await readdir(dir)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
    const clear: Array<{ name: string; createdAt: Date; reason: BackupReason }> = []
    for (const name of names) {
      const parsed = parseBackupFileName(name)
      if (parsed && !parsed.encrypted && resolveInside(dir, name)) clear.push({ name, ...parsed })
    }
    return clear.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
  }

  /**
   * Rewrites one clear backup as its encrypted form in `destDir`: same time and reason, so retention
   * and pinning treat it as the same backup, under the .zip.enc name. The clear file is removed only
   * once the new one is on disk and decrypts back to exactly the same bytes.
   */
  async function encryptBackupFile(
    srcDir: string,
    name: string,
    destDir: string,
    password: string,
    cache?: KeyCache
  ): Promise<string> {
    const parsed = parseBackupFileName(name)
    const src = resolveInside(srcDir, name)
    if (!parsed || parsed.encrypted || !src) throw new Error(`not a clear backup: ${name}`)
    const plain = await readFile(src)
    const encName = backupFileName(parsed.createdAt, parsed.reason, true)
    const dest = resolveInside(destDir, encName)
    if (!dest) throw new Error(`not a backup file name: ${encName}`)
    const readsBack = async () => {
      const back = await decrypt(await readFile(dest), password, { kdf: options.kdf, cache })
      return back.ok && back.plain.equals(plain)
    }
    const exists = await stat(dest).then(
      () => true,
      () => false
    )
    if (exists) {
      // An earlier run was stopped after writing the encrypted file: finish it only if it is the same backup.
      if (!(await readsBack())) throw new Error(`${encName} already exists and is not ${name} encrypted`)
    } else {
      const manifest = readManifestFromPrefix(plain.subarray(0, LIST_PREFIX_BYTES))
      const bytes = await encrypt(plain, password, {
        kdf: options.kdf,
        cache,
        metadata: {
          counts: manifest?.counts ?? null,
          attachments: manifest?.attachments ?? null,
          createdAt: parsed.createdAt.toISOString()
        }
      })
      await mkdir(destDir, { recursive: true })
      await writeFileAtomic(dest, bytes)
      if (!(await readsBack())) {
        await unlink(dest).catch(() => undefined)
        throw new Error(`${encName} did not read back as ${name}`)
      }
    }
    await unlink(src)
    return encName
  }

  /**
   * Once encryption is on, the clear backups left in the backup folder are either encrypted (each as
   * encryptBackupFile does) or deleted, as the user chooses. Needs this session's password, as a backup
   * write does. A file that fails is left as it was and named in the answer.
   */
  function handleClearBackups(action: 'encrypt' | 'delete') {
    return serial(async () => {
      const config = await readConfig()
      if (!config.encrypt) return { outcome: 'not-enabled' as const }
      const password = sessionPassword
      if (password === null) return { outcome: 'locked' as const }
      const dir = config.folder ?? defaultFolder
      let count = 0
      const failed: string[] = []
      // One scrypt for the whole batch: with twenty or more backups, two per file would take a minute.
      const cache = createKeyCache(password)
      for (const { name } of await clearBackupsIn(dir)) {
        try {
          if (action === 'encrypt') await encryptBackupFile(dir, name, dir, password, cache)
          else await unlink(resolveInside(dir, name)!)
          count++
        } catch (error) {
          failed.push(name)
          options.log?.(`could not ${action} the clear backup ${name}: ${String(error)}`)
        }
      }
      return { outcome: action === 'encrypt' ? ('encrypted' as const) : ('deleted' as const), count, failed }
    })
  }

  /**
   * The before-upgrade backups written in clear into the data folder while the session was locked
   * (see create) are encrypted into the backup folder as soon as the password is known. Run inside
   * the write queue. A failure is logged and tried again at the next unlock.
   */
  async function encryptLockedUpgradeBackups(config: BackupConfig, password: string): Promise<number> {
    if (!config.encrypt) return 0
    const since = config.encryptedSince === null ? null : Date.parse(config.encryptedSince)
    const dir = config.folder ?? defaultFolder
    let count = 0
    const clear = await clearBackupsIn(defaultFolder).catch((error: unknown) => {
      options.log?.(`could not list the data folder's backups: ${String(error)}`)
      return []
    })
    const cache = createKeyCache(password)
    for (const backup of clear) {
      // Clear copies from before encryption was turned on are the user's choice (handleClearBackups).
      const writtenLocked = since === null ? backup.reason === 'before-upgrade' : backup.createdAt.getTime() >= since
      if (!writtenLocked) continue
      try {
        const encName = await encryptBackupFile(defaultFolder, backup.name, dir, password, cache)
        await prune(dir, encName)
        count++
      } catch (error) {
        options.log?.(`could not encrypt the backup ${backup.name} written while locked: ${String(error)}`)
      }
    }
    return count
  }

  const writes = new Map<string, WriteSession>()
  const downloads = new Map<string, { path: string; fileName: string; timer: NodeJS.Timeout }>()
  const writeIdleMs = options.writeIdleMs ?? WRITE_IDLE_MS

  function touch(token: string, session: WriteSession): void {
    clearTimeout(session.timer)
    session.timer = setTimeout(() => void abortWrite(token), writeIdleMs)
    session.timer.unref?.()
  }

  /**
   * Starts writing an export or a backup in pieces (portfolio:writeBegin): the archive goes to a temp
   * file as the pieces come (archive-writer.ts). `counts` are the rows per table, for the manifest and
   * the backup list. A backup decides here where it goes and whether it is encrypted, as create does.
   */
  async function beginWrite(purpose: WritePurpose, rawCounts: Record<string, number>) {
    const config = await readConfig()
    const locked = config.encrypt && sessionPassword === null
    let dir: string
    let encryptWith: string | null
    if (purpose.kind === 'backup') {
      const clearInDataFolder = locked && purpose.reason === 'before-upgrade'
      if (locked && !clearInDataFolder) return { outcome: 'locked' as const }
      encryptWith = config.encrypt && !clearInDataFolder ? sessionPassword : null
      dir = clearInDataFolder ? defaultFolder : (config.folder ?? defaultFolder)
    } else {
      if (purpose.encrypt && sessionPassword === null) return { outcome: 'locked' as const }
      encryptWith = purpose.encrypt ? sessionPassword : null
      // Written in the data folder, moved to the chosen place at the end.
      dir = options.dataFolder
    }
    const counts = sanitizeCounts(rawCounts)
    const createdAt = now().toISOString()
    const manifest: ArchiveManifest = {
      format: ARCHIVE_FORMAT,
      version: ARCHIVE_VERSION,
      createdAt,
      appVersion: options.appVersion,
      reason: purpose.kind === 'backup' ? purpose.reason : 'export',
      counts,
      // Not known before the end; the list counts the attachment rows instead when this is null.
      attachments: counts?.attachments ?? 0
    }
    const encryptor = encryptWith
      ? await createEncryptor(encryptWith, {
          kdf: options.kdf,
          metadata: { counts, attachments: manifest.attachments, createdAt }
        })
      : null
    const writer = await openArchiveWriter(dir, manifest, encryptor)
    const token = randomBytes(16).toString('hex')
    const session: WriteSession = {
      purpose,
      writer,
      dir,
      encrypted: encryptor !== null,
      createdAt,
      counts,
      timer: setTimeout(() => undefined, 0),
      next: 0,
      waiting: new Map()
    }
    writes.set(token, session)
    touch(token, session)
    return { outcome: 'begun' as const, token }
  }

  /**
   * Appends a piece of the portfolio JSON (text, or its UTF-8 bytes) to a write session. With `index`,
   * pieces are written in index order whatever order they arrive in (the renderer keeps two on their
   * way, and two requests to the harness bridge may overtake each other): a piece that comes early
   * waits for the ones before it.
   * An index already written, given twice or too far ahead ends the session.
   */
  async function writeChunk(token: string, piece: string | Uint8Array, index?: number) {
    const session = writes.get(token)
    if (!session) return { outcome: 'expired' as const }
    touch(token, session)
    // Bytes go into portfolio.json as they are: each piece must be whole UTF-8 on its own (the renderer
    // encodes each piece's text apart, so a character is never cut between two).
    if (typeof piece !== 'string' && !isUtf8(piece)) {
      await abortWrite(token)
      throw new Error(`piece ${index ?? session.next} of the write session is not UTF-8 text`)
    }
    if (index !== undefined && index !== session.next) {
      if (index < session.next || index > session.next + MAX_PIECES_AHEAD || session.waiting.has(index)) {
        await abortWrite(token)
        throw new Error(`piece ${index} of the write session is out of order (expected ${session.next})`)
      }
      await new Promise<void>((resolve) => session.waiting.set(index, resolve))
      // Aborted or expired meanwhile (abortWrite wakes every waiting piece).
      if (writes.get(token) !== session) return { outcome: 'expired' as const }
    }
    try {
      await session.writer.write(piece)
    } catch (error) {
      await abortWrite(token)
      throw error
    }
    session.next++
    const wake = session.waiting.get(session.next)
    if (wake) {
      session.waiting.delete(session.next)
      wake()
    }
    return { outcome: 'written' as const, bytes: session.writer.size }
  }

  /** Drops a write session and its temp file (the renderer gave up, or it waited too long). */
  async function abortWrite(token: string) {
    const session = writes.get(token)
    if (!session) return { outcome: 'expired' as const }
    writes.delete(token)
    clearTimeout(session.timer)
    for (const wake of session.waiting.values()) wake()
    session.waiting.clear()
    await session.writer.abort()
    return { outcome: 'aborted' as const }
  }

  /** The attachments of `hashes`, read one at a time as the archive takes them. */
  async function* attachmentFiles(hashes: readonly string[], counter: { missing: number; found: number }) {
    for (const sha256 of new Set(hashes)) {
      const { files, missing } = await options.attachments.collect([sha256])
      counter.missing += missing
      counter.found += files.length
      yield* files as ArchiveAttachment[]
    }
  }

  /**
   * Ends a write session: the attachments go in, the archive is closed. A backup is renamed into the
   * backup folder under its name and retention runs; an export's temp file is handed back for the
   * caller to move where the user chose (moveExport) or to offer as a download.
   */
  async function finishWrite(token: string, hashes: readonly string[]) {
    const session = writes.get(token)
    if (!session) return { outcome: 'expired' as const }
    writes.delete(token)
    clearTimeout(session.timer)
    const counter = { missing: 0, found: 0 }
    let temp: { path: string; size: number }
    try {
      temp = await session.writer.finish(attachmentFiles(hashes, counter))
    } catch (error) {
      await session.writer.abort()
      throw error
    }
    const purpose = session.purpose
    if (purpose.kind === 'export') {
      const day = session.createdAt.slice(0, 10)
      const fileName = `Matbar-export-${day}${session.encrypted ? '.zip.enc' : '.zip'}`
      return { outcome: 'built' as const, fileName, tempPath: temp.path, missing: counter.missing }
    }
    return serial(async () => {
      let at = new Date(session.createdAt)
      let name = backupFileName(at, purpose.reason, session.encrypted)
      while (await exists(join(session.dir, name))) {
        at = new Date(at.getTime() + 1)
        name = backupFileName(at, purpose.reason, session.encrypted)
      }
      try {
        await rename(temp.path, join(session.dir, name))
      } catch (error) {
        await unlink(temp.path).catch(() => undefined)
        throw error
      }
      await prune(session.dir, name)
      const backup: BackupInfo = {
        name,
        createdAt: at.toISOString(),
        reason: purpose.reason,
        encrypted: session.encrypted,
        size: temp.size,
        counts: session.counts && pickTables(session.counts),
        attachmentCount: counter.found
      }
      return { outcome: 'written' as const, backup, missingAttachments: counter.missing }
    })
  }

  /** Moves a finished export to the path the user chose (a copy when it is on another disk), atomically. */
  async function moveExport(tempPath: string, target: string): Promise<void> {
    try {
      await rename(tempPath, target)
      return
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') {
        await unlink(tempPath).catch(() => undefined)
        throw error
      }
    }
    const beside = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
    try {
      await copyFile(tempPath, beside)
      await rename(beside, target)
    } catch (error) {
      await unlink(beside).catch(() => undefined)
      throw error
    } finally {
      await unlink(tempPath).catch(() => undefined)
    }
  }

  /** Keeps a finished export for one fetch (the browser harness's download); dropped after a while. */
  function offerDownload(tempPath: string, fileName: string): string {
    const token = randomBytes(16).toString('hex')
    const timer = setTimeout(() => void dropDownload(token), writeIdleMs)
    timer.unref?.()
    downloads.set(token, { path: tempPath, fileName, timer })
    return token
  }

  /**
   * Hands out a download once: the token is spent here, before the file is streamed, so a second
   * fetch that arrives while the first is still being answered finds nothing (it used to be spent only
   * when the first answer closed, and a quick second fetch could still get the file). The caller
   * streams the file, then calls releaseDownload to delete it.
   */
  function takeDownload(token: string): { path: string; fileName: string } | null {
    const entry = downloads.get(token)
    if (!entry) return null
    downloads.delete(token)
    clearTimeout(entry.timer)
    return { path: entry.path, fileName: entry.fileName }
  }

  /** Deletes the file of a download once it has been streamed (or its stream failed). */
  async function releaseDownload(path: string): Promise<void> {
    await unlink(path).catch(() => undefined)
  }

  async function dropDownload(token: string): Promise<void> {
    const entry = downloads.get(token)
    if (!entry) return
    downloads.delete(token)
    clearTimeout(entry.timer)
    await unlink(entry.path).catch(() => undefined)
  }

  /** An export file of a portfolio text already in hand (tests and tools), through a write session. */
  async function buildExport(text: string, hashes: readonly string[], wantEncrypted: boolean) {
    const begun = await beginWrite({ kind: 'export', encrypt: wantEncrypted }, countRows(text) ?? {})
    if (begun.outcome === 'locked') return begun
    await writeChunk(begun.token, text)
    const built = await finishWrite(begun.token, hashes)
    if (built.outcome !== 'built') throw new Error('the export session ended unexpectedly')
    try {
      return {
        outcome: 'built' as const,
        fileName: built.fileName,
        bytes: await readFile(built.tempPath),
        missing: built.missing
      }
    } finally {
      await unlink(built.tempPath).catch(() => undefined)
    }
  }

  type Upload = { fileName: string; size: number; path: string; received: number; at: number; busy: Promise<unknown> }
  const uploads = new Map<string, Upload>()

  /** Drops an upload and its temp file. */
  function dropUpload(token: string): void {
    const entry = uploads.get(token)
    if (!entry) return
    uploads.delete(token)
    void entry.busy.finally(() => unlink(entry.path).catch(() => undefined))
  }

  /**
   * Starts an upload in pieces (the browser harness's large files); the size is checked first. The
   * pieces go to a temp file in the data folder as they come, not into memory (a stale one is removed
   * by the start-up sweep of temp files).
   */
  function beginUpload(fileName: string, size: number) {
    const t = Date.now()
    for (const [key, entry] of uploads) if (t - entry.at > writeIdleMs) dropUpload(key)
    if (size > MAX_IMPORT_BYTES) return { outcome: 'too-large' as const, fileName, limit: MAX_IMPORT_BYTES }
    const token = randomBytes(16).toString('hex')
    const path = join(options.dataFolder, `.portfolio-upload.${randomBytes(6).toString('hex')}.tmp`)
    uploads.set(token, { fileName, size, path, received: 0, at: t, busy: Promise.resolve() })
    return { outcome: 'begun' as const, token }
  }

  /** One piece of an upload, in order; more than the size announced refuses the upload. */
  async function uploadChunk(token: string, data: Uint8Array) {
    const entry = uploads.get(token)
    if (!entry || Date.now() - entry.at > writeIdleMs) {
      dropUpload(token)
      return { outcome: 'expired' as const }
    }
    if (entry.received + data.length > entry.size) {
      dropUpload(token)
      return { outcome: 'too-large' as const }
    }
    entry.received += data.length
    entry.at = Date.now()
    const write = entry.busy.then(async () => {
      await mkdir(options.dataFolder, { recursive: true })
      await appendFile(entry.path, data, { mode: 0o600 })
    })
    entry.busy = write.catch(() => undefined)
    try {
      await write
    } catch (error) {
      dropUpload(token)
      throw error
    }
    return { outcome: 'received' as const }
  }

  /** Ends an upload: the file is staged for import under a new token, from its temp file (see stage). */
  async function finishUpload(token: string) {
    const entry = uploads.get(token)
    uploads.delete(token)
    if (!entry) return { outcome: 'expired' as const }
    await entry.busy
    if (entry.received !== entry.size || entry.size === 0) {
      await removeFile(entry.path)
      return entry.received !== entry.size ? { outcome: 'expired' as const } : stage(entry.fileName, Buffer.alloc(0))
    }
    // The temp file becomes the staged file: it is not read here, nor ever whole (readStaged).
    return stageTempFile(entry.fileName, entry.path)
  }

  /** A temp file of this service in the data folder (the start-up sweep removes one a crash leaves). */
  function tempFile(kind: string): string {
    return join(options.dataFolder, `.portfolio-${kind}.${randomBytes(6).toString('hex')}.tmp`)
  }

  function dropStaged(token: string): boolean {
    const entry = staged.get(token)
    if (!entry) return false
    staged.delete(token)
    if (entry.path) void removeFile(entry.path)
    return true
  }

  function dropReading(token: string): boolean {
    const entry = reading.get(token)
    if (!entry) return false
    reading.delete(token)
    void removeFile(entry.path)
    return true
  }

  function newStaged(item: Omit<Staged, 'at'>) {
    const t = Date.now()
    for (const [key, entry] of reading) if (t - entry.at > STAGE_TTL_MS) dropReading(key)
    for (const [key, entry] of staged) if (t - entry.at > STAGE_TTL_MS || staged.size >= 3) dropStaged(key)
    const token = randomBytes(16).toString('hex')
    staged.set(token, { ...item, at: t })
    return token
  }

  /** Keeps a small file's bytes in memory under a one-time token until the renderer reads it. */
  function stage(fileName: string, data: Buffer) {
    const token = newStaged({ fileName, data, path: null })
    return { outcome: 'opened' as const, token, fileName, encrypted: isEncrypted(data) }
  }

  /** Stages a temp file of this service (it is removed when the token is spent, dropped or expires). */
  async function stageTempFile(fileName: string, path: string) {
    let encrypted: boolean
    try {
      encrypted = isEncrypted(await readPrefix(path, ENCRYPTION_MAGIC_BYTES))
    } catch (error) {
      await removeFile(path)
      throw error
    }
    const token = newStaged({ fileName, data: null, path })
    return { outcome: 'opened' as const, token, fileName, encrypted }
  }

  /**
   * Copies a file from outside into a temp file of the data folder and stages that: the pieces are
   * read from it later at their offsets, so the file the user chose (or the backup, which retention
   * may delete meanwhile) is read once and never whole in memory.
   */
  async function stageCopy(fileName: string, source: string) {
    const path = tempFile('import')
    await mkdir(options.dataFolder, { recursive: true })
    try {
      await copyFile(source, path)
    } catch (error) {
      await removeFile(path)
      throw error
    }
    return stageTempFile(fileName, path)
  }

  async function stageFile(path: string) {
    const info = await stat(path)
    if (info.size > MAX_IMPORT_BYTES)
      return { outcome: 'too-large' as const, fileName: basename(path), limit: MAX_IMPORT_BYTES }
    return stageCopy(basename(path), path)
  }

  /** Opens a backup from the list for restoring (its name was checked against the pattern). */
  async function openBackup(name: string) {
    const dir = await folder()
    const path = resolveInside(dir, name)
    if (!path || !parseBackupFileName(name)) throw new Error('not a backup file name')
    try {
      return await stageCopy(name, path)
    } catch (error) {
      // Node's message names the absolute path (the backup folder); the renderer gets none.
      const code = (error as NodeJS.ErrnoException).code
      throw new Error(
        code === 'ENOENT'
          ? `The backup ${name} is no longer in the backup folder`
          : `The backup ${name} cannot be read (${code ?? 'error'})`,
        { cause: error }
      )
    }
  }

  /**
   * Decrypts and unpacks a staged file; on success gives the JSON (its envelope, the rows to be read in
   * pieces) and stages its attachments in a temporary folder under the same token (commitImport /
   * discardImport decide what becomes of them).
   *
   * Memory (issue 15, point 2): the JSON is never whole in main. A clear .json file is walked from its
   * temp file in windows (splitPortfolioFile) and each piece read at its offsets (readPiece); an
   * archive's portfolio.json is inflated by the reading thread into a temp file and walked the same
   * way. What is still whole: an archive's compressed bytes (the reading thread needs its central
   * directory and entries, and attachments are kept in memory until staged), and an encrypted file's
   * ciphertext and plain archive (AES-GCM's one tag covers the whole file: nothing may be used before
   * all of it is checked).
   */
  async function readStaged(token: string, password?: string): Promise<ReadImportResult> {
    const entry = staged.get(token)
    if (!entry) return { outcome: 'expired' }
    // Only the start of a staged file is read to know what it is.
    const head = entry.data ?? (await readPrefix(entry.path!, ENCRYPTION_MAGIC_BYTES))
    let inMemory: Uint8Array | null = entry.data
    if (isEncrypted(head)) {
      // A damaged header (or one asking for another scrypt cost) is said at once, not after a password.
      const refused = checkEncryptedHeader(inMemory ?? (await readEncryptedStart(entry.path!)), { kdf: options.kdf })
      if (refused)
        return { outcome: 'damaged', path: entry.fileName, message: refused.message, code: damagedCode(refused) }
      const pw = password ?? sessionPassword
      if (pw === null) return { outcome: 'password-required' }
      // From its file a format-3 file is decrypted a segment at a time: its ciphertext is never whole here.
      const result = inMemory
        ? await decrypt(inMemory, pw, { kdf: options.kdf })
        : await decryptFile(entry.path!, pw, { kdf: options.kdf })
      if (!result.ok) {
        if (result.reason === 'wrong-password') return { outcome: 'wrong-password' }
        return { outcome: 'damaged', path: entry.fileName, message: result.message, code: damagedCode(result) }
      }
      inMemory = result.plain
    }
    let json: string
    let restored = 0
    let named: ArchiveAttachment[] | null = null
    const zip = isZip(inMemory ?? head)
    if (zip) {
      // The bytes move to the reading thread (no copy) and the token is spent: an archive read once,
      // refused or not, leaves nothing of itself in main's memory. portfolio.json comes back as a temp file.
      const data = inMemory ?? (await readFile(entry.path!))
      dropStaged(token)
      json = tempFile('json')
      await mkdir(options.dataFolder, { recursive: true })
      let archive: Awaited<ReturnType<typeof readArchive>>
      try {
        archive = await readArchive(data, { transfer: true, portfolioFile: json })
      } catch (error) {
        await removeFile(json)
        throw error
      }
      if (!archive.ok) {
        await removeFile(json)
        return { outcome: 'damaged', path: archive.path, message: archive.message, code: archive.code }
      }
      named = archive.attachments
    } else if (inMemory) {
      dropStaged(token)
      json = tempFile('json')
      await mkdir(options.dataFolder, { recursive: true })
      await writeFile(json, inMemory, { mode: 0o600 })
      inMemory = null
    } else {
      // The staged temp file is the JSON itself: it passes to the reading without a copy.
      json = entry.path!
      staged.delete(token)
    }
    let kept = false
    try {
      // An honest envelope is a few hundred bytes; a file with more beside its tables is read whole.
      const walked = await splitPortfolioFile(json, PIECE_BYTES, {
        maxEnvelopeBytes: MAX_ENVELOPE_LENGTH,
        checkUtf8: !zip
      })
      if (!walked.utf8)
        return {
          outcome: 'damaged',
          path: '$',
          message: 'the file is neither a Mätbar archive nor UTF-8 JSON text',
          code: 'not-text'
        }
      const split = walked.split
      // Not shaped like a portfolio file (an old raw dump, or a broken file): the whole text, as before,
      // but only up to a size that may be read whole; the renderer's parser says what is wrong with it.
      if (!split && walked.size > (options.maxWholeReadBytes ?? MAX_WHOLE_READ_BYTES))
        return {
          outcome: 'damaged',
          path: '$',
          message: 'the file is not laid out as a Mätbar portfolio file and is too large to read whole',
          code: 'too-large'
        }
      const whole = split ? null : await readFile(json)
      if (named) {
        // Each file is stored under its row's name, never the archive's (an .exe posing as a PDF).
        const rowsText = split ? await attachmentRowsText(json, split.pieces) : utf8Text(whole!)
        const files = nameFilesFromRows(rowsText, named)
        if (!files.ok) return { outcome: 'damaged', path: files.path, message: files.message, code: 'attachment-type' }
        // Staged only: nothing enters the attachments folder before the user confirms and the rows are
        // written (commitImport); a cancelled or refused import deletes its staging (discardImport).
        restored = await options.attachments.stage(token, files.files)
      }
      if (split) {
        // Read in pieces (portfolio:readPiece): the rows never cross to the renderer as one string.
        reading.set(token, { path: json, pieces: split.pieces, at: Date.now() })
        kept = true
        return {
          outcome: 'read',
          envelope: utf8Text(split.envelope),
          pieces: split.pieces.length,
          attachments: restored
        }
      }
      let text = utf8Text(whole!)
      // A before-upgrade backup from before they were portfolio archives holds the raw database dump:
      // it is given as a portfolio file, which the restore then checks like any other.
      text = portfolioTextFromDump(text, options.appVersion, now())
      if (text.length > MAX_PORTFOLIO_TEXT_LENGTH)
        return { outcome: 'damaged', path: '$', message: 'the file is too large to read', code: 'too-large' }
      return { outcome: 'read', text, pieces: 0, attachments: restored }
    } finally {
      if (!kept) await removeFile(json)
    }
  }

  /**
   * One piece of a file read for import: a run of whole rows of one table, as JSON text without
   * brackets, read from the file at its offsets.
   */
  async function readPiece(token: string, index: number) {
    const entry = reading.get(token)
    const piece = entry?.pieces[index]
    if (!entry || !piece) return { outcome: 'expired' as const }
    entry.at = Date.now()
    let text: string
    try {
      text = utf8Text(await readRange(entry.path, piece.start, piece.end))
    } catch (error) {
      // Discarded (or swept) while this piece was on its way.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { outcome: 'expired' as const }
      throw error
    }
    // The last piece read lets the file go (a retry of the whole read reads the file again).
    if (index === entry.pieces.length - 1) dropReading(token)
    return { outcome: 'piece' as const, table: piece.table, first: piece.first, text }
  }

  /** The import's rows are written: its staged attachments move into the attachments folder. */
  function commitImport(token: string) {
    dropStaged(token)
    dropReading(token)
    return options.attachments.commitStaged(token)
  }

  /** The import was cancelled, refused or failed: its staged file and attachments are dropped. */
  async function discardImport(token: string) {
    const had = dropStaged(token) || dropReading(token)
    const outcome = await options.attachments.discardStaged(token)
    return { outcome: had ? ('discarded' as const) : outcome }
  }

  async function setEncryption(enabled: boolean, password: string) {
    return serial(async () => {
      const config = await readConfig()
      if (enabled) {
        if (config.encrypt) {
          if (!(await passwordMatches(config, password))) return { outcome: 'wrong-password' as const }
          sessionPassword = password
          await encryptLockedUpgradeBackups(config, password)
          const clearBackups = (await clearBackupsIn(config.folder ?? defaultFolder)).length
          return { outcome: 'enabled' as const, clearBackups }
        }
        if (password.length < MIN_PASSWORD_LENGTH) return { outcome: 'too-short' as const }
        const verifier = await encrypt(Buffer.from(VERIFIER_TEXT, 'utf8'), password, { kdf: options.kdf })
        await writeConfig({ encrypt: true, verifier: verifier.toString('base64'), encryptedSince: now().toISOString() })
        sessionPassword = password
        // The earlier clear backups are still readable by anyone with the folder: the renderer offers
        // to encrypt or delete them (handleClearBackups), and says how many there are.
        const clearBackups = (await clearBackupsIn(config.folder ?? defaultFolder)).length
        return { outcome: 'enabled' as const, clearBackups }
      }
      if (!config.encrypt) return { outcome: 'disabled' as const }
      // Turning encryption off needs the password: someone else at the laptop must not be able to.
      if (!(await passwordMatches(config, password))) return { outcome: 'wrong-password' as const }
      await writeConfig({ encrypt: false, verifier: null, encryptedSince: null })
      sessionPassword = null
      return { outcome: 'disabled' as const }
    })
  }

  async function unlock(password: string) {
    const config = await readConfig()
    if (!config.encrypt) return { outcome: 'not-enabled' as const }
    if (!(await passwordMatches(config, password))) return { outcome: 'wrong-password' as const }
    sessionPassword = password
    await serial(() => encryptLockedUpgradeBackups(config, password))
    return { outcome: 'unlocked' as const }
  }

  async function setFolder(dir: string | null): Promise<string> {
    if (dir !== null) {
      // Prove the folder is writable now rather than when the first backup fails.
      await mkdir(dir, { recursive: true })
      const probe = join(dir, `.matbar-write-test-${randomBytes(4).toString('hex')}`)
      await writeFileAtomic(probe, 'ok')
      await unlink(probe)
    }
    const config = await writeConfig({ folder: dir })
    return config.folder ?? defaultFolder
  }

  /**
   * A pending call the renderer makes at start; answered when the app is about to quit, or with
   * quitting: false after `maxWaitMs` (the renderer then asks again), so calls from a page that
   * was reloaded do not pile up.
   */
  function awaitQuit(maxWaitMs = 10 * 60 * 1000): Promise<{ quitting: boolean }> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer)
        resolve({ quitting: true })
      }
      const timer = setTimeout(() => {
        quitWaiters.delete(wake)
        resolve({ quitting: false })
      }, maxWaitMs)
      quitWaiters.add(wake)
    })
  }

  /**
   * Called by the Electron shell when the window closes: asks the renderer (through awaitQuit) for a
   * last backup and resolves when it says it is done or after `timeoutMs`, whichever comes first.
   */
  function requestQuitBackup(timeoutMs: number): Promise<void> {
    if (quitWaiters.size === 0) return Promise.resolve()
    return new Promise((resolve) => {
      const timer = setTimeout(finish, timeoutMs)
      function finish() {
        clearTimeout(timer)
        quitReady = null
        resolve()
      }
      quitReady = finish
      for (const wake of quitWaiters) wake()
      quitWaiters.clear()
    })
  }

  function markQuitReady(): null {
    quitReady?.()
    return null
  }

  return {
    folder,
    status,
    create,
    buildExport,
    beginWrite,
    /** What a write session makes, or undefined for an unknown token. */
    writePurpose: (token: string): WritePurpose | undefined => writes.get(token)?.purpose,
    writeChunk,
    finishWrite,
    abortWrite,
    moveExport,
    offerDownload,
    takeDownload,
    releaseDownload,
    dropDownload,
    stage,
    beginUpload,
    uploadChunk,
    finishUpload,
    stageFile,
    openBackup,
    readStaged,
    readPiece,
    commitImport,
    discardImport,
    setEncryption,
    handleClearBackups,
    unlock,
    setFolder,
    awaitQuit,
    requestQuitBackup,
    markQuitReady,
    isLocked: async () => (await readConfig()).encrypt && sessionPassword === null,
    /** Decrypts a backup with this session's password, for the erasure search; 'locked' without one. */
    decryptWithSession: async (data: Uint8Array) =>
      sessionPassword === null ? ('locked' as const) : decrypt(data, sessionPassword, { kdf: options.kdf })
  }
}
export type BackupService = ReturnType<typeof createBackupService>

/** The renderer's reason for a file that could not be decrypted (the password was not the problem). */
function damagedCode(result: { reason: string }): DamagedCode {
  if (result.reason === 'unsupported') return 'encryption-newer'
  if (result.reason === 'tampered') return 'encryption-tampered'
  if (result.reason === 'truncated') return 'encryption-cut-short'
  if (result.reason === 'not-encrypted') return 'not-zip'
  return 'encryption-damaged'
}

function pickTables(counts: Record<string, number>): Partial<Record<(typeof TABLE_NAMES)[number], number>> {
  const out: Partial<Record<(typeof TABLE_NAMES)[number], number>> = {}
  for (const name of TABLE_NAMES) if (counts[name] !== undefined) out[name] = counts[name]
  return out
}

function utf8Text(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
}

/** The attachment rows of a split file as a small portfolio text, for nameFilesFromRows. */
async function attachmentRowsText(path: string, pieces: readonly PortfolioPiece[]): Promise<string> {
  const rows: string[] = []
  for (const p of pieces) if (p.table === 'attachments') rows.push(utf8Text(await readRange(path, p.start, p.end)))
  return `{"tables":{"attachments":[${rows.join(',')}]}}`
}

/** Bytes [start, end) of a file. */
async function readRange(path: string, start: number, end: number): Promise<Buffer> {
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(end - start)
    let at = 0
    while (at < buffer.length) {
      const { bytesRead } = await handle.read(buffer, at, buffer.length - at, start + at)
      if (bytesRead === 0) throw new Error('the staged file is shorter than its pieces')
      at += bytesRead
    }
    return buffer
  } finally {
    await handle.close()
  }
}

async function removeFile(path: string): Promise<void> {
  await unlink(path).catch(() => undefined)
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false
  )
}

/**
 * The start of an encrypted file, enough for its header and a tag (checkEncryptedHeader): a file too
 * short for them reads as what it is.
 */
async function readEncryptedStart(path: string): Promise<Uint8Array> {
  return readPrefix(path, ENCRYPTED_HEADER_MAX_BYTES + 16)
}

async function readPrefix(path: string, bytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(bytes)
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}
