/** The evaluations feature's public face: its page's route and the workshop and organisation page slots. */
import { lazy } from 'react'
import './evaluations.css'

export { evaluationsRoutes } from './routes'

// Slots of pages off the first screen: loaded with the page that shows them, not with the app's first screen
// (a static export here would put them, and all they import, in the first chunk: App imports this index).
export const OrganisationEvaluations = lazy(() =>
  import('./OrganisationEvaluations').then((m) => ({ default: m.OrganisationEvaluations }))
)
export const WorkshopEvaluations = lazy(() =>
  import('./WorkshopEvaluations').then((m) => ({ default: m.WorkshopEvaluations }))
)
