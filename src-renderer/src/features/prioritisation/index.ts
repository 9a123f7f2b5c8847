/** Prioritisation's public face: its page, and the summary the engagement page embeds. */
import { lazy } from 'react'
import './prioritisation.css'

export { prioritisationRoutes } from './routes'

// Slots of pages off the first screen: loaded with the page that shows them, not with the app's first screen
// (a static export here would put them, and all they import, in the first chunk: App imports this index).
export const EngagementPrioritisation = lazy(() =>
  import('./EngagementPrioritisation').then((m) => ({ default: m.EngagementPrioritisation }))
)
