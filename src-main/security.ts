/**
 * The security policy of the Electron shell, one function per item of Electron's security checklist.
 * Every function takes the Electron objects it hardens as parameters, so tests pass fakes.
 */
import type { BrowserWindow, Session, Shell, WebContents, WebFrameMain } from 'electron'
import { isAppUrl } from './protocol'

/**
 * Only our own files, no eval, no inline scripts, no remote anything: an injected string cannot
 * become code, and nothing can be loaded from or sent to the network. Same policy as the meta tag
 * in src-renderer/index.html; the header also covers responses that are not HTML.
 * Written in the shape webRequest expects, as one literal, because that is the shape
 * Electronegativity finds and evaluates (it cannot follow a constant).
 */
const CSP_RESPONSE_HEADERS = Object.freeze({
  responseHeaders: {
    'Content-Security-Policy': [
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ]
  }
})

/** The Content-Security-Policy header value. */
export const CONTENT_SECURITY_POLICY: string =
  CSP_RESPONSE_HEADERS.responseHeaders['Content-Security-Policy'].join('; ')

/** Headers the app protocol adds to every file it serves. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY
}

const EXTERNAL_PROTOCOLS = new Set(['https:', 'mailto:'])

/**
 * True only for https: and mailto: links. Stops a link in user data (or an injected one) from
 * making the OS run file:, smb:, javascript: or a custom handler through shell.openExternal.
 */
export function isSafeExternalUrl(url: string): boolean {
  try {
    return EXTERNAL_PROTOCOLS.has(new URL(url).protocol)
  } catch {
    return false
  }
}

/**
 * Adds the CSP to every app:// response of `session`, in addition to the protocol handler's header,
 * so a response that somehow bypasses the handler is still covered.
 */
export function installContentSecurityPolicy(session: Pick<Session, 'webRequest'>): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppUrl(details.url)) {
      callback({})
      return
    }
    const responseHeaders = { ...details.responseHeaders, ...CSP_RESPONSE_HEADERS.responseHeaders }
    callback({ responseHeaders })
  })
}

/**
 * Locks down one WebContents (called for every one created): no navigation away from the app,
 * no new windows, no <webview>. A safe external link opens in the system browser instead.
 */
export function hardenWebContents(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  shell: Pick<Shell, 'openExternal'>
): void {
  const openOutside = (url: string): void => {
    if (isSafeExternalUrl(url)) {
      // Reviewed: the URL has passed the https:/mailto: allow-list just above.
      shell.openExternal(url).catch(() => undefined) // eng-disable OPEN_EXTERNAL_JS_CHECK
    }
  }
  // Stops a compromised or tricked page from replacing the app with a remote page that would
  // then talk to our preload API.
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return
    event.preventDefault()
    openOutside(event.url)
  })
  contents.on('will-redirect', (event) => {
    if (isAppUrl(event.url)) return
    event.preventDefault()
  })
  // Stops window.open / target=_blank from opening an Electron window on arbitrary content.
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url)
    return { action: 'deny' }
  })
  // Stops a <webview> (which could carry its own, weaker webPreferences) from ever being attached.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
  })
}

/**
 * Denies every permission (camera, microphone, geolocation, notifications, ...) a page asks for
 * and answers every permission check with no: the app needs none of them.
 */
export function denyAllPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>
): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => {
    callback(false)
  })
  session.setPermissionCheckHandler(() => false)
}

type FrameLike = Pick<WebFrameMain, 'url' | 'frameTreeNodeId'>
type WindowLike = {
  isDestroyed(): boolean
  webContents: { mainFrame: FrameLike }
}

/**
 * True when an IPC message comes from our window's main frame showing our own origin.
 * Stops a subframe, another window or a page that got navigated elsewhere from using the API.
 */
export function isTrustedSender(
  frame: FrameLike | null | undefined,
  mainWindow: WindowLike | Pick<BrowserWindow, 'isDestroyed' | 'webContents'> | null | undefined
): boolean {
  if (!frame || !mainWindow) return false
  try {
    if (mainWindow.isDestroyed()) return false
    const mainFrame = mainWindow.webContents.mainFrame
    // Frame tree node ids are unique across the browser process; a disposed frame throws on access.
    if (frame !== mainFrame && frame.frameTreeNodeId !== mainFrame.frameTreeNodeId) return false
    return isAppUrl(frame.url)
  } catch {
    return false
  }
}
