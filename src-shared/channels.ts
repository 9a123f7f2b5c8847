/**
 * The IPC channel names, free of any dependency so the sandboxed preload can bundle them.
 * src-shared/contract.ts gives each channel its schemas and is checked to cover exactly these.
 */
import { FILE_CHANNELS } from './file-channels'
import { DOCUMENT_CHANNELS } from './document-channels'

export const CHANNELS = ['app:info', 'settings:get', 'settings:set', 'people:exportPersonalData', ...DOCUMENT_CHANNELS, ...FILE_CHANNELS] as const
export type Channel = (typeof CHANNELS)[number]

/** The method name the preload exposes for a channel: 'settings:get' -> 'settingsGet'. */
export function methodName(channel: Channel): string {
  return channel.replace(/:(\w)/g, (_m, c: string) => c.toUpperCase())
}
