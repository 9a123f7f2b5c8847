/**
 * The IPC channel names, free of any dependency: the sandboxed preload bundles this file and nothing
 * else of src-shared. Each namespace's schemas live in ./<namespace>.ts, keyed by these names (checked by
 * type there); src-shared/contract.ts joins them and a test checks it covers exactly CHANNELS.
 */
export const CHANNELS = [
  'app:info',
  'settings:get',
  'settings:set',
  'people:exportPersonalData',
  'erasure:record',
  'erasure:log',
  'erasure:search',
  'erasure:deleteFiles',
  'documents:save',
  'documents:list',
  'documents:read',
  'documents:open',
  'documents:showInFolder',
  'branding:get',
  'branding:chooseLogo',
  'branding:setLogo',
  'branding:getLogo',
  'backups:status',
  'backups:finish',
  'backups:open',
  'backups:chooseFolder',
  'backups:resetFolder',
  'backups:showFolder',
  'backups:setEncryption',
  'backups:handleClear',
  'backups:unlock',
  'backups:awaitQuit',
  'backups:quitReady',
  'portfolio:writeBegin',
  'portfolio:writeChunk',
  'portfolio:writeAbort',
  'portfolio:writeFinish',
  'portfolio:pickImport',
  'portfolio:uploadImport',
  'portfolio:uploadBegin',
  'portfolio:uploadChunk',
  'portfolio:uploadFinish',
  'portfolio:readImport',
  'portfolio:readPiece',
  'portfolio:commitImport',
  'portfolio:discardImport',
  'attachments:choose',
  'attachments:upload',
  'attachments:open',
  'attachments:show',
  'attachments:release',
  'attachments:sweep',
  'spreadsheets:save'
] as const
export type Channel = (typeof CHANNELS)[number]

/** The channels of one namespace: ChannelsOf<'branding'> is 'branding:get' | 'branding:chooseLogo' | ... */
export type ChannelsOf<Namespace extends string> = Extract<Channel, `${Namespace}:${string}`>

/** The method name the preload exposes for a channel: 'settings:get' -> 'settingsGet'. */
export function methodName(channel: Channel): string {
  return channel.replace(/:(\w)/g, (_m, c: string) => c.toUpperCase())
}
