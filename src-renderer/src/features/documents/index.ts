/** The documents feature's public face: its page's route, the engagement page's documents slot, the branding settings slot. */
import { lazy } from 'react'
export { documentsRoutes } from './routes'

// Slots of pages off the first screen: loaded with the page that shows them, not with the app's first screen
// (a static export here would put them, and all they import, in the first chunk: App imports this index).
export const EngagementDocuments = lazy(() =>
  import('./EngagementDocuments').then((m) => ({ default: m.EngagementDocuments }))
)
export const BrandingSettings = lazy(() => import('./BrandingSettings').then((m) => ({ default: m.BrandingSettings })))
