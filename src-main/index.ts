/**
 * The Electron main process: app lifecycle only. Everything with logic lives in window.ts,
 * protocol.ts, security.ts, ipc.ts and services/, where it is unit-tested without Electron.
 */
import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron'
import { APP_ENTRY_URL, handleAppProtocol, registerAppScheme } from './protocol'
import { denyAllPermissions, hardenWebContents, installContentSecurityPolicy, SECURITY_HEADERS } from './security'
import { registerIpc } from './ipc'
import { createMainWindow } from './window'
import { createServices } from './services/index'
import type { Desktop } from './services/desktop'

let mainWindow: BrowserWindow | null = null

/**
 * The one desktop port over Electron: native dialogs attached to the main window (so they are modal to
 * it) and the shell. The paths it opens or shows come from main only.
 */
const electronDesktop: Desktop = {
  chooseSavePath: async ({ title, defaultName, filters }) => {
    const options = { title, defaultPath: join(app.getPath('documents'), defaultName), filters }
    const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options)
    return result.canceled || !result.filePath ? null : result.filePath
  },
  chooseOpenPaths: async ({ title, filters, multiple }) => {
    const properties: ('openFile' | 'multiSelections')[] = multiple ? ['openFile', 'multiSelections'] : ['openFile']
    const options = { title, filters, properties }
    const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options)
    return result.canceled ? [] : result.filePaths
  },
  chooseFolder: async ({ title, defaultPath }) => {
    const options = { title, defaultPath, properties: ['openDirectory' as const, 'createDirectory' as const] }
    const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options)
    return result.canceled ? null : (result.filePaths[0] ?? null)
  },
  openPath: async (path) => {
    const error = await shell.openPath(path)
    return error ? { error } : 'done'
  },
  showItemInFolder: async (path) => {
    shell.showItemInFolder(path)
    return 'done'
  }
}

/** How long closing the window waits for the renderer's last backup. */
const QUIT_BACKUP_TIMEOUT_MS = 15_000
/** Set once the services exist: asks the renderer for a last backup before the window goes. */
let beforeClose: (() => Promise<void>) | null = null

function openMainWindow(): void {
  const win = createMainWindow(BrowserWindow, join(__dirname, '../preload/index.js'))
  mainWindow = win
  // The renderer owns the data, so main cannot back it up alone: hold the close, let the renderer
  // write its backup (it is waiting on backups:awaitQuit), then close for real.
  let backupDone = false
  win.on('close', (event) => {
    if (backupDone || !beforeClose) return
    event.preventDefault()
    backupDone = true
    void beforeClose().finally(() => {
      if (!win.isDestroyed()) win.close()
    })
  })
  win.once('ready-to-show', () => win.show())
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null
  })
  void win.loadURL(APP_ENTRY_URL)
}

function focusMainWindow(): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}

// One instance only: two would write the same settings file and IndexedDB at the same time.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', focusMainWindow)

  // Sandbox every renderer, whatever options it is created with.
  app.enableSandbox()
  // Privileged schemes must be registered before 'ready'.
  registerAppScheme(protocol)

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shell))

  void app.whenReady().then(() => {
    handleAppProtocol(protocol, join(__dirname, '../renderer'), SECURITY_HEADERS)
    installContentSecurityPolicy(session.defaultSession)
    denyAllPermissions(session.defaultSession)

    const services = createServices({
      dataFolder: app.getPath('userData'),
      appName: 'Mätbar',
      appVersion: app.getVersion(),
      shell: 'electron',
      log: (msg) => console.warn(msg),
      desktop: electronDesktop,
      // out/main: the document worker is built beside this file.
      workerDir: __dirname
    })
    beforeClose = () => services.files.backups.requestQuitBackup(QUIT_BACKUP_TIMEOUT_MS)
    registerIpc(ipcMain, services, () => mainWindow)

    openMainWindow()
    app.on('activate', () => {
      // macOS: clicking the dock icon with no window open opens one again.
      if (BrowserWindow.getAllWindows().length === 0) openMainWindow()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
