/** The routes of this part of the product; App mounts them inside the shell. */
import { Route } from 'react-router'
import { ROUTES } from '../../app/routes'
import { OrganisationsPage } from './OrganisationsPage'

/** Route elements for organisations: the list page and, later, detail pages under ROUTES.organisations. */
export const organisationsRoutes = [<Route key="organisations" path={ROUTES.organisations} element={<OrganisationsPage />} />]
