/**
 * Browser-test harness: the built renderer behind the real loopback bridge, driven in a real
 * Chromium through playwright-core. Where no Chromium exists the suites skip with one loud line,
 * unless REQUIRE_REAL_CLIENTS=1, when a missing browser fails the run.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, rm, mkdir } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { delimiter, join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import type { BrowserContext, Page } from 'playwright-core'
import { startBridge } from '@main/bridge/server'
import type { Bridge } from '@main/bridge/server'

export const ROOT = resolve(__dirname, '../..')
/** The built renderer; MATBAR_OUT picks another build folder (as in electron.vite.config.ts). */
export const RENDERER_DIR = join(ROOT, process.env.MATBAR_OUT ?? 'out', 'renderer')

/** Flags from the issue: quiet, offline-friendly, no sandbox (CI runs as root). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic'
]

/** Finds a Chromium: CHROMIUM_PATH, else `chromium` on PATH, else an installed Chrome. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv && existsSync(fromEnv)) return fromEnv
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const candidate = join(dir, name)
      if (dir && existsSync(candidate)) return candidate
    }
  }
  for (const candidate of [
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
  ]) {
    if (existsSync(candidate)) return candidate
  }
  return null
}

/**
 * Decides whether a suite runs: returns the browser path, or null after printing one loud
 * line. Throws when REQUIRE_REAL_CLIENTS=1 and the browser is missing.
 */
export function chromiumOrSkip(suite: string): string | null {
  const path = findChromium()
  if (path) return path
  if (process.env.REQUIRE_REAL_CLIENTS === '1') {
    throw new Error(
      `${suite}: REQUIRE_REAL_CLIENTS=1 but no Chromium was found (set CHROMIUM_PATH or install chromium)`
    )
  }
  console.warn(`\n*** SKIPPED ${suite}: no Chromium found (set CHROMIUM_PATH or apt-get install chromium) ***\n`)
  return null
}

export type Harness = {
  bridge: Bridge
  context: BrowserContext
  page: Page
  /** Console errors and CSP violations seen so far. */
  problems: string[]
  close: () => Promise<void>
}

/**
 * Starts a bridge with a fresh data folder and a Chromium with a fresh profile. `locale` is the
 * browser's own locale (default sv-SE), so a test can run the Swedish UI under, say, an English browser.
 */
export async function startHarness(executablePath: string, { locale }: { locale?: string } = {}): Promise<Harness> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`No built renderer at ${RENDERER_DIR}: run \`npm run build\` first (npm run test:browser does)`)
  }
  const dir = await mkdtemp(join(tmpdir(), 'matbar-e2e-'))
  await mkdir(join(dir, 'profile'))
  const bridge = await startBridge({
    rendererDir: RENDERER_DIR,
    // The built document worker beside the built bridge, as `npm run web` runs it.
    workerDir: join(RENDERER_DIR, '..', 'main'),
    dataFolder: join(dir, 'data'),
    appVersion: 'e2e'
  })
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath,
    headless: true,
    // A given locale also goes to Chromium's own --lang, which native form controls follow.
    args: locale ? [...CHROMIUM_ARGS, `--lang=${locale}`] : CHROMIUM_ARGS,
    locale: locale ?? 'sv-SE',
    viewport: { width: 1280, height: 800 }
  })
  const page = context.pages()[0] ?? (await context.newPage())
  const problems: string[] = []
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text())
  })
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  return {
    bridge,
    context,
    page,
    problems,
    close: async () => {
      await context.close().catch(() => undefined)
      await bridge.close()
      await rm(dir, { recursive: true, force: true })
    }
  }
}

const require_ = createRequire(__filename)
let axeSource: string | null = null

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

/** Runs axe-core in the page (via the DevTools protocol, so the page's CSP is not loosened). */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  if (!axeSource) {
    const { readFileSync } = await import('node:fs')
    axeSource = readFileSync(require_.resolve('axe-core/axe.min.js'), 'utf8')
  }
  // Once per document: evaluating axe's 650 kB source took ~200 ms a call on this machine (as long as a run of it on
  // most pages), and the reflow walks call it 72 times in one document (hash navigation keeps it).
  if (!(await page.evaluate(`typeof window.axe?.run === 'function'`))) await page.evaluate(axeSource)
  // A string, not a function: this file is type-checked without the DOM library.
  return page.evaluate(`(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target }))
    }))
  })()`) as Promise<AxeViolation[]>
}

/** Saves a screenshot when SCREENSHOT_DIR is set (for people to look at; never asserted). */
export async function maybeScreenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR
  if (!dir) return
  await mkdir(dir, { recursive: true })
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true })
}

/**
 * How many rows a table of the app's IndexedDB holds, read in the page (the harness has no other way in).
 * A string, not a function: the e2e tests compile without the DOM types.
 */
export async function countRows(page: Page, table: string): Promise<number> {
  return (await page.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('matbar')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const db = open.result
      const count = db.transaction(${JSON.stringify(table)}).objectStore(${JSON.stringify(table)}).count()
      count.onsuccess = () => { db.close(); resolve(count.result) }
      count.onerror = () => reject(count.error)
    }
  })`)) as number
}
