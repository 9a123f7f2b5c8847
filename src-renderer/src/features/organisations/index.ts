/** The client register's public face: its routes, and the cascade delete the engagement page uses too. */
import './organisations.css'

export { organisationsRoutes } from './routes'
export { CascadeDeleteButton } from './CascadeDeleteButton'
