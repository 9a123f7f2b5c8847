/**
 * `npm run web`: starts the loopback bridge over the built renderer and prints its URL.
 * Usage: node out/main/bridge.js [--port N] [--data DIR]
 */
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { version } from '../../package.json'
import { startBridge } from './server'

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
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Mätbar: --port must be a whole number 0–65535, got "${values.port}"`)
    process.exit(2)
  }
  const dataFolder = values.data ? resolve(values.data) : defaultBridgeDataFolder()
  const bridge = await startBridge({
    rendererDir: join(__dirname, '../renderer'),
    dataFolder,
    appVersion: version,
    port,
    log: (msg) => console.error(msg)
  })
  console.log(`Mätbar runs in your browser at ${bridge.url}`)
  console.log(`Data folder: ${dataFolder}. Press Ctrl+C to stop.`)
  const stop = () => void bridge.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(`Mätbar: the browser harness could not start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
