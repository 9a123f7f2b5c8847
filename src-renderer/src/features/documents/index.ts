/** The documents feature's public face: its page's route, the engagement page's documents slot, the branding settings slot. */
export { documentsRoutes } from './routes'
export { EngagementDocuments } from './EngagementDocuments'
export { BrandingSettings } from './BrandingSettings'
