import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS, methodName } from '@shared/ipc/channels'
import { fakeElectron, resetFakeElectron } from '../helpers/electron-mock'

vi.mock('electron', async () => (await import('../helpers/electron-mock')).electronModule())

async function loadPreload() {
  vi.resetModules()
  return import('@main/preload')
}

describe('preload', () => {
  beforeEach(() => {
    resetFakeElectron()
  })

  describe('buildApi()', () => {
    it('has exactly one method per channel, named after it', async () => {
      const { buildApi } = await loadPreload()
      const api = buildApi(vi.fn())
      expect(Object.keys(api).sort()).toEqual(CHANNELS.map(methodName).sort())
      expect(Object.keys(api)).toContain('settingsGet')
    })

    it.each(CHANNELS.map((c) => [c] as const))('forwards %s to its own channel with the one input', async (channel) => {
      const { buildApi } = await loadPreload()
      const invoke = vi.fn(async () => 'answer')
      const api = buildApi(invoke) as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>
      await expect(api[methodName(channel)]!({ language: 'en' }, 'extra', () => 'callback')).resolves.toBe('answer')
      expect(invoke).toHaveBeenCalledTimes(1)
      expect(invoke).toHaveBeenCalledWith(channel, { language: 'en' })
    })

    it('returns a frozen object', async () => {
      const { buildApi } = await loadPreload()
      expect(Object.isFrozen(buildApi(vi.fn()))).toBe(true)
    })
  })

  describe('on load', () => {
    it("exposes only 'api' in the main world", async () => {
      await loadPreload()
      const { contextBridge } = fakeElectron()
      expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1)
      expect([...contextBridge.exposed.keys()]).toEqual(['api'])
    })

    it('exposes the channel methods and nothing of ipcRenderer', async () => {
      await loadPreload()
      const { contextBridge, ipcRenderer } = fakeElectron()
      const api = contextBridge.exposed.get('api') as Record<string, unknown>
      expect(Object.keys(api).sort()).toEqual(CHANNELS.map(methodName).sort())
      for (const value of Object.values(api)) {
        expect(typeof value).toBe('function')
        expect(value).not.toBe(ipcRenderer.invoke)
      }
      for (const forbidden of ['invoke', 'send', 'on', 'once', 'ipcRenderer', 'sendSync', 'postMessage']) {
        expect(api).not.toHaveProperty(forbidden)
      }
    })

    it('sends settingsSet(patch) through ipcRenderer.invoke on settings:set', async () => {
      await loadPreload()
      const { contextBridge, ipcRenderer } = fakeElectron()
      const api = contextBridge.exposed.get('api') as Record<string, (input?: unknown) => Promise<unknown>>
      await api.settingsSet!({ language: 'en' })
      await api.settingsGet!()
      expect(ipcRenderer.invoke.mock.calls).toEqual([
        ['settings:set', { language: 'en' }],
        ['settings:get', undefined]
      ])
    })
  })

  describe('source', () => {
    it('imports at runtime only electron and the dependency-free channel list (it runs sandboxed)', () => {
      const source = readFileSync(join(__dirname, '../../src-main/preload.ts'), 'utf8')
      const runtimeImports = [...source.matchAll(/^import\s+(?!type\b)[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1])
      expect(runtimeImports.sort()).toEqual(['@shared/ipc/channels', 'electron'])
    })
  })
})
