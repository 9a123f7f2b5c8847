/** The areas feature's public face: its pages' routes and the workshop page's area slot. */
import './areas.css'

export { areasRoutes } from './routes'
export { WorkshopAreas } from './WorkshopAreas'
