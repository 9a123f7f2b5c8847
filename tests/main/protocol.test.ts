import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, isAbsolute, resolve } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  handleAppProtocol,
  isAppUrl,
  mimeTypeFor,
  registerAppScheme,
  resolveAppRequest,
  serveAppRequest
} from '@main/protocol'
import { createFakeProtocol } from '../helpers/electron-mock'

const ROOT = '/srv/matbar/out/renderer'

function isInside(root: string, file: string): boolean {
  const rel = relative(root, file)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

describe('protocol', () => {
  describe('APP_ORIGIN', () => {
    it('is app://matbar and the entry page is on it (IndexedDB is tied to this origin)', () => {
      expect(APP_ORIGIN).toBe('app://matbar')
      expect(APP_ENTRY_URL).toBe('app://matbar/index.html')
    })
  })

  describe('registerAppScheme()', () => {
    it('registers app: as a standard, secure, fetch-capable scheme', () => {
      const protocol = createFakeProtocol()
      registerAppScheme(protocol)
      expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1)
      expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
        { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }
      ])
    })
  })

  describe('isAppUrl()', () => {
    it.each([
      ['app://matbar/index.html', true],
      ['app://matbar/', true],
      // Chromium lowercases a standard scheme's host before it reaches us, so an exact match is enough.
      ['app://MATBAR/x', false],
      ['app://matbar.evil.com/', false],
      ['app://evil/index.html', false],
      ['app://matbar:8080/', false],
      ['app://user@matbar/', false],
      ['https://matbar/', false],
      ['file:///index.html', false],
      ['not a url', false],
      ['', false]
    ])('%s -> %s', (url, expected) => {
      expect(isAppUrl(url)).toBe(expected)
    })
  })

  describe('resolveAppRequest()', () => {
    it.each([
      ['app://matbar/', 'index.html'],
      ['app://matbar', 'index.html'],
      ['app://matbar/index.html', 'index.html'],
      ['app://matbar/assets/index-abc.js', 'assets/index-abc.js'],
      ['app://matbar/assets/', 'assets/index.html'],
      ['app://matbar/index.html?x=1#top', 'index.html'],
      ['app://matbar/fonts/Inter%20Bold.woff2', 'fonts/Inter Bold.woff2'],
      // The URL parser removes dot segments before we see the path: these stay inside the root.
      ['app://matbar/assets/../index.html', 'index.html'],
      ['app://matbar/../../../etc/passwd', 'etc/passwd'],
      ['app://matbar/%2e%2e/%2E%2E/etc/passwd', 'etc/passwd'],
      ['app://matbar//etc/passwd', 'etc/passwd']
    ])('maps %s to <root>/%s', (url, expected) => {
      expect(resolveAppRequest(url, ROOT)).toBe(join(ROOT, expected))
    })

    // Path traversal and smuggling attempts: each must be refused outright.
    it.each([
      ['encoded slash', 'app://matbar/..%2F..%2Fetc%2Fpasswd'],
      ['encoded slash inside a name', 'app://matbar/assets%2F..%2F..%2F..%2Fetc%2Fpasswd'],
      ['encoded backslash', 'app://matbar/..%5C..%5Cwindows%5Cwin.ini'],
      ['raw backslash', 'app://matbar/..\\..\\windows\\win.ini'],
      ['NUL byte', 'app://matbar/index.html%00.png'],
      ['absolute path in one segment', 'app://matbar/%2Fetc%2Fpasswd'],
      ['drive letter', 'app://matbar/C:%5CWindows%5Cwin.ini'],
      ['encoded drive letter', 'app://matbar/C%3A/Windows/win.ini'],
      ['malformed percent-encoding', 'app://matbar/%E0%A4%A'],
      ['wrong host', 'app://evil/index.html'],
      ['look-alike host', 'app://matbar.evil/index.html'],
      ['port', 'app://matbar:1/index.html'],
      ['credentials', 'app://a:b@matbar/index.html'],
      ['other scheme', 'file:///etc/passwd'],
      ['https', 'https://matbar/index.html'],
      ['not a URL', '../../etc/passwd'],
      ['empty', '']
    ])('refuses %s (%s)', (_name, url) => {
      expect(resolveAppRequest(url, ROOT)).toBeNull()
    })

    it('never returns a path outside the root, whatever follows the origin', () => {
      const piece = fc.constantFrom(
        '..',
        '.',
        '%2e%2e',
        '%2E.',
        '%2f',
        '%5c',
        '%00',
        '/',
        '\\',
        'a',
        'b.js',
        ':',
        '%',
        '%25',
        '~',
        ' '
      )
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 12 }), fc.string({ maxLength: 20 }), (parts, tail) => {
          const result = resolveAppRequest(`app://matbar/${parts.join('')}${tail}`, ROOT)
          return result === null || isInside(resolve(ROOT), result)
        }),
        { numRuns: 2000 }
      )
    })
  })

  describe('mimeTypeFor()', () => {
    it.each([
      ['index.html', 'text/html; charset=utf-8'],
      ['a/B.JS', 'text/javascript; charset=utf-8'],
      ['x.css', 'text/css; charset=utf-8'],
      ['f.woff2', 'font/woff2'],
      ['blob.bin', 'application/octet-stream'],
      ['noext', 'application/octet-stream']
    ])('%s -> %s', (file, type) => {
      expect(mimeTypeFor(file)).toBe(type)
    })
  })

  describe('serveAppRequest()', () => {
    let base: string
    let root: string
    beforeAll(async () => {
      base = await mkdtemp(join(tmpdir(), 'matbar-protocol-'))
      root = join(base, 'renderer')
      await mkdir(join(root, 'assets'), { recursive: true })
      await writeFile(join(root, 'index.html'), '<!doctype html><title>Mätbar</title>')
      await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)')
      await writeFile(join(base, 'secret.txt'), 'top secret')
      await symlink(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'))
    })
    afterAll(async () => {
      await rm(base, { recursive: true, force: true })
    })

    it('serves a file with its type, nosniff and the given headers', async () => {
      const res = await serveAppRequest('app://matbar/assets/app.js', root, {
        'Content-Security-Policy': "default-src 'self'"
      })
      expect(res.status).toBe(200)
      expect(await res.text()).toBe('console.log(1)')
      expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('content-security-policy')).toBe("default-src 'self'")
    })

    it('serves index.html for the origin root and for client-side routes', async () => {
      for (const url of ['app://matbar/', 'app://matbar/organisations/42']) {
        const res = await serveAppRequest(url, root)
        expect(res.status).toBe(200)
        expect(await res.text()).toContain('<title>Mätbar</title>')
      }
    })

    it('answers 404 for a missing file with an extension', async () => {
      expect((await serveAppRequest('app://matbar/assets/missing.js', root)).status).toBe(404)
    })

    it('answers 404 for a refused request, never reading outside the root', async () => {
      const res = await serveAppRequest('app://matbar/..%2Fsecret.txt', root)
      expect(res.status).toBe(404)
      expect(await res.text()).not.toContain('top secret')
    })

    it('answers 404 for a symlink that leads out of the root', async () => {
      const res = await serveAppRequest('app://matbar/assets/link.txt', root)
      expect(res.status).toBe(404)
      expect(await res.text()).not.toContain('top secret')
    })
  })

  describe('handleAppProtocol()', () => {
    it('handles the app scheme from the root folder with the given headers', async () => {
      const base = await mkdtemp(join(tmpdir(), 'matbar-protocol-'))
      try {
        await writeFile(join(base, 'index.html'), 'hello')
        const protocol = createFakeProtocol()
        handleAppProtocol(protocol, base, { 'Content-Security-Policy': 'x' })
        expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
        const res = await protocol.fetch('app://matbar/index.html')
        expect(await res.text()).toBe('hello')
        expect(res.headers.get('content-security-policy')).toBe('x')
        expect((await protocol.fetch('app://other/index.html')).status).toBe(404)
      } finally {
        await rm(base, { recursive: true, force: true })
      }
    })
  })
})
