/**
 * The client register's public face: its routes (the list, a new organisation, one organisation) and its
 * form (lent through app/ to the engagement form, to create a client in place).
 */
import './organisations.css'

export { organisationsRoutes } from './routes'
export { OrganisationForm } from './OrganisationForm'
