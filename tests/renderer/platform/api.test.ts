import { describe, expect, it } from 'vitest'
import { CHANNELS, methodName } from '@shared/ipc/channels'
import { DEFAULT_SETTINGS } from '@shared/settings'
import { createApi, PlatformError } from '@renderer/platform/api'
import type { Transport } from '@renderer/platform/transport'
import { createFakeMain, FAKE_APP_INFO } from '../helpers/fake-transport'

const fixed =
  (answer: unknown): Transport =>
  async () =>
    answer

describe('platform/api', () => {
  describe('createApi()', () => {
    it('has one method per contract channel', () => {
      const api = createApi(createFakeMain().transport)
      expect(Object.keys(api).sort()).toEqual(CHANNELS.map(methodName).sort())
    })

    it('sends the channel and input and resolves to the unwrapped value', async () => {
      const main = createFakeMain()
      const api = createApi(main.transport)
      const saved = await api.settingsSet({ language: 'en' })
      expect(saved).toEqual({ ...DEFAULT_SETTINGS, language: 'en' })
      expect(await api.appInfo()).toEqual(FAKE_APP_INFO)
      expect(main.calls).toEqual([
        { channel: 'settings:set', input: { language: 'en' } },
        { channel: 'app:info', input: undefined }
      ])
    })

    it('throws a PlatformError with the code and technical text of an ok:false envelope, and a sentence to show', async () => {
      const api = createApi(fixed({ ok: false, error: { code: 'invalid-input', message: 'language: bad' } }))
      const error = await api.settingsGet().catch((e: unknown) => e)
      expect(error).toBeInstanceOf(PlatformError)
      expect(error).toMatchObject({ code: 'invalid-input', detail: 'language: bad' })
      expect((error as PlatformError).message).toMatch(/^Uppgifterna kunde inte tas emot/)
    })

    it("says the harness's refusal of an over-limit body in the user's language, not the bridge's words", async () => {
      const api = createApi(
        fixed({ ok: false, error: { code: 'too-large', message: 'Request body over 67108864 bytes' } })
      )
      const error = (await api.settingsGet().catch((e: unknown) => e)) as PlatformError
      expect(error.code).toBe('too-large')
      expect(error.message).toMatch(/för stort för att skickas i ett stycke/)
      expect(error.message).not.toMatch(/Request body|bytes/)
    })

    it('maps an unknown error code to internal', async () => {
      const api = createApi(fixed({ ok: false, error: { code: 'weird', message: 'x' } }))
      await expect(api.settingsGet()).rejects.toMatchObject({ code: 'internal' })
    })

    it('rejects a value that breaks the contract instead of passing it on', async () => {
      const api = createApi(fixed({ ok: true, value: { language: 'de', sampleOffered: false } }))
      await expect(api.settingsGet()).rejects.toMatchObject({ code: 'internal' })
    })

    it('rejects an answer that is no envelope as a transport error', async () => {
      const api = createApi(fixed('<html>'))
      await expect(api.appInfo()).rejects.toMatchObject({ code: 'transport' })
    })

    it('turns a throwing transport into a PlatformError', async () => {
      const api = createApi(async () => {
        throw new TypeError('Failed to fetch')
      })
      const error = await api.appInfo().catch((e: unknown) => e)
      expect(error).toBeInstanceOf(PlatformError)
      expect((error as PlatformError).code).toBe('transport')
      expect((error as PlatformError).detail).toContain('Failed to fetch')
      expect((error as PlatformError).message).toBe(
        'Kontakten med appen bröts. Kontrollera att Mätbar fortfarande är igång och försök igen.'
      )
    })

    it('fills defaults through the contract schema', async () => {
      const api = createApi(fixed({ ok: true, value: {} }))
      expect(await api.settingsGet()).toEqual(DEFAULT_SETTINGS)
    })
  })
})
