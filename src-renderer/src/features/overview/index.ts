/** The start page's public face: its route. */
import './overview.css'

export { overviewRoutes } from './routes'
