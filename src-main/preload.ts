/**
 * The preload: the renderer's only door to the main process.
 * It runs sandboxed, so it imports only electron and the dependency-free channel list (the type import
 * below is erased at build time). It exposes one named method per channel and nothing else: no
 * ipcRenderer, no generic send/on, so a compromised page cannot reach any channel we did not define.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS, methodName } from '@shared/ipc/channels'
import type { Channel } from '@shared/ipc/channels'
import type { MatbarApi } from '@shared/contract'

type Invoke = (channel: Channel, input: unknown) => Promise<unknown>

/** Builds the api object: for each channel a method `(input) => invoke(channel, input)`. */
export function buildApi(invoke: Invoke): MatbarApi {
  const api: Record<string, (input?: unknown) => Promise<unknown>> = {}
  for (const channel of CHANNELS) {
    // Only the one argument is forwarded; extra arguments never reach the main process.
    api[methodName(channel)] = (input?: unknown) => invoke(channel, input)
  }
  return Object.freeze(api) as unknown as MatbarApi
}

contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, input) => ipcRenderer.invoke(channel, input))
)
