/**
 * The handlers of the file channels (backups, export/import, attachments), spread into
 * createServices. Dialog titles follow the app's language setting.
 */
import { unlink } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { MAX_ATTACHMENT_BYTES } from '@shared/ipc/attachments'
import type { AttachmentFile } from '@shared/ipc/attachments'
import type { ChannelsOf } from '@shared/ipc/channels'
import type { Language } from '@shared/settings'
import { isOpenable } from './attachment-safety'
import { createAttachmentStore } from './attachments'
import { createBackupService } from './backups'
import type { BackupServiceOptions } from './backups'
import type { Desktop } from './desktop'
import type { Handlers } from './handlers'

type FileHandlers = Handlers<ChannelsOf<'backups' | 'portfolio' | 'attachments'>>

export type FileServiceOptions = {
  dataFolder: string
  appVersion: string
  language: () => Promise<Language>
  /** Only the desktop app has a window close to back up on; elsewhere awaitQuit answers at once. */
  shell?: 'electron' | 'browser'
  /** Dialogs and the shell; BROWSER_DESKTOP in the harness (downloads instead, the rest 'unsupported'). */
  desktop: Desktop
  now?: () => Date
  kdf?: BackupServiceOptions['kdf']
  log?: (msg: string) => void
}

const TEXTS = {
  sv: {
    exportTitle: 'Exportera portföljen',
    importTitle: 'Importera en portfölj',
    attachTitle: 'Välj filer att bifoga',
    folderTitle: 'Välj mapp för säkerhetskopior',
    archive: 'Mätbar-arkiv',
    encrypted: 'Krypterat Mätbar-arkiv',
    allFiles: 'Alla filer'
  },
  en: {
    exportTitle: 'Export the portfolio',
    importTitle: 'Import a portfolio',
    attachTitle: 'Choose files to attach',
    folderTitle: 'Choose a folder for backups',
    archive: 'Mätbar archive',
    encrypted: 'Encrypted Mätbar archive',
    allFiles: 'All files'
  }
} as const

/** Creates the file services and their channel handlers. */
export function createFileServices(options: FileServiceOptions) {
  const attachments = createAttachmentStore(options.dataFolder, undefined, { log: options.log })
  const backups = createBackupService({
    dataFolder: options.dataFolder,
    appVersion: options.appVersion,
    attachments,
    now: options.now,
    kdf: options.kdf,
    log: options.log
  })
  const desktop = options.desktop
  const texts = async () => TEXTS[await options.language().catch(() => 'sv' as const)]

  async function fileAction(
    sha256: string,
    act: (path: string) => Promise<'done' | 'unsupported' | { error: string }>
  ) {
    const path = await attachments.fileOf(sha256)
    if (!path) return { outcome: 'missing' as const }
    const result = await act(path)
    if (typeof result === 'object') throw new Error(result.error)
    return { outcome: result }
  }

  const handlers: FileHandlers = {
    'backups:status': () => backups.status(),
    'backups:finish': async ({ token, attachments: hashes }) => {
      if (backups.writePurpose(token)?.kind === 'export') throw new Error('this write session is an export')
      const result = await backups.finishWrite(token, hashes)
      if (result.outcome === 'built') throw new Error('this write session is an export')
      return result
    },
    'backups:open': ({ name }) => backups.openBackup(name),
    'backups:chooseFolder': async () => {
      const t = await texts()
      const chosen = await desktop.chooseFolder({ title: t.folderTitle, defaultPath: await backups.folder() })
      if (chosen === 'unsupported') return { outcome: 'unsupported' }
      if (chosen === null) return { outcome: 'cancelled' }
      return { outcome: 'chosen', folder: await backups.setFolder(chosen) }
    },
    'backups:resetFolder': async () => ({ folder: await backups.setFolder(null) }),
    'backups:showFolder': async () => {
      const result = await desktop.showItemInFolder(await backups.folder())
      return { outcome: result }
    },
    'backups:setEncryption': ({ enabled, password }) => backups.setEncryption(enabled, password),
    'backups:handleClear': ({ action }) => backups.handleClearBackups(action),
    'backups:unlock': ({ password }) => backups.unlock(password),
    'backups:awaitQuit': async () => (options.shell === 'electron' ? backups.awaitQuit() : { quitting: false }),
    'backups:quitReady': async () => backups.markQuitReady(),
    'portfolio:writeBegin': ({ purpose, counts }) => backups.beginWrite(purpose, counts),
    'portfolio:writeChunk': ({ token, text, data, index }) => backups.writeChunk(token, data ?? text ?? '', index),
    'portfolio:writeAbort': ({ token }) => backups.abortWrite(token),
    'portfolio:writeFinish': async ({ token, attachments: hashes }) => {
      if (backups.writePurpose(token)?.kind === 'backup') throw new Error('this write session is a backup')
      const built = await backups.finishWrite(token, hashes)
      if (built.outcome === 'expired') return built
      if (built.outcome !== 'built') throw new Error('this write session is a backup')
      const encrypted = built.fileName.endsWith('.enc')
      const t = await texts()
      let path: string | null | 'unsupported'
      try {
        path = await desktop.chooseSavePath({
          title: t.exportTitle,
          defaultName: built.fileName,
          filters: [encrypted ? { name: t.encrypted, extensions: ['enc'] } : { name: t.archive, extensions: ['zip'] }]
        })
      } catch (error) {
        await unlink(built.tempPath).catch(() => undefined)
        throw error
      }
      if (path === null) {
        await unlink(built.tempPath).catch(() => undefined)
        return { outcome: 'cancelled' }
      }
      if (path === 'unsupported') {
        // The browser harness: the file is fetched once from the bridge (GET /download/<token>).
        const download = backups.offerDownload(built.tempPath, built.fileName)
        return {
          outcome: 'download',
          fileName: built.fileName,
          url: `/download/${download}`,
          missingAttachments: built.missing
        }
      }
      await backups.moveExport(built.tempPath, path)
      return { outcome: 'saved', fileName: basename(path), missingAttachments: built.missing }
    },
    'portfolio:pickImport': async () => {
      const t = await texts()
      const paths = await desktop.chooseOpenPaths({
        title: t.importTitle,
        filters: [
          { name: t.archive, extensions: ['zip', 'enc', 'json'] },
          { name: t.allFiles, extensions: ['*'] }
        ]
      })
      if (paths === 'unsupported') return { outcome: 'unsupported' }
      const [path] = paths
      if (path === undefined) return { outcome: 'cancelled' }
      return backups.stageFile(path)
    },
    'portfolio:uploadImport': async ({ fileName, dataBase64 }) =>
      backups.stage(fileName.slice(0, 255), Buffer.from(dataBase64, 'base64')),
    'portfolio:uploadBegin': async ({ fileName, size }) => backups.beginUpload(fileName.slice(0, 255), size),
    'portfolio:uploadChunk': ({ token, data }) => backups.uploadChunk(token, data),
    'portfolio:uploadFinish': ({ token }) => backups.finishUpload(token),
    'portfolio:readImport': ({ token, password }) => backups.readStaged(token, password),
    'portfolio:readPiece': async ({ token, index }) => backups.readPiece(token, index),
    'portfolio:commitImport': ({ token }) => backups.commitImport(token),
    'portfolio:discardImport': ({ token }) => backups.discardImport(token),
    'attachments:choose': async () => {
      const t = await texts()
      const paths = await desktop.chooseOpenPaths({ title: t.attachTitle, multiple: true })
      if (paths === 'unsupported') return { outcome: 'unsupported' }
      if (paths.length === 0) return { outcome: 'cancelled' }
      const added: AttachmentFile[] = []
      for (const path of paths) {
        const result = await attachments.addFromPath(path)
        if ('outcome' in result) return result
        added.push(result)
      }
      return { outcome: 'added', files: added }
    },
    'attachments:upload': async ({ fileName, mimeType, dataBase64 }) => {
      // Decoded size from the base64 length, checked before decoding anything large.
      if (Math.floor((dataBase64.length * 3) / 4) > MAX_ATTACHMENT_BYTES + 2) {
        return { outcome: 'too-large', fileName: fileName.slice(0, 255), limit: MAX_ATTACHMENT_BYTES }
      }
      const result = await attachments.addBytes(fileName, mimeType, Buffer.from(dataBase64, 'base64'))
      return 'outcome' in result ? result : { outcome: 'added', files: [result] }
    },
    'attachments:open': async ({ sha256 }) => {
      // Only documents and images go to the system's app; an .exe, .bat, .hta, .lnk or .command
      // would run. Those are shown in their folder instead, and the renderer says why.
      const path = await attachments.fileOf(sha256)
      if (!path || isOpenable(path)) return fileAction(sha256, desktop.openPath)
      const shown = await fileAction(sha256, desktop.showItemInFolder)
      if (shown.outcome !== 'done') return shown
      return { outcome: 'shown-instead', extension: extname(path).toLowerCase().slice(0, 40) }
    },
    'attachments:show': ({ sha256 }) => fileAction(sha256, desktop.showItemInFolder),
    'attachments:release': async ({ sha256 }) => ({ outcome: await attachments.release(sha256) }),
    'attachments:sweep': ({ hashes }) => attachments.sweep(hashes)
  }
  return { handlers, backups, attachments }
}
export type FileServices = ReturnType<typeof createFileServices>
