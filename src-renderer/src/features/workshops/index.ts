/** The workshops feature's public face: its pages' routes and the engagement page's workshop slot. */
import { lazy } from 'react'
import './workshops.css'

export { workshopsRoutes } from './routes'

// Slots of pages off the first screen: loaded with the page that shows them, not with the app's first screen
// (a static export here would put them, and all they import, in the first chunk: App imports this index).
export const EngagementWorkshops = lazy(() =>
  import('./EngagementWorkshops').then((m) => ({ default: m.EngagementWorkshops }))
)
