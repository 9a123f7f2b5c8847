#!/usr/bin/env node
// `npm start`: build with electron-vite, then launch Electron on the project.
// The Electron binary is checked first, so a machine without it gets one clear line at once
// instead of a build followed by a failure.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))

const MISSING =
  'Mätbar: Electron binary not available on this machine (it is downloaded on first install). ' +
  'Run `npm run web` to use Mätbar in your browser.'

/**
 * The Electron executable, or null when it is not installed. Reads what the electron package's
 * index.js reads (path.txt, dist/, ELECTRON_OVERRIDE_DIST_PATH) instead of require('electron'),
 * because that require tries to download the binary when it is missing: slow and noisy offline.
 */
function findElectronBinary() {
  let pkgDir
  try {
    pkgDir = dirname(require.resolve('electron/package.json'))
  } catch {
    return null
  }
  const pathFile = join(pkgDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const overridden = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron')
    return existsSync(overridden) ? overridden : null
  }
  if (!relative) return null
  const binary = join(pkgDir, 'dist', relative)
  return existsSync(binary) ? binary : null
}

const electron = findElectronBinary()
if (!electron) {
  console.error(MISSING)
  process.exit(1)
}

// The package's exports hide bin/, so find it from the main entry (dist/index.js).
const electronViteCli = join(dirname(require.resolve('electron-vite')), '..', 'bin', 'electron-vite.js')
const build = spawnSync(process.execPath, [electronViteCli, 'build'], {
  cwd: root,
  stdio: 'inherit'
})
if (build.status !== 0) {
  console.error('Mätbar: the build failed (see above), so the app was not started.')
  process.exit(build.status ?? 1)
}

// Electron must start as itself, not as Node, even when this shell has ELECTRON_RUN_AS_NODE set.
const env = { ...process.env }
delete env.ELECTRON_RUN_AS_NODE
const child = spawn(electron, ['.'], { cwd: root, stdio: 'inherit', env })
child.on('error', (error) => {
  console.error(`Mätbar: could not start Electron (${error.message}).`)
  process.exit(1)
})
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0))
})
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (!child.killed) child.kill(signal)
  })
}
