import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CHANNELS } from '@shared/ipc/channels'
import { registerIpc } from '@main/ipc'
import { BROWSER_DESKTOP } from '@main/services/desktop'
import { createServices } from '@main/services/index'
import { createFakeBrowserWindowClass, createFakeFrame, createFakeIpcMain } from '../helpers/electron-mock'

describe('ipc', () => {
  describe('registerIpc()', () => {
    let dataFolder: string
    beforeEach(async () => {
      dataFolder = await mkdtemp(join(tmpdir(), 'matbar-ipc-'))
    })
    afterEach(async () => {
      await rm(dataFolder, { recursive: true, force: true })
    })

    function setup() {
      const ipcMain = createFakeIpcMain()
      const { BrowserWindow } = createFakeBrowserWindowClass()
      const win = new BrowserWindow({})
      const services = createServices({
        dataFolder,
        appName: 'Mätbar',
        appVersion: '1.2.3',
        shell: 'electron',
        desktop: BROWSER_DESKTOP
      })
      // The fake window is structurally what isTrustedSender reads from a BrowserWindow.
      registerIpc(ipcMain, services, () => win as never)
      const trusted = { senderFrame: win.webContents.mainFrame }
      return { ipcMain, win, trusted }
    }

    it('registers exactly one handler per contract channel', () => {
      const { ipcMain } = setup()
      expect([...ipcMain.handlers.keys()].sort()).toEqual([...CHANNELS].sort())
    })

    it('answers a good call with the service value', async () => {
      const { ipcMain, trusted } = setup()
      expect(await ipcMain.invoke('app:info', trusted)).toEqual({
        ok: true,
        value: { name: 'Mätbar', version: '1.2.3', dataFolder, shell: 'electron' }
      })
      expect(await ipcMain.invoke('settings:set', trusted, { language: 'en' })).toEqual({
        ok: true,
        value: { language: 'en', sampleOffered: false }
      })
      expect(await ipcMain.invoke('settings:get', trusted)).toEqual({
        ok: true,
        value: { language: 'en', sampleOffered: false }
      })
    })

    it.each([
      ['settings:set', { language: 'de' }],
      ['settings:set', { language: 'sv', isAdmin: true }],
      ['settings:set', 'language=en'],
      ['settings:set', null],
      ['settings:get', { unexpected: 1 }],
      ['app:info', 42]
    ])('answers a malformed %s payload %j with invalid-input and writes nothing', async (channel, payload) => {
      const { ipcMain, trusted } = setup()
      const result = (await ipcMain.invoke(channel, trusted, payload)) as { ok: boolean; error: { code: string } }
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
      expect(await readdir(dataFolder)).toEqual([])
    })

    it.each([
      ['a subframe', () => createFakeFrame('app://matbar/index.html', 4242)],
      ['our frame on another origin', null],
      ['no frame', () => null]
    ])('answers a call from %s with forbidden and calls no service', async (_name, makeFrame) => {
      const { ipcMain, win } = setup()
      if (makeFrame === null) win.webContents.mainFrame.url = 'https://evil.example/'
      const frame = makeFrame === null ? win.webContents.mainFrame : makeFrame()
      for (const channel of CHANNELS) {
        const result = await ipcMain.invoke(channel, { senderFrame: frame }, { language: 'en' })
        expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } })
      }
      expect(await readdir(dataFolder)).toEqual([])
    })

    it('answers forbidden when the window is gone', async () => {
      const ipcMain = createFakeIpcMain()
      const services = createServices({
        dataFolder,
        appName: 'Mätbar',
        appVersion: '1',
        shell: 'electron',
        desktop: BROWSER_DESKTOP
      })
      registerIpc(ipcMain, services, () => null)
      const result = await ipcMain.invoke('app:info', { senderFrame: createFakeFrame() })
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    })
  })
})
