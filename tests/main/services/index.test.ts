import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CHANNELS } from '@shared/ipc/channels'
import { BROWSER_DESKTOP } from '@main/services/desktop'
import { createServices, dispatch, isChannel } from '@main/services/index'
import type { Services } from '@main/services/index'

describe('services/index', () => {
  let dir: string
  let services: Services
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'matbar-services-'))
    services = createServices({
      dataFolder: dir,
      appName: 'Mätbar',
      appVersion: '0.9.0',
      shell: 'browser',
      desktop: BROWSER_DESKTOP
    })
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  describe('isChannel()', () => {
    it('accepts every contract channel', () => {
      for (const c of CHANNELS) expect(isChannel(c)).toBe(true)
    })
    it.each(['__proto__', 'constructor', 'toString', 'settings:delete', 'SETTINGS:GET', '', 42, null, undefined])(
      'refuses %j',
      (value) => {
        expect(isChannel(value)).toBe(false)
      }
    )
  })

  describe('dispatch()', () => {
    it('answers app:info from the options it was created with', async () => {
      expect(await dispatch(services, 'app:info', undefined)).toEqual({
        ok: true,
        value: { name: 'Mätbar', version: '0.9.0', dataFolder: dir, shell: 'browser' }
      })
    })

    it('round-trips settings through settings:set and settings:get', async () => {
      expect(await dispatch(services, 'settings:set', { language: 'en' })).toEqual({
        ok: true,
        value: { language: 'en', sampleOffered: false }
      })
      expect(await dispatch(services, 'settings:get', undefined)).toEqual({
        ok: true,
        value: { language: 'en', sampleOffered: false }
      })
    })

    it.each(['__proto__', 'constructor', 'settings:delete', 7, null])(
      'answers unknown-channel for %j',
      async (channel) => {
        expect(await dispatch(services, channel, undefined)).toMatchObject({
          ok: false,
          error: { code: 'unknown-channel' }
        })
      }
    )

    it.each([
      ['settings:set', { language: 'de' }, 'language'],
      ['settings:set', { language: 'en', admin: true }, 'admin'],
      ['settings:set', undefined, '(input)'],
      ['settings:get', { language: 'en' }, '(input)'],
      ['app:info', 'x', '(input)']
    ])('answers invalid-input for %s %j, naming %s', async (channel, input, named) => {
      const result = await dispatch(services, channel, input)
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
      if (!result.ok) expect(result.error.message).toContain(named)
    })

    it('answers internal when the service fails, without throwing', async () => {
      const blocked = join(dir, 'a-file')
      await writeFile(blocked, 'not a folder')
      const broken = createServices({
        dataFolder: blocked,
        appName: 'Mätbar',
        appVersion: '1',
        shell: 'browser',
        desktop: BROWSER_DESKTOP
      })
      expect(await dispatch(broken, 'settings:set', { language: 'en' })).toMatchObject({
        ok: false,
        error: { code: 'internal' }
      })
    })

    it('answers internal when a service returns something outside the contract', async () => {
      const bad = { ...services, handlers: { ...services.handlers, 'app:info': async () => ({ name: 1 }) } }
      expect(await dispatch(bad as unknown as Services, 'app:info', undefined)).toMatchObject({
        ok: false,
        error: { code: 'internal' }
      })
    })

    it('never throws on arbitrary input and never changes the settings on a refused call', async () => {
      await dispatch(services, 'settings:set', { language: 'en', sampleOffered: true })
      const file = join(dir, 'settings.json')
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...CHANNELS, 'nope'), fc.anything(), async (channel, input) => {
          const before = await readFile(file, 'utf8')
          const result = await dispatch(services, channel, input)
          if (!result.ok) {
            expect(['invalid-input', 'unknown-channel']).toContain(result.error.code)
            expect(await readFile(file, 'utf8')).toBe(before)
          }
        }),
        { numRuns: 300 }
      )
    })
  })
})
