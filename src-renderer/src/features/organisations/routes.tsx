/** The routes of the client register; App mounts them inside the shell. */
import { Route } from 'react-router'
import { PATTERNS } from '@renderer/lib/paths'
import { NewOrganisationPage } from './NewOrganisationPage'
import { OrganisationPage } from './OrganisationPage'
import { OrganisationsPage } from './OrganisationsPage'

/** Route elements for the client register: the list, a new organisation and one organisation. */
export const organisationsRoutes = [
  <Route key="organisations" path={PATTERNS.organisations} element={<OrganisationsPage />} />,
  <Route key="organisations-new" path={PATTERNS.newOrganisation} element={<NewOrganisationPage />} />,
  <Route key="organisation" path={PATTERNS.organisation} element={<OrganisationPage />} />
]
