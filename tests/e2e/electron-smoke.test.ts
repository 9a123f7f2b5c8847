/**
 * Smoke test of the real desktop app: launches Electron on the built project through playwright-core.
 * The Electron binary is downloaded on first install and cannot be had on offline machines, so
 * without it this test skips with one loud line (REQUIRE_REAL_CLIENTS does not apply: no setting
 * can make the binary appear there).
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { _electron } from 'playwright-core'
import type { ElectronApplication } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = resolve(__dirname, '../..')

/**
 * The Electron executable, or null. Mirrors what require('electron') computes, without its
 * attempt to download a missing binary.
 */
function findElectronBinary(): string | null {
  let pkgDir: string
  try {
    pkgDir = dirname(createRequire(join(ROOT, 'package.json')).resolve('electron/package.json'))
  } catch {
    return null
  }
  const pathFile = join(pkgDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  const binary = override ? join(override, relative || 'electron') : relative ? join(pkgDir, 'dist', relative) : ''
  return binary && existsSync(binary) ? binary : null
}

const electronPath = findElectronBinary()
const built = existsSync(join(ROOT, 'out/main/index.js')) && existsSync(join(ROOT, 'out/renderer/index.html'))

if (!electronPath) {
  console.warn(
    'SKIPPED: Electron binary not present on this machine (downloaded on first install): electron-smoke test not run'
  )
} else if (!built) {
  console.warn('SKIPPED: out/ is not built (run `npm run build`): electron-smoke test not run')
}

describe('electron app', () => {
  let app: ElectronApplication | undefined
  afterAll(async () => {
    await app?.close()
  })

  it.skipIf(!electronPath || !built)('opens the Mätbar window on app://matbar with the sidebar', async () => {
    app = await _electron.launch({
      executablePath: electronPath!,
      args: ['.'],
      cwd: ROOT,
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '' } as Record<string, string>
    })
    const page = await app.firstWindow()
    await page.waitForLoadState('domcontentloaded')
    expect(page.url()).toBe('app://matbar/index.html')
    await expect.poll(() => page.title()).toBe('Mätbar')
    await page.getByRole('navigation').first().waitFor({ state: 'visible' })
    // The preload's API is there, and Node is not.
    // String expressions: they run in the page, and this file is compiled without the DOM types.
    expect(await page.evaluate('typeof window.api')).toBe('object')
    expect(await page.evaluate('typeof window.require')).toBe('undefined')
  })
})
