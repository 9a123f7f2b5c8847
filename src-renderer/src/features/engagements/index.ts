/**
 * Engagements' public face: the list, pipeline and engagement pages, the organisation page's slot, and the
 * form (lent through app/ to the workshop form, to create an engagement in place).
 */
import { lazy } from 'react'
import './engagements.css'

export { engagementsRoutes } from './routes'
export { EngagementForm } from './EngagementForm'

// Slots of pages off the first screen: loaded with the page that shows them, not with the app's first screen
// (a static export here would put them, and all they import, in the first chunk: App imports this index).
export const OrganisationEngagements = lazy(() =>
  import('./OrganisationEngagements').then((m) => ({ default: m.OrganisationEngagements }))
)
