/**
 * The main window's options: every webPreferences flag of Electron's security checklist, set explicitly.
 */
import type { BrowserWindowConstructorOptions } from 'electron'

/** Anything constructed like a BrowserWindow: Electron's class in the app, a recorder in getMainWindowOptions. */
export type BrowserWindowClass<W> = new (options: BrowserWindowConstructorOptions) => W

/**
 * Creates the main window. The options are written as a literal inside `new BrowserWindow(...)` on
 * purpose: Electronegativity reads only that literal, so this is the single place they are defined
 * and getMainWindowOptions() reads them back from here.
 */
export function createMainWindow<W>(BrowserWindow: BrowserWindowClass<W>, preloadPath: string): W {
  return new BrowserWindow({
    title: 'Mätbar',
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    // Shown on 'ready-to-show', so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: {
      // Reviewed: our own bundled preload, exposing one named method per IPC channel and nothing else.
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK
      // The page cannot reach the preload's objects or Electron internals (prototype pollution, gadget chains).
      contextIsolation: true,
      // The renderer runs in Chromium's OS sandbox; the preload gets only a minimal require.
      sandbox: true,
      // No Node.js in the page, its workers or its frames: an XSS must not become code execution.
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      // Same-origin policy stays on; no http content inside our secure origin.
      webSecurity: true,
      allowRunningInsecureContent: false,
      // No experimental web platform features or extra Blink features with unreviewed security.
      experimentalFeatures: false,
      // Middle-click would open links in new windows; those are denied anyway, but never start the flow.
      disableBlinkFeatures: 'Auxclick',
      // <webview> can carry its own weaker preferences: not available at all.
      webviewTag: false,
      // Chromium's spell checker runs locally; useful for Swedish text fields.
      spellcheck: true
    }
  })
}

/** Records the options it is constructed with, so getMainWindowOptions can read them without Electron. */
class OptionsRecorder {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
}

/** The main window's options, exactly what createMainWindow() passes to BrowserWindow; pure. */
export function getMainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return createMainWindow(OptionsRecorder, preloadPath).options
}
