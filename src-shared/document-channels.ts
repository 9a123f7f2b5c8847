/**
 * The channel names of Word documents and their branding. Dependency-free like channels.ts,
 * which spreads them into CHANNELS (the sandboxed preload bundles both).
 */
export const DOCUMENT_CHANNELS = [
  'documents:save',
  'documents:list',
  'documents:read',
  'documents:open',
  'documents:showInFolder',
  'branding:get',
  'branding:chooseLogo',
  'branding:setLogo',
  'branding:getLogo'
] as const
