/** The routes of this part of the product; App mounts them inside the shell. */
import { Route } from 'react-router'
import { ROUTES } from '@renderer/lib/paths'
import { PersonPage } from '@renderer/features/contacts/PersonPage'
import { NewOrganisationPage } from './NewOrganisationPage'
import { OrganisationPage } from './OrganisationPage'
import { OrganisationsPage } from './OrganisationsPage'

/**
 * Route elements for the client register: the list, a new organisation, one organisation, and a
 * contact person's page (contacts belong to organisations, so their route lives here).
 */
export const organisationsRoutes = [
  <Route key="organisations" path={ROUTES.organisations} element={<OrganisationsPage />} />,
  <Route key="organisations-new" path={`${ROUTES.organisations}/new`} element={<NewOrganisationPage />} />,
  <Route key="organisation" path={`${ROUTES.organisations}/:id`} element={<OrganisationPage />} />,
  <Route key="contact" path="/contacts/:id" element={<PersonPage />} />
]
