/**
 * The channel names of files, backups, import/export and attachments. Dependency-free like
 * channels.ts, which spreads them into CHANNELS (the sandboxed preload bundles both).
 */
export const FILE_CHANNELS = [
  'backups:status',
  'backups:create',
  'backups:open',
  'backups:chooseFolder',
  'backups:resetFolder',
  'backups:showFolder',
  'backups:setEncryption',
  'backups:unlock',
  'backups:awaitQuit',
  'backups:quitReady',
  'portfolio:export',
  'portfolio:pickImport',
  'portfolio:uploadImport',
  'portfolio:readImport',
  'attachments:choose',
  'attachments:upload',
  'attachments:open',
  'attachments:show',
  'attachments:release'
] as const
