/**
 * The `app://` protocol that serves the built renderer (out/renderer) to the window.
 *
 * IndexedDB, and with it every row the consultant ever saved, belongs to the page's origin.
 * APP_ORIGIN is therefore fixed forever: changing the scheme or the host in a later release
 * would open an empty database and the data would look lost (electron/electron#37702).
 */
import { readFile, realpath } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import type { Protocol } from 'electron'

export const APP_SCHEME = 'app'
export const APP_HOST = 'matbar'
/** The renderer's origin. Never change it: see the note at the top of this file. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
/** What the window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm'
}

/** Registers `app:` as a secure standard scheme; must run before the app's ready event. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  // standard: relative URLs and a real origin (so IndexedDB and localStorage work);
  // secure: treated like https, so no mixed-content downgrade; supportFetchAPI: fetch() of our own files.
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

/** True when `url` is on our own origin (app://matbar); parsed, never prefix-matched. */
export function isAppUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  // Compare scheme and host rather than `origin`: Node's URL gives 'null' as origin for non-web schemes.
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  )
}

/**
 * Maps app://matbar/<path> to a file inside `rootDir`, or null when the request is not ours or
 * would leave the folder. Stops path traversal: '..' (also percent-encoded), encoded '/' or '\',
 * NUL bytes, drive letters and absolute paths can never reach a file outside `rootDir`.
 */
export function resolveAppRequest(url: string, rootDir: string): string | null {
  if (!isAppUrl(url)) return null
  // The URL parser has already removed '.' and '..' segments (also %2e%2e); what is left is checked per segment.
  const pathname = new URL(url).pathname
  const segments: string[] = []
  for (const raw of pathname.split('/')) {
    if (raw === '') continue
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return null // malformed percent-encoding
    }
    // A decoded separator, NUL or drive colon would let one segment smuggle a path of its own.
    if (/[/\\\0:]/.test(segment) || segment === '.' || segment === '..') return null
    segments.push(segment)
  }
  if (segments.length === 0 || pathname.endsWith('/')) segments.push('index.html')

  const root = resolve(rootDir)
  const file = resolve(root, ...segments)
  const rel = relative(root, file)
  // Belt and braces: whatever the checks above missed, the result must still lie inside the root.
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || !file.startsWith(root + sep)) return null
  return file
}

/** The Content-Type for a file we serve; unknown types are served as opaque bytes. */
export function mimeTypeFor(file: string): string {
  return MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}

/**
 * Serves a request for the app scheme from `rootDir`, adding `headers` (the CSP) to every file.
 * Unknown extension-less paths get index.html, so a client-side route survives a reload.
 */
export async function serveAppRequest(
  url: string,
  rootDir: string,
  headers: Record<string, string> = {}
): Promise<Response> {
  const file = resolveAppRequest(url, rootDir)
  if (file === null) return notFound()
  const candidates = extname(file) === '' ? [file, resolve(rootDir, 'index.html')] : [file]
  const root = await realpath(rootDir).catch(() => resolve(rootDir))
  for (const candidate of candidates) {
    let real: string
    try {
      real = await realpath(candidate)
    } catch {
      continue
    }
    // A symlink inside the folder must not lead out of it.
    if (!real.startsWith(root + sep)) return notFound()
    let body: Buffer
    try {
      body = await readFile(real)
    } catch {
      continue // a folder or an unreadable file
    }
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: { ...headers, 'Content-Type': mimeTypeFor(real), 'X-Content-Type-Options': 'nosniff' }
    })
  }
  return notFound()
}

/**
 * Answers every app:// request from `rootDir` (out/renderer) with `headers` added (security.ts's
 * SECURITY_HEADERS, passed in so this module stays free of policy); call after the app is ready.
 */
export function handleAppProtocol(
  protocol: Pick<Protocol, 'handle'>,
  rootDir: string,
  headers: Record<string, string>
): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request.url, rootDir, headers))
}
