/**
 * `npm run web`: starts the loopback bridge over the built renderer and prints its URL.
 * Usage: node out/main/bridge.js [--port N] [--data DIR]
 */
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { version } from '../../package.json'
import { startBridge } from './server'

/**
 * The browser keeps IndexedDB per origin, port included: a stable default port keeps the same
 * portfolio from one `npm run web` to the next. A busy default falls back to a free port.
 */
export const PREFERRED_PORT = 5190

/** Where the harness keeps its own data, apart from the desktop app's. */
export function defaultBridgeDataFolder(): string {
  if (process.env.MATBAR_WEB_DATA) return resolve(process.env.MATBAR_WEB_DATA)
  if (process.platform === 'win32') return join(process.env.APPDATA ?? homedir(), 'Matbar-web')
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Matbar-web')
  return join(process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'matbar-web')
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, data: { type: 'string' } },
    strict: true
  })
  const port = values.port === undefined ? PREFERRED_PORT : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Mätbar: --port must be a whole number 0–65535, got "${values.port}"`)
    process.exit(2)
  }
  const dataFolder = values.data ? resolve(values.data) : defaultBridgeDataFolder()
  const start = (p: number) =>
    startBridge({
      rendererDir: join(__dirname, '../renderer'),
      workerDir: __dirname,
      dataFolder,
      appVersion: version,
      port: p,
      log: (msg) => console.error(msg)
    })
  let bridge
  try {
    bridge = await start(port)
  } catch (error) {
    // Only the default port falls back: a port given with --port is the user's explicit choice.
    if (values.port !== undefined || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
    bridge = await start(0)
    console.warn(
      `Port ${PREFERRED_PORT} is busy; using ${bridge.port}. The browser keeps the portfolio per address, ` +
        `so data entered here is not visible at port ${PREFERRED_PORT}.`
    )
  }
  console.log(`Mätbar runs in your browser at ${bridge.url}`)
  console.log(`Data folder: ${dataFolder}. Press Ctrl+C to stop.`)
  const stop = () => void bridge.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(
    `Mätbar: the browser harness could not start: ${error instanceof Error ? error.message : String(error)}`
  )
  process.exit(1)
})
