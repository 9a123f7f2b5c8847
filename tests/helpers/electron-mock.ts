/**
 * The one place `electron` is faked for main-process tests. Each fake records what the code under
 * test registers (handlers, listeners, options) so a test can call it and check the effect.
 *
 * Modules that take Electron objects as parameters get these fakes directly. A module that imports
 * 'electron' itself (index.ts, preload.ts) is tested with:
 *   vi.mock('electron', async () => (await import('../helpers/electron-mock')).electronModule())
 * and reads the same instances back through `fakeElectron()`.
 */
import { vi } from 'vitest'
import type { Session, WebContents } from 'electron'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- every Electron event has its own parameter list
type Listener = (...args: any[]) => unknown

/** An EventEmitter-like recorder of `on`/`once` listeners, with `emit` to fire them. */
function createEmitter() {
  const listeners = new Map<string, Listener[]>()
  const add = (event: string, listener: Listener) => {
    listeners.set(event, [...(listeners.get(event) ?? []), listener])
  }
  return {
    listeners,
    on: vi.fn((event: string, listener: Listener) => add(event, listener)),
    once: vi.fn((event: string, listener: Listener) => add(event, listener)),
    /** Calls every listener registered for `event`; returns how many ran. */
    emit(event: string, ...args: unknown[]): number {
      const list = listeners.get(event) ?? []
      for (const l of list) l(...args)
      return list.length
    },
    listenerCount(event: string): number {
      return listeners.get(event)?.length ?? 0
    }
  }
}

/** An Electron-style event whose preventDefault is a spy. */
export function fakeEvent<T extends object>(extra: T = {} as T) {
  return { preventDefault: vi.fn(), defaultPrevented: false, ...extra }
}

/** A WebFrameMain stand-in. */
export function createFakeFrame(url = 'app://matbar/index.html', frameTreeNodeId = 1) {
  return { url, frameTreeNodeId }
}

/** The raw WebContents fake, used inside the fake BrowserWindow (its mainFrame stays writable). */
function makeFakeWebContents(mainFrame = createFakeFrame()) {
  const emitter = createEmitter()
  let windowOpenHandler: ((details: { url: string }) => unknown) | undefined
  return {
    ...emitter,
    mainFrame,
    setWindowOpenHandler: vi.fn((handler: (details: { url: string }) => unknown) => {
      windowOpenHandler = handler
    }),
    /** Runs the registered window-open handler as Electron would for window.open(url). */
    openWindow(url: string): unknown {
      if (!windowOpenHandler) throw new Error('no window open handler registered')
      return windowOpenHandler({ url })
    }
  }
}
type WebContentsHelpers = Omit<ReturnType<typeof makeFakeWebContents>, 'on' | 'once' | 'setWindowOpenHandler'>

/**
 * A WebContents that records on()/once() listeners and the window-open handler. Typed as Electron's
 * WebContents (only what the code under test touches is implemented) plus the helpers to drive it.
 */
export function createFakeWebContents(mainFrame = createFakeFrame()): WebContents & WebContentsHelpers {
  return makeFakeWebContents(mainFrame) as unknown as WebContents & WebContentsHelpers
}

/** A BrowserWindow class that records every instance and its constructor options. */
export function createFakeBrowserWindowClass() {
  const instances: FakeBrowserWindow[] = []
  class FakeBrowserWindow {
    readonly options: unknown
    readonly webContents = makeFakeWebContents()
    readonly emitter = createEmitter()
    destroyed = false
    readonly loadURL = vi.fn(async (_url: string) => undefined)
    readonly show = vi.fn()
    readonly focus = vi.fn()
    readonly restore = vi.fn()
    readonly isMinimized = vi.fn(() => false)
    readonly on = vi.fn((event: string, l: Listener) => {
      this.emitter.on(event, l)
      return this
    })
    readonly once = vi.fn((event: string, l: Listener) => {
      this.emitter.once(event, l)
      return this
    })
    constructor(options: unknown) {
      this.options = options
      instances.push(this)
    }
    isDestroyed(): boolean {
      return this.destroyed
    }
    emit(event: string, ...args: unknown[]): number {
      return this.emitter.emit(event, ...args)
    }
    static getAllWindows() {
      return instances.filter((w) => !w.destroyed)
    }
  }
  return { BrowserWindow: FakeBrowserWindow, instances }
}

/** ipcMain that records handle() registrations; `invoke` calls a handler as a renderer would. */
export function createFakeIpcMain() {
  const handlers = new Map<string, Listener>()
  return {
    handlers,
    handle: vi.fn((channel: string, handler: Listener) => {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
      handlers.set(channel, handler)
    }),
    invoke(channel: string, event: { senderFrame: unknown }, ...args: unknown[]): Promise<unknown> {
      const handler = handlers.get(channel)
      if (!handler) throw new Error(`No handler registered for '${channel}'`)
      return Promise.resolve(handler(event, ...args))
    }
  }
}

/** The raw Session fake. */
function makeFakeSession() {
  let onHeadersReceived: Listener | undefined
  let permissionRequestHandler: Listener | undefined
  let permissionCheckHandler: Listener | undefined
  return {
    webRequest: {
      onHeadersReceived: vi.fn((listener: Listener) => {
        onHeadersReceived = listener
      })
    },
    setPermissionRequestHandler: vi.fn((handler: Listener) => {
      permissionRequestHandler = handler
    }),
    setPermissionCheckHandler: vi.fn((handler: Listener) => {
      permissionCheckHandler = handler
    }),
    /** Runs the headers hook; resolves with what it passed to its callback. */
    receiveHeaders(details: { url: string; responseHeaders?: Record<string, string[]> }): unknown {
      if (!onHeadersReceived) throw new Error('no onHeadersReceived listener')
      let response: unknown
      onHeadersReceived(details, (r: unknown) => {
        response = r
      })
      return response
    },
    /** Asks for a permission as a page would; returns the answer given to the callback. */
    requestPermission(permission: string): boolean | undefined {
      if (!permissionRequestHandler) throw new Error('no permission request handler')
      let granted: boolean | undefined
      permissionRequestHandler(
        {},
        permission,
        (answer: boolean) => {
          granted = answer
        },
        {}
      )
      return granted
    },
    checkPermission(permission: string): unknown {
      if (!permissionCheckHandler) throw new Error('no permission check handler')
      return permissionCheckHandler({}, permission, 'app://matbar', {})
    }
  }
}

type SessionHelpers = Pick<
  ReturnType<typeof makeFakeSession>,
  'receiveHeaders' | 'requestPermission' | 'checkPermission'
> & {
  webRequest: { onHeadersReceived: ReturnType<typeof vi.fn> }
}

/**
 * A Session recording its permission handlers and its webRequest header hook; typed as Electron's
 * Session (only what the code under test touches is implemented) plus the helpers to drive it.
 */
export function createFakeSession(): Session & SessionHelpers {
  return makeFakeSession() as unknown as Session & SessionHelpers
}

/** protocol with registerSchemesAsPrivileged and handle() recorded. */
export function createFakeProtocol() {
  const handlers = new Map<string, (request: Request) => Response | Promise<Response>>()
  return {
    handlers,
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn((scheme: string, handler: (request: Request) => Response | Promise<Response>) => {
      handlers.set(scheme, handler)
    }),
    /** Sends a request through the registered handler for the URL's scheme. */
    async fetch(url: string): Promise<Response> {
      const scheme = url.slice(0, url.indexOf(':'))
      const handler = handlers.get(scheme)
      if (!handler) throw new Error(`no handler for ${scheme}:`)
      return handler(new Request(url))
    }
  }
}

/** shell with an openExternal spy. */
export function createFakeShell() {
  return { openExternal: vi.fn(async (_url: string) => undefined) }
}

/** app with a configurable single-instance lock and a controllable whenReady(). */
export function createFakeApp({ gotLock = true, userData = '/tmp/matbar-test-userdata', version = '0.1.0' } = {}) {
  const emitter = createEmitter()
  let markReady!: () => void
  const ready = new Promise<void>((resolve) => {
    markReady = resolve
  })
  return {
    ...emitter,
    requestSingleInstanceLock: vi.fn(() => gotLock),
    quit: vi.fn(),
    enableSandbox: vi.fn(),
    getPath: vi.fn((name: string) => (name === 'userData' ? userData : `/tmp/${name}`)),
    getVersion: vi.fn(() => version),
    whenReady: vi.fn(() => ready),
    /** Resolves whenReady() and lets the ready callbacks run. */
    async becomeReady(): Promise<void> {
      markReady()
      await ready
      await new Promise((r) => setTimeout(r, 0))
    }
  }
}

/** contextBridge and ipcRenderer as the preload sees them. */
export function createFakeRendererSide() {
  const exposed = new Map<string, unknown>()
  return {
    contextBridge: {
      exposed,
      exposeInMainWorld: vi.fn((key: string, api: unknown) => {
        exposed.set(key, api)
      })
    },
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ ok: true, value: { channel, args } }))
    }
  }
}

/** Everything a mocked `electron` module holds, created fresh by resetFakeElectron(). */
function createFakeElectron(options: Parameters<typeof createFakeApp>[0] = {}) {
  const windows = createFakeBrowserWindowClass()
  const renderer = createFakeRendererSide()
  return {
    app: createFakeApp(options),
    BrowserWindow: windows.BrowserWindow,
    windows: windows.instances,
    ipcMain: createFakeIpcMain(),
    protocol: createFakeProtocol(),
    session: { defaultSession: createFakeSession() },
    shell: createFakeShell(),
    contextBridge: renderer.contextBridge,
    ipcRenderer: renderer.ipcRenderer
  }
}
export type FakeElectron = ReturnType<typeof createFakeElectron>

// Kept on globalThis: vi.resetModules() gives the mock factory a fresh copy of this file, and the
// test and the mocked module must still see the same fakes.
const state = ((globalThis as { __matbarFakeElectron?: { current: FakeElectron } }).__matbarFakeElectron ??= {
  current: createFakeElectron()
})

/** Starts over with fresh fakes (call before re-importing a module that uses electron). */
export function resetFakeElectron(options: Parameters<typeof createFakeApp>[0] = {}): FakeElectron {
  state.current = createFakeElectron(options)
  return state.current
}

/** The fakes the mocked module is currently handing out. */
export function fakeElectron(): FakeElectron {
  return state.current
}

/**
 * The factory for vi.mock('electron', ...): every export is a getter, so resetFakeElectron()
 * takes effect for modules imported afterwards.
 */
export function electronModule(): Record<string, unknown> {
  const names = [
    'app',
    'BrowserWindow',
    'ipcMain',
    'protocol',
    'session',
    'shell',
    'contextBridge',
    'ipcRenderer'
  ] as const
  const mod: Record<string, unknown> = {}
  for (const name of names) {
    Object.defineProperty(mod, name, { enumerable: true, get: () => state.current[name] })
  }
  return mod
}
