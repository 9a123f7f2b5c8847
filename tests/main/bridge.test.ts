import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startBridge, resolveStaticPath, injectToken, tokenMatches, TOKEN_META } from '@main/bridge/server'
import type { Bridge } from '@main/bridge/server'
import { rawRequest } from '../helpers/http'

let dir: string
let bridge: Bridge
let host: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'matbar-bridge-'))
  const renderer = join(dir, 'renderer')
  await mkdir(join(renderer, 'assets'), { recursive: true })
  await writeFile(
    join(renderer, 'index.html'),
    '<!doctype html><html><head><title>t</title></head><body></body></html>'
  )
  await writeFile(join(renderer, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(dir, 'secret.txt'), 'outside the renderer')
  bridge = await startBridge({ rendererDir: renderer, dataFolder: join(dir, 'data'), appVersion: '9.9.9' })
  host = `127.0.0.1:${bridge.port}`
})

afterAll(async () => {
  await bridge.close()
  await rm(dir, { recursive: true, force: true })
})

function api(channel: string, body: string | undefined, headers: Record<string, string> = {}) {
  return rawRequest(bridge.port, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { Host: host, 'Content-Type': 'application/json', 'X-Matbar-Token': bridge.token, ...headers },
    body
  })
}

describe('bridge/server', () => {
  describe('startBridge()', () => {
    it('listens on 127.0.0.1 only and reports its URL', () => {
      expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/`)
      expect(bridge.port).toBeGreaterThan(0)
    })

    it('serves index.html with the token injected', async () => {
      const res = await rawRequest(bridge.port, { path: '/', headers: { Host: host } })
      expect(res.status).toBe(200)
      expect(res.headers['content-type']).toContain('text/html')
      expect(res.body).toContain(`<meta name="${TOKEN_META}" content="${bridge.token}" />`)
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'")
      expect(res.headers['content-security-policy']).toContain("default-src 'self'")
    })

    it('serves assets with their content type', async () => {
      const res = await rawRequest(bridge.port, { path: '/assets/app.js', headers: { Host: host } })
      expect(res.status).toBe(200)
      expect(res.headers['content-type']).toContain('text/javascript')
    })

    it.each([
      ['evil.example', undefined],
      [`localhost:${'PORT'}`, undefined],
      ['127.0.0.1:1', undefined],
      ['HOST', 'http://evil.example'],
      ['HOST', 'null'],
      ['HOST', 'http://127.0.0.1:1']
    ])('refuses Host %s / Origin %s with 403 before anything else (DNS rebinding)', async (h, origin) => {
      const headers: Record<string, string> = {
        Host: h === 'HOST' ? host : h.replace('PORT', String(bridge.port)),
        'X-Matbar-Token': bridge.token
      }
      if (origin) headers.Origin = origin
      const page = await rawRequest(bridge.port, { path: '/', headers })
      expect(page.status).toBe(403)
      expect(page.body).not.toContain(bridge.token)
      const call = await rawRequest(bridge.port, { method: 'POST', path: '/api/settings:get', headers })
      expect(call.status).toBe(403)
    })

    it('accepts its own origin', async () => {
      const res = await api('settings:get', '', { Origin: `http://${host}` })
      expect(res.status).toBe(200)
    })

    it.each([
      ['no token', undefined],
      ['a wrong token', 'f'.repeat(64)],
      ['a prefix of the token', 'PREFIX'],
      ['an empty token', '']
    ])('refuses an API call with %s with 401', async (_label, value) => {
      const headers: Record<string, string> = { Host: host }
      if (value !== undefined) headers['X-Matbar-Token'] = value === 'PREFIX' ? bridge.token.slice(0, 10) : value
      const res = await rawRequest(bridge.port, { method: 'POST', path: '/api/settings:get', headers })
      expect(res.status).toBe(401)
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    })

    it('answers a good call through the real services', async () => {
      const res = await api('app:info', '')
      expect(res.status).toBe(200)
      expect(JSON.parse(res.body)).toEqual({
        ok: true,
        value: { name: 'Mätbar', version: '9.9.9', dataFolder: join(dir, 'data'), shell: 'browser' }
      })
    })

    it('writes settings into its own data folder', async () => {
      const res = await api('settings:set', JSON.stringify({ language: 'en' }))
      expect(res.status).toBe(200)
      expect(JSON.parse(res.body).value.language).toBe('en')
      const onDisk = JSON.parse(await readFile(join(dir, 'data', 'settings.json'), 'utf8'))
      expect(onDisk.language).toBe('en')
      const again = await api('settings:get', '')
      expect(JSON.parse(again.body).value.language).toBe('en')
    })

    it.each([
      ['a wrong type', JSON.stringify({ language: 42 }), 'language'],
      ['an unknown language', JSON.stringify({ language: 'de' }), 'language'],
      ['an extra field', JSON.stringify({ language: 'sv', admin: true }), 'admin'],
      ['an array', JSON.stringify([1, 2]), '(input)'],
      ['broken JSON', '{"language":', 'not valid JSON']
    ])(
      'answers a payload with %s with 400 and the zod message, leaving settings as they were',
      async (_l, body, mentions) => {
        const before = await readFile(join(dir, 'data', 'settings.json'), 'utf8')
        const res = await api('settings:set', body)
        expect(res.status).toBe(400)
        const parsed = JSON.parse(res.body)
        expect(parsed).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
        expect(parsed.error.message).toContain(mentions)
        expect(await readFile(join(dir, 'data', 'settings.json'), 'utf8')).toBe(before)
      }
    )

    it('refuses input on a channel that takes none', async () => {
      const res = await api('app:info', JSON.stringify({ x: 1 }))
      expect(res.status).toBe(400)
    })

    it.each(['nope', '__proto__', 'constructor', 'app%3Ainfo%00'])(
      'answers unknown channel %s with 404',
      async (ch) => {
        const res = await api(ch, '')
        expect(res.status).toBe(404)
        expect(JSON.parse(res.body).ok).toBe(false)
      }
    )

    it('refuses GET on the API', async () => {
      const res = await rawRequest(bridge.port, {
        path: '/api/app:info',
        headers: { Host: host, 'X-Matbar-Token': bridge.token }
      })
      expect(res.status).toBe(405)
    })

    it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%00'])(
      'does not serve %s outside the renderer folder',
      async (path) => {
        const res = await rawRequest(bridge.port, { path, headers: { Host: host } })
        expect(res.status).toBe(404)
        expect(res.body).not.toContain('outside the renderer')
      }
    )
  })

  describe('resolveStaticPath()', () => {
    it.each([
      ['/', 'index.html'],
      ['/assets/a.js', 'assets/a.js'],
      ['/a%20b.css', 'a b.css']
    ])('maps %s inside the root', (path, rel) => {
      expect(resolveStaticPath('/srv/r', path)).toBe(join('/srv/r', rel))
    })
    it.each(['/../x', '/%2e%2e/x', '/a/../../x', '/%E0%A4%A', '/a\\..\\..\\x', '/x%00'])('refuses %s', (path) => {
      expect(resolveStaticPath('/srv/r', path)).toBeNull()
    })
  })

  describe('injectToken()', () => {
    it('adds the meta tag inside head', () => {
      const html = injectToken('<html><head><title>x</title></head></html>', 'abc')
      expect(html.indexOf(`content="abc"`)).toBeLessThan(html.indexOf('</head>'))
    })
  })

  describe('tokenMatches()', () => {
    it('is true only for the exact token', () => {
      expect(tokenMatches('abc', 'abc')).toBe(true)
      expect(tokenMatches('abd', 'abc')).toBe(false)
      expect(tokenMatches('ab', 'abc')).toBe(false)
      expect(tokenMatches(['abc'], 'abc')).toBe(false)
      expect(tokenMatches(undefined, 'abc')).toBe(false)
    })
  })

  describe('uploads in pieces as bytes (issue 15, point 3)', () => {
    it('takes a piece as the request body with its token in a header, no base64', async () => {
      const call = async (channel: string, input: unknown) =>
        JSON.parse((await api(channel, JSON.stringify(input))).body)
      const text = '{"format":"matbar-portfolio","formatVersion":1}'
      const begun = await call('portfolio:uploadBegin', { fileName: 'a.json', size: Buffer.byteLength(text) })
      const token = begun.value.token as string
      const sent = await api('portfolio:uploadChunk', text, {
        'Content-Type': 'application/octet-stream',
        'X-Matbar-Input': JSON.stringify({ token })
      })
      expect(JSON.parse(sent.body)).toEqual({ ok: true, value: { outcome: 'received' } })
      expect((await call('portfolio:uploadFinish', { token })).value).toMatchObject({ outcome: 'opened' })
      // Without its fields, or with a header that is not a JSON object, the call is refused as bad input.
      for (const header of ['not json', '[1]', JSON.stringify({})]) {
        const refused = await api('portfolio:uploadChunk', 'x', {
          'Content-Type': 'application/octet-stream',
          'X-Matbar-Input': header
        })
        expect(refused.status).toBe(400)
        expect(JSON.parse(refused.body).error.code).toBe('invalid-input')
      }
    })
  })

  describe('exports in pieces (issue 15, point 2)', () => {
    it('writes an export through write sessions and hands it out once at its download URL', async () => {
      const call = async (channel: string, input: unknown) =>
        JSON.parse((await api(channel, JSON.stringify(input))).body)
      const begun = await call('portfolio:writeBegin', { purpose: { kind: 'export', encrypt: false }, counts: {} })
      expect(begun.value.outcome).toBe('begun')
      const token = begun.value.token as string
      expect((await call('portfolio:writeChunk', { token, text: '{"format":"matbar-portfolio",' })).value.outcome).toBe(
        'written'
      )
      // The app sends a piece as its UTF-8 bytes: the request's body, its other fields in a header.
      const bytes = await api('portfolio:writeChunk', '"formatVersion":1,"note":"Åre"}', {
        'Content-Type': 'application/octet-stream',
        'X-Matbar-Input': JSON.stringify({ token, index: 1 })
      })
      expect(JSON.parse(bytes.body).value.outcome).toBe('written')
      const done = await call('portfolio:writeFinish', { token, attachments: [] })
      expect(done.value.outcome).toBe('download')
      const url = done.value.url as string
      expect(url).toMatch(/^\/download\/[0-9a-f]{32}$/)
      const file = await rawRequest(bridge.port, { path: url, headers: { Host: host } })
      expect(file.status).toBe(200)
      expect(file.headers['content-disposition']).toContain('Matbar-export-')
      expect(file.body.startsWith('PK')).toBe(true)
      // Once only: the file is gone after its fetch.
      expect((await rawRequest(bridge.port, { path: url, headers: { Host: host } })).status).toBe(404)
      // A backup session cannot be finished as an export.
      const backup = await call('portfolio:writeBegin', { purpose: { kind: 'backup', reason: 'manual' }, counts: {} })
      expect((await call('portfolio:writeFinish', { token: backup.value.token, attachments: [] })).ok).toBe(false)
      expect((await call('portfolio:writeAbort', { token: backup.value.token })).value.outcome).toBe('aborted')
    })
  })
})
