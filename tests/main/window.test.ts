import { describe, expect, it } from 'vitest'
import { createMainWindow, getMainWindowOptions } from '@main/window'
import { createFakeBrowserWindowClass } from '../helpers/electron-mock'

const PRELOAD = '/app/out/preload/index.js'

describe('window', () => {
  describe('getMainWindowOptions()', () => {
    const prefs = getMainWindowOptions(PRELOAD).webPreferences ?? {}

    // Electron's security checklist, item by item: each flag must be set explicitly to its safe value.
    it.each([
      ['contextIsolation', true],
      ['sandbox', true],
      ['nodeIntegration', false],
      ['nodeIntegrationInWorker', false],
      ['nodeIntegrationInSubFrames', false],
      ['webSecurity', true],
      ['allowRunningInsecureContent', false],
      ['experimentalFeatures', false],
      ['webviewTag', false]
    ] as const)('sets webPreferences.%s to %s', (key, value) => {
      expect(prefs).toHaveProperty(key, value)
    })

    it('enables no extra Blink features', () => {
      expect(prefs.enableBlinkFeatures).toBeUndefined()
    })

    it('disables Auxclick so middle-click cannot start a new-window flow', () => {
      expect(prefs.disableBlinkFeatures?.split(',')).toContain('Auxclick')
    })

    it('uses the preload path it is given', () => {
      expect(prefs.preload).toBe(PRELOAD)
      expect(getMainWindowOptions('/elsewhere/preload.js').webPreferences?.preload).toBe('/elsewhere/preload.js')
    })

    it('keeps the window hidden until ready-to-show', () => {
      expect(getMainWindowOptions(PRELOAD).show).toBe(false)
    })

    it('has the app title and a minimum size no larger than its size', () => {
      const o = getMainWindowOptions(PRELOAD)
      expect(o.title).toBe('Mätbar')
      expect(o.minWidth).toBeGreaterThanOrEqual(800)
      expect(o.minHeight).toBeGreaterThanOrEqual(500)
      expect(o.width).toBeGreaterThanOrEqual(o.minWidth ?? 0)
      expect(o.height).toBeGreaterThanOrEqual(o.minHeight ?? 0)
    })

    it('returns a fresh object each call, so a caller cannot change the next window', () => {
      const a = getMainWindowOptions(PRELOAD)
      a.webPreferences!.sandbox = false
      expect(getMainWindowOptions(PRELOAD).webPreferences?.sandbox).toBe(true)
    })
  })

  describe('createMainWindow()', () => {
    it('constructs the window with exactly the options getMainWindowOptions() reports', () => {
      const { BrowserWindow, instances } = createFakeBrowserWindowClass()
      const win = createMainWindow(BrowserWindow, PRELOAD)
      expect(instances).toEqual([win])
      expect(win.options).toEqual(getMainWindowOptions(PRELOAD))
    })
  })
})
