/**
 * The main-process services behind the contract, wired to one data folder.
 * Shared by the Electron IPC handlers and the loopback bridge: no `electron` import here.
 */
import { join } from 'node:path'
import { contract, describeZodError } from '@shared/contract'
import type { AppInfo, IpcResult } from '@shared/contract'
import { CHANNELS } from '@shared/ipc/channels'
import type { Channel } from '@shared/ipc/channels'
import type { RenderJob } from '../documents/render'
import { createTaskWorker } from '../workers/task-worker'
import { createSettingsStore } from './settings-store'
import { createDocumentServices } from './documents'
import { createErasureServices } from './erasure'
import { createFileServices } from './file-services'
import type { FileServiceOptions } from './file-services'
import type { Desktop } from './desktop'
import type { Handlers } from './handlers'
import { exportPersonalData } from './personal-data-export'
import { publicErrorMessage } from './public-error'
import { saveSpreadsheet } from './spreadsheets'
import { sweepStaleTempFiles } from './stale-temp-files'

export type ServiceOptions = {
  dataFolder: string
  appName: string
  appVersion: string
  shell: AppInfo['shell']
  log?: (msg: string) => void
  /** Native dialogs and the shell: Electron's in the app, BROWSER_DESKTOP in the harness, a fake in tests. */
  desktop: Desktop
  /** Tests pass a clock and a cheap scrypt cost. */
  now?: () => Date
  kdf?: FileServiceOptions['kdf']
  /**
   * The folder of the built worker entries (out/main): documents are then rendered in a worker thread.
   * Unset in unit tests that run the sources, where documents render inline.
   */
  workerDir?: string
}

/** The document worker's entry, as electron.vite.config.ts names it. */
export const DOCUMENT_WORKER_FILE = 'document-worker.js'

/** Creates the service handlers, one per channel. */
export function createServices(options: ServiceOptions) {
  const settings = createSettingsStore(options.dataFolder, options.log)
  const documentWorker = options.workerDir
    ? createTaskWorker<RenderJob, Uint8Array>(join(options.workerDir, DOCUMENT_WORKER_FILE), {
        name: 'document worker'
      })
    : null
  const documents = createDocumentServices({
    dataFolder: options.dataFolder,
    settings,
    desktop: options.desktop,
    ...(documentWorker ? { render: documentWorker.run } : {})
  })
  const files = createFileServices({ ...options, language: async () => (await settings.read()).language })
  const erasure = createErasureServices({ dataFolder: options.dataFolder, backups: files.backups, now: options.now })
  // The save dialog's title follows the app's language; Swedish if the settings file cannot be read.
  const language = async () => (await settings.read().catch(() => null))?.language ?? 'sv'
  const handlers: Handlers<Channel> = {
    ...documents.handlers,
    ...files.handlers,
    ...erasure.handlers,
    'app:info': async () => ({
      name: options.appName,
      version: options.appVersion,
      dataFolder: options.dataFolder,
      shell: options.shell
    }),
    'settings:get': async () => settings.read(),
    'settings:set': async (patch) => settings.update(patch),
    'people:exportPersonalData': async (input) => exportPersonalData(options.desktop, input),
    'spreadsheets:save': async (input) => saveSpreadsheet(options.desktop, await language(), input, options.now?.())
  }
  // Temp files of atomic writes killed by a crash or a power cut, from before this process started.
  void files.backups
    .folder()
    .catch(() => null)
    .then((folder) => sweepStaleTempFiles(options.dataFolder, folder))
    .then((removed) => removed.forEach((path) => options.log?.(`removed the stale temp file ${path}`)))
  /** Ends the worker threads (the bridge on close; the app ends with its process). */
  const close = async () => {
    await documentWorker?.close()
  }
  return { handlers, settings, files, dataFolder: options.dataFolder, close }
}
export type Services = ReturnType<typeof createServices>

/** True when `value` names a channel of the contract (guards against '__proto__' and friends). */
export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value)
}

/**
 * Runs one call from outside: parse the untrusted input with the contract, call the service,
 * check its output. Never throws; every failure becomes an error envelope.
 */
export async function dispatch(services: Services, channel: unknown, rawInput: unknown): Promise<IpcResult<unknown>> {
  if (!isChannel(channel)) {
    return {
      ok: false,
      error: { code: 'unknown-channel', message: `Unknown channel: ${String(channel).slice(0, 100)}` }
    }
  }
  const spec = contract[channel]
  const parsed = spec.input.safeParse(rawInput)
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-input', message: `${channel}: ${describeZodError(parsed.error)}` } }
  }
  try {
    const handler = services.handlers[channel] as (input: unknown) => Promise<unknown>
    const value = spec.output.parse(await handler(parsed.data))
    return { ok: true, value }
  } catch (error) {
    // Never an absolute path in an answer (Node's file errors carry one): see public-error.ts.
    return { ok: false, error: { code: 'internal', message: publicErrorMessage(error, services.dataFolder) } }
  }
}
