/** The workshops feature's public face: its pages' routes and the engagement page's workshop slot. */
import './workshops.css'

export { workshopsRoutes } from './routes'
export { EngagementWorkshops } from './EngagementWorkshops'
