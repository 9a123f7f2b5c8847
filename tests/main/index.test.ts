import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '@shared/ipc/channels'
import { getMainWindowOptions } from '@main/window'
import { createFakeWebContents, fakeEvent, resetFakeElectron } from '../helpers/electron-mock'
import type { FakeElectron } from '../helpers/electron-mock'

vi.mock('electron', async () => (await import('../helpers/electron-mock')).electronModule())

let userData: string
beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'matbar-main-'))
})
afterEach(async () => {
  await rm(userData, { recursive: true, force: true })
})

/** Loads src-main/index.ts afresh against new fakes, as Electron would run it. */
async function start(options: { gotLock?: boolean } = {}): Promise<FakeElectron> {
  const electron = resetFakeElectron({ userData, version: '9.8.7', ...options })
  vi.resetModules()
  await import('@main/index')
  return electron
}

describe('index', () => {
  describe('single-instance lock', () => {
    it('quits at once and sets nothing up when another instance holds the lock', async () => {
      const e = await start({ gotLock: false })
      expect(e.app.requestSingleInstanceLock).toHaveBeenCalled()
      expect(e.app.quit).toHaveBeenCalledTimes(1)
      await e.app.becomeReady()
      expect(e.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled()
      expect(e.protocol.handle).not.toHaveBeenCalled()
      expect(e.windows).toHaveLength(0)
    })

    it('focuses the existing window when a second instance starts', async () => {
      const e = await start()
      await e.app.becomeReady()
      const win = e.windows[0]!
      win.isMinimized.mockReturnValue(true)
      e.app.emit('second-instance', fakeEvent(), [], '/')
      expect(win.restore).toHaveBeenCalled()
      expect(win.focus).toHaveBeenCalled()
      expect(e.app.quit).not.toHaveBeenCalled()
    })
  })

  describe('before ready', () => {
    it('registers the app scheme as privileged and enables the sandbox for all renderers', async () => {
      const e = await start()
      expect(e.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([expect.objectContaining({ scheme: 'app' })])
      expect(e.app.enableSandbox).toHaveBeenCalled()
      expect(e.windows).toHaveLength(0)
    })

    it('hardens every web contents that gets created', async () => {
      const e = await start()
      const contents = createFakeWebContents()
      e.app.emit('web-contents-created', fakeEvent(), contents)
      expect(contents.setWindowOpenHandler).toHaveBeenCalled()
      expect(contents.listenerCount('will-navigate')).toBe(1)
      expect(contents.listenerCount('will-attach-webview')).toBe(1)
    })
  })

  describe('on ready', () => {
    it('serves app://, installs the CSP and denies all permissions on the default session', async () => {
      const e = await start()
      await e.app.becomeReady()
      expect(e.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
      const session = e.session.defaultSession
      expect(session.webRequest.onHeadersReceived).toHaveBeenCalled()
      expect(session.requestPermission('media')).toBe(false)
      expect(session.checkPermission('geolocation')).toBe(false)
    })

    it('opens one hidden secure window on app://matbar/index.html and shows it when ready', async () => {
      const e = await start()
      await e.app.becomeReady()
      expect(e.windows).toHaveLength(1)
      const win = e.windows[0]!
      const options = win.options as ReturnType<typeof getMainWindowOptions>
      const preload = options.webPreferences?.preload ?? ''
      expect(preload).toMatch(/[/\\]preload[/\\]index\.js$/)
      expect(options).toEqual(getMainWindowOptions(preload))
      expect(win.loadURL).toHaveBeenCalledWith('app://matbar/index.html')
      expect(win.show).not.toHaveBeenCalled()
      win.emit('ready-to-show')
      expect(win.show).toHaveBeenCalled()
    })

    it('answers IPC from the window with services on the userData folder', async () => {
      const e = await start()
      await e.app.becomeReady()
      expect([...e.ipcMain.handlers.keys()].sort()).toEqual([...CHANNELS].sort())
      const win = e.windows[0]!
      expect(await e.ipcMain.invoke('app:info', { senderFrame: win.webContents.mainFrame })).toEqual({
        ok: true,
        value: { name: 'Mätbar', version: '9.8.7', dataFolder: userData, shell: 'electron' }
      })
    })

    it('refuses IPC once the window is closed', async () => {
      const e = await start()
      await e.app.becomeReady()
      const win = e.windows[0]!
      win.emit('closed')
      expect(await e.ipcMain.invoke('app:info', { senderFrame: win.webContents.mainFrame })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' }
      })
    })
  })

  describe('window-all-closed', () => {
    it('quits except on macOS', async () => {
      const e = await start()
      await e.app.becomeReady()
      e.app.emit('window-all-closed')
      expect(e.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1)
    })
  })
})
