/**
 * How a call reaches the main process. Two transports, one shape:
 * Electron's preload (window.api) or the loopback bridge of the browser harness (POST /api/<channel>).
 */
import { methodName, type Channel } from '@shared/ipc/channels'

/** Sends one call and resolves to the raw IpcResult envelope the other side answered with. */
export type Transport = (channel: Channel, input: unknown) => Promise<unknown>

/** What the Electron preload exposes: one named method per channel, nothing else. */
export type PreloadApi = Record<string, (input?: unknown) => Promise<unknown>>

/** Thrown by a transport when no answer could be had at all (no envelope). */
export class TransportError extends Error {
  override name = 'TransportError'
}

/** The transport over Electron's contextBridge: window.api.settingsGet() etc. */
export function preloadTransport(preload: PreloadApi): Transport {
  return async (channel, input) => {
    const method = preload[methodName(channel)]
    if (typeof method !== 'function') {
      throw new TransportError(`The preload exposes no method for ${channel}`)
    }
    return input === undefined ? method() : method(input)
  }
}

/**
 * The transport over the loopback bridge. The token proves the call comes from the page the bridge
 * served (stops other local pages from driving the API). An undefined input is sent as an empty
 * body, which the bridge reads as undefined.
 */
export function bridgeTransport(token: string, fetchFn: typeof fetch = (...args) => fetch(...args)): Transport {
  return async (channel, input) => {
    let response: Response
    const binary = binaryInput(channel, input)
    try {
      response = await fetchFn(
        `/api/${channel}`,
        binary
          ? {
              // Bytes go as the body itself, the other fields in a header: no base64 on either side.
              // As a Blob, not the array: Chromium copies an array body (not a Blob's) into the
              // DevTools protocol's request event as base64 whenever a client has its Network domain on,
              // as playwright does in the browser tests and benches (a profile of an export: 5.8 s of
              // the renderer's 27 s in fetch; five 8 MB posts took 13 s as arrays, 2.6-3.0 s as Blobs).
              method: 'POST',
              headers: {
                'Content-Type': 'application/octet-stream',
                'X-Matbar-Token': token,
                [BINARY_INPUT_HEADER]: JSON.stringify(binary.rest)
              },
              body: binary.body
            }
          : {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', 'X-Matbar-Token': token },
              body: input === undefined ? '' : JSON.stringify(input)
            }
      )
    } catch (error) {
      throw new TransportError(`The bridge could not be reached: ${String(error)}`)
    }
    // The envelope is in the body on every status, 400/401/403 included.
    const text = await response.text()
    try {
      return JSON.parse(text) as unknown
    } catch {
      throw new TransportError(`The bridge answered ${response.status} without a JSON envelope`)
    }
  }
}

/** The header that carries the other fields of an input whose `data` bytes are the request's body. */
export const BINARY_INPUT_HEADER = 'X-Matbar-Input'

/**
 * Channels whose `text` goes over the bridge as its UTF-8 bytes, which the bridge hands on as `data` (the
 * contract takes a piece as either). `new Blob([text])` encodes the string once, natively, into the body;
 * the text itself as a JSON body would escape every quote of a piece of JSON text, and encoding it first
 * with TextEncoder then copying the array into a Blob is two passes over it (a profile of a realistic
 * export: 2.1 s of the renderer's CPU in TextEncoder.encode and 0.6 s making the Blobs, at load 10).
 */
const TEXT_AS_BYTES: ReadonlySet<Channel> = new Set<Channel>(['portfolio:writeChunk'])

/**
 * An input whose `data` is bytes (portfolio:uploadChunk), or whose `text` goes as bytes (TEXT_AS_BYTES), split
 * into the body (a Blob) and the other fields.
 */
function binaryInput(channel: Channel, input: unknown): { body: Blob; rest: Record<string, unknown> } | null {
  if (typeof input !== 'object' || input === null) return null
  if ('data' in input) {
    const { data, ...rest } = input as { data: unknown }
    return data instanceof Uint8Array ? { body: new Blob([data as Uint8Array<ArrayBuffer>]), rest } : null
  }
  if ('text' in input && TEXT_AS_BYTES.has(channel)) {
    const { text, ...rest } = input as { text: unknown }
    return typeof text === 'string' ? { body: new Blob([text]), rest } : null
  }
  return null
}

/** The bridge token that the bridge server writes into index.html, or null outside the harness. */
export function readBridgeToken(doc: Document): string | null {
  const content = doc.querySelector('meta[name="matbar-bridge-token"]')?.getAttribute('content')
  return content ? content : null
}

/** Picks window.api when the Electron preload is there, else the bridge; null when neither is. */
export function detectTransport(win: Window & { api?: unknown }): Transport | null {
  if (win.api && typeof win.api === 'object') return preloadTransport(win.api as PreloadApi)
  const token = readBridgeToken(win.document)
  return token ? bridgeTransport(token) : null
}
