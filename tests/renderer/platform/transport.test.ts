import { afterEach, describe, expect, it, vi } from 'vitest'
import { bridgeTransport, detectTransport, preloadTransport, readBridgeToken } from '@renderer/platform/transport'

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

function addTokenMeta(token: string): HTMLMetaElement {
  const meta = document.createElement('meta')
  meta.name = 'matbar-bridge-token'
  meta.content = token
  document.head.append(meta)
  return meta
}

describe('platform/transport', () => {
  afterEach(() => {
    document.head.querySelectorAll('meta[name="matbar-bridge-token"]').forEach((m) => m.remove())
  })

  describe('bridgeTransport()', () => {
    it('POSTs JSON input with the token to /api/<channel>', async () => {
      const fetchFn = vi.fn(async () => jsonResponse({ ok: true, value: 1 }))
      const answer = await bridgeTransport('tok-123', fetchFn)('settings:set', { language: 'en' })
      expect(answer).toEqual({ ok: true, value: 1 })
      expect(fetchFn).toHaveBeenCalledWith('/api/settings:set', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Matbar-Token': 'tok-123' },
        body: '{"language":"en"}'
      })
    })

    it('sends an empty body for a channel without input', async () => {
      const fetchFn = vi.fn(async (_url: string, _init: RequestInit) => jsonResponse({ ok: true, value: null }))
      await bridgeTransport('t', fetchFn as unknown as typeof fetch)('app:info', undefined)
      expect(fetchFn.mock.calls[0]?.[1].body).toBe('')
    })

    it('sends an input with bytes as the body itself, its other fields in a header (no base64)', async () => {
      const fetchFn = vi.fn(async (_url: string, _init: RequestInit) => jsonResponse({ ok: true, value: null }))
      const data = new Uint8Array([0x7b, 0x7d, 0xff])
      await bridgeTransport('t', fetchFn as unknown as typeof fetch)('portfolio:uploadChunk', { token: 'abc', data })
      const init = fetchFn.mock.calls[0]![1]
      // A Blob of the bytes (Chromium does not copy a Blob body into DevTools' request events).
      expect(init.body).toBeInstanceOf(Blob)
      expect(new Uint8Array(await (init.body as Blob).arrayBuffer())).toEqual(data)
      expect(init.headers).toEqual({
        'Content-Type': 'application/octet-stream',
        'X-Matbar-Token': 't',
        'X-Matbar-Input': '{"token":"abc"}'
      })
    })

    it('sends a write piece given as text as its UTF-8 bytes, the same bytes TextEncoder gives (no JSON body)', async () => {
      const fetchFn = vi.fn(async (_url: string, _init: RequestInit) => jsonResponse({ ok: true, value: null }))
      // Quotes, Swedish letters, a character outside the BMP and an escaped lone surrogate, as JSON.stringify writes them.
      const text = JSON.stringify([{ title: 'Åtgärd "ö" \u{1f600}', raw: '\ud800' }])
      const transport = bridgeTransport('t', fetchFn as unknown as typeof fetch)
      await transport('portfolio:writeChunk', { token: 'abc', text, index: 3 })
      const init = fetchFn.mock.calls[0]![1]
      expect(init.body).toBeInstanceOf(Blob)
      expect(new Uint8Array(await (init.body as Blob).arrayBuffer())).toEqual(new TextEncoder().encode(text))
      expect(init.headers).toEqual({
        'Content-Type': 'application/octet-stream',
        'X-Matbar-Token': 't',
        'X-Matbar-Input': '{"token":"abc","index":3}'
      })
      // Only that channel: another channel's text stays a field of a JSON body.
      await transport('portfolio:uploadImport', { fileName: 'a.json', text: 'x' } as never)
      expect(fetchFn.mock.calls[1]![1].headers).toMatchObject({ 'Content-Type': 'application/json' })
      expect(JSON.parse(fetchFn.mock.calls[1]![1].body as string)).toEqual({ fileName: 'a.json', text: 'x' })
    })

    it('returns the error envelope of a 401 answer as it came', async () => {
      const envelope = { ok: false, error: { code: 'forbidden', message: 'bad token' } }
      const fetchFn = vi.fn(async () => jsonResponse(envelope, 401))
      expect(await bridgeTransport('t', fetchFn)('settings:get', undefined)).toEqual(envelope)
    })

    it('fails clearly on a body that is not JSON', async () => {
      const fetchFn = vi.fn(async () => new Response('Bad Gateway', { status: 502 }))
      await expect(bridgeTransport('t', fetchFn)('settings:get', undefined)).rejects.toThrow(/502/)
    })
  })

  describe('preloadTransport()', () => {
    it('calls the named preload method, without an argument when there is no input', async () => {
      const settingsGet = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'g' }))
      const settingsSet = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 's' }))
      const transport = preloadTransport({ settingsGet, settingsSet })
      expect(await transport('settings:get', undefined)).toEqual({ ok: true, value: 'g' })
      expect(settingsGet.mock.calls[0]).toEqual([])
      await transport('settings:set', { language: 'sv' })
      expect(settingsSet).toHaveBeenCalledWith({ language: 'sv' })
    })

    it('fails when the preload lacks the method', async () => {
      await expect(preloadTransport({})('app:info', undefined)).rejects.toThrow(/app:info/)
    })
  })

  describe('readBridgeToken()', () => {
    it('reads the token meta the bridge injects, or null without one', () => {
      expect(readBridgeToken(document)).toBeNull()
      addTokenMeta('abc')
      expect(readBridgeToken(document)).toBe('abc')
    })
  })

  describe('detectTransport()', () => {
    it('prefers window.api when the preload is present', async () => {
      addTokenMeta('abc')
      const appInfo = vi.fn(async () => ({ ok: true, value: 'from-preload' }))
      const win = Object.assign(Object.create(window) as Window, { api: { appInfo }, document })
      const transport = detectTransport(win)
      expect(await transport?.('app:info', undefined)).toEqual({ ok: true, value: 'from-preload' })
    })

    it('uses the bridge when only the token is there, and nothing when neither is', async () => {
      const win = Object.assign(Object.create(window) as Window, { document })
      expect(detectTransport(win)).toBeNull()
      addTokenMeta('abc')
      const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(jsonResponse({ ok: true, value: 1 }))
      await detectTransport(win)?.('app:info', undefined)
      expect(fetchSpy).toHaveBeenCalledWith('/api/app:info', expect.objectContaining({ method: 'POST' }))
      fetchSpy.mockRestore()
    })
  })
})
