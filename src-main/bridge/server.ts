/**
 * The loopback bridge: serves the built renderer and the contract channels over HTTP on
 * 127.0.0.1, so the app runs in a plain browser with the real main-process services.
 * No `electron` import: this runs under plain Node.
 */
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'
import { createServices, dispatch, isChannel } from '../services'
import { BROWSER_DESKTOP } from '../services/desktop'
import { CONTENT_SECURITY_POLICY } from '../security'
import type { Services } from '../services'

export const TOKEN_HEADER = 'x-matbar-token'
export const TOKEN_META = 'matbar-bridge-token'
/** Largest request body accepted; portfolio imports come through here later. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024

const HOST = '127.0.0.1'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8'
}

export type BridgeOptions = {
  /** The built renderer (out/renderer). */
  rendererDir: string
  /** The bridge's own data folder: settings and files, never the desktop app's. */
  dataFolder: string
  appVersion: string
  /** 0 or undefined picks a free port. */
  port?: number
  /** Overrides MAX_BODY_BYTES (tests use a small one). */
  maxBodyBytes?: number
  log?: (msg: string) => void
  /** The built worker entries (out/main): documents render in a worker thread, as in the app. */
  workerDir?: string
}

export type Bridge = {
  url: string
  port: number
  token: string
  services: Services
  close: () => Promise<void>
}

/** Starts the bridge and resolves once it listens on 127.0.0.1. */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = randomBytes(32).toString('hex')
  const services = createServices({
    dataFolder: options.dataFolder,
    appName: 'Mätbar',
    appVersion: options.appVersion,
    shell: 'browser',
    // No native dialogs or shell in a browser: saves come back as downloads, the rest says 'unsupported'.
    desktop: BROWSER_DESKTOP,
    log: options.log,
    workerDir: options.workerDir
  })
  const rendererRoot = resolve(options.rendererDir)
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES
  let port = 0

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.log?.(`bridge: ${error instanceof Error ? error.stack : String(error)}`)
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'Internal error' } })
      else res.destroy()
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS rebinding: a hostile page on evil.example resolving to 127.0.0.1 sends its own Host
    // and Origin. Only our exact loopback address and port are served, before anything else.
    if (!isAllowedHost(req.headers.host, port) || !isAllowedOrigin(req.headers.origin, port)) {
      sendJson(res, 403, { ok: false, error: { code: 'forbidden', message: 'Forbidden host or origin' } })
      return
    }
    const url = new URL(req.url ?? '/', `http://${HOST}:${port}`)
    if (url.pathname.startsWith('/api/')) {
      await handleApi(req, res, decodeURIComponentSafe(url.pathname.slice('/api/'.length)))
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end()
      return
    }
    const download = /^\/download\/([0-9a-f]{32})$/.exec(url.pathname)
    if (download && req.method === 'GET') {
      await serveDownload(res, download[1]!)
      return
    }
    await serveStatic(req, res, url.pathname)
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, channel: string | null): Promise<void> {
    if (req.method !== 'POST') {
      res.writeHead(405, { Allow: 'POST' }).end()
      return
    }
    // Cross-site requests from other pages carry no token: they cannot read index.html.
    // A refused call's body is never read: the answer goes out and the connection is closed, so a
    // caller cannot make the bridge swallow gigabytes it will not use.
    if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
      refuse(req, res, 401, { ok: false, error: { code: 'forbidden', message: 'Missing or wrong bridge token' } })
      return
    }
    if (!isChannel(channel)) {
      refuse(req, res, 404, {
        ok: false,
        error: { code: 'unknown-channel', message: `Unknown channel: ${String(channel).slice(0, 100)}` }
      })
      return
    }
    const tooLarge = {
      ok: false,
      error: { code: 'too-large', message: `Request body over ${maxBodyBytes} bytes` }
    }
    // Content-Length is only a claim, but one over the limit needs no reading at all.
    const declared = Number(req.headers['content-length'] ?? 0)
    if (!Number.isFinite(declared) || declared > maxBodyBytes) {
      refuse(req, res, 413, tooLarge)
      return
    }
    const bytes = await readBody(req, maxBodyBytes)
    if (bytes === 'too-large') {
      refuse(req, res, 413, tooLarge)
      return
    }
    let input: unknown = undefined
    if (isOctetStream(req.headers['content-type'])) {
      // Bytes as the body (portfolio:uploadChunk), the other fields as JSON in a header: no base64.
      // The channel's schema checks the whole input as for any other call.
      try {
        const rest: unknown = JSON.parse(String(req.headers[BINARY_INPUT_HEADER] ?? '{}'))
        if (typeof rest !== 'object' || rest === null || Array.isArray(rest)) throw new Error('not an object')
        input = { ...rest, data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) }
      } catch (error) {
        sendJson(res, 400, {
          ok: false,
          error: {
            code: 'invalid-input',
            message: `${channel}: the ${BINARY_INPUT_HEADER} header is not a JSON object (${(error as Error).message})`
          }
        })
        return
      }
      const result = await dispatch(services, channel, input)
      sendJson(res, result.ok ? 200 : result.error.code === 'invalid-input' ? 400 : 500, result)
      return
    }
    const body = bytes.toString('utf8')
    if (body.length > 0) {
      try {
        input = JSON.parse(body)
      } catch (error) {
        sendJson(res, 400, {
          ok: false,
          error: { code: 'invalid-input', message: `${channel}: body is not valid JSON (${(error as Error).message})` }
        })
        return
      }
    }
    const result = await dispatch(services, channel, input)
    const status = result.ok ? 200 : result.error.code === 'invalid-input' ? 400 : 500
    sendJson(res, status, result)
  }

  /**
   * An export written in pieces (portfolio:writeFinish) is fetched once, streamed from its file: no
   * body of the API carries it, so its size meets no cap. The one-time token is the permission.
   */
  async function serveDownload(res: ServerResponse, downloadToken: string): Promise<void> {
    const backups = services.files.backups
    const entry = backups.takeDownload(downloadToken)
    if (!entry) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    const info = await stat(entry.path).catch(() => null)
    if (!info) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    const ascii = entry.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')
    res.writeHead(200, {
      'Content-Type': 'application/octet-stream',
      'Content-Length': String(info.size),
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(entry.fileName)}`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store'
    })
    const stream = createReadStream(entry.path)
    stream.pipe(res)
    await new Promise<void>((done) => {
      res.once('close', done)
      stream.once('error', () => {
        res.destroy()
        done()
      })
    })
    await backups.releaseDownload(entry.path)
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const file = resolveStaticPath(rendererRoot, pathname)
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    let info
    try {
      info = await stat(file)
    } catch {
      info = null
    }
    if (!info?.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
    let body: Buffer | string = await readFile(file)
    const headers: Record<string, string> = {
      'Content-Type': type,
      // Same policy as the app:// protocol sends in Electron, frame-ancestors included.
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin'
    }
    if (extname(file) === '.html') {
      body = injectToken(body.toString('utf8'), token)
      headers['Cache-Control'] = 'no-store'
      headers['X-Frame-Options'] = 'DENY'
    }
    res.writeHead(200, headers)
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, HOST, () => {
      server.off('error', reject)
      resolveListen()
    })
  })
  port = (server.address() as AddressInfo).port

  return {
    url: `http://${HOST}:${port}/`,
    port,
    token,
    services,
    close: async () => {
      await new Promise<void>((resolveClose) => {
        server.close(() => resolveClose())
        server.closeAllConnections()
      })
      await services.close()
    }
  }
}

/** True when the Host header is exactly our loopback address and port. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `${HOST}:${port}`
}

/** True when there is no Origin (same-origin GET) or it is exactly our own. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  return origin === undefined || origin === `http://${HOST}:${port}`
}

/** Compares the token in constant time (no timing oracle on the secret). */
export function tokenMatches(header: string | string[] | undefined, token: string): boolean {
  if (typeof header !== 'string') return false
  const a = Buffer.from(header)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Maps a URL path to a file inside the renderer folder, or null when it would leave it
 * (path traversal: '..', encoded separators, NUL).
 */
export function resolveStaticPath(root: string, pathname: string): string | null {
  const decoded = decodeURIComponentSafe(pathname)
  if (decoded === null || decoded.includes('\0') || decoded.includes('\\')) return null
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '')
  const full = resolve(root, relative)
  if (full !== root && !full.startsWith(root + sep)) return null
  return full
}

/** Puts the API token into the page as a meta tag the renderer's platform layer reads. */
export function injectToken(html: string, token: string): string {
  const meta = `<meta name="${TOKEN_META}" content="${token}" />`
  return html.includes('</head>') ? html.replace('</head>', `    ${meta}\n  </head>`) : meta + html
}

function decodeURIComponentSafe(value: string): string | null {
  try {
    return decodeURIComponent(value)
  } catch {
    return null
  }
}

/**
 * Reads the request body up to `limit` bytes. Past the limit it stops at once (no draining of the
 * rest: the caller answers and closes the connection) and says 'too-large'.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) {
        chunks.push(chunk)
        return
      }
      req.off('data', onData)
      req.off('end', onEnd)
      req.pause()
      chunks.length = 0
      resolveBody('too-large')
    }
    const onEnd = () => resolveBody(Buffer.concat(chunks))
    req.on('data', onData)
    req.on('end', onEnd)
    req.on('error', reject)
  })
}

/** The header of a call whose body is bytes: its other input fields as a JSON object. */
const BINARY_INPUT_HEADER = 'x-matbar-input'

function isOctetStream(type: string | undefined): boolean {
  return (type ?? '').split(';')[0]!.trim().toLowerCase() === 'application/octet-stream'
}

/**
 * Answers a call whose body is not wanted and closes the connection once the answer is out, instead
 * of reading (draining) the rest of the body.
 */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, body: unknown): void {
  req.pause()
  res.shouldKeepAlive = false
  res.once('finish', () => req.socket.destroy())
  sendJson(res, status, body, { Connection: 'close' })
}

function sendJson(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extra
  })
  res.end(JSON.stringify(body))
}
