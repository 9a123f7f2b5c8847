/** The client register's public face: its routes (the list, a new organisation, one organisation). */
import './organisations.css'

export { organisationsRoutes } from './routes'
