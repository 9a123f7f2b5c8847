/** The areas feature's public face: its pages' routes and the workshop page's area slot. */
import { lazy } from 'react'
import './areas.css'

export { areasRoutes } from './routes'

// Slots of pages off the first screen: loaded with the page that shows them, not with the app's first screen
// (a static export here would put them, and all they import, in the first chunk: App imports this index).
export const WorkshopAreas = lazy(() => import('./WorkshopAreas').then((m) => ({ default: m.WorkshopAreas })))
