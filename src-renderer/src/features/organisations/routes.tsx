/** The routes of the client register; App mounts them inside the shell. */
import { lazy } from 'react'
import { Route } from 'react-router'
import { PATTERNS } from '@renderer/lib/paths'
import { OrganisationsPage } from './OrganisationsPage'

// Loaded when first visited, not with the first screen (the shell's Suspense shows "Laddar…" meanwhile).
const NewOrganisationPage = lazy(() =>
  import('./NewOrganisationPage').then((m) => ({ default: m.NewOrganisationPage }))
)
const OrganisationPage = lazy(() => import('./OrganisationPage').then((m) => ({ default: m.OrganisationPage })))

/** Route elements for the client register: the list, a new organisation and one organisation. */
export const organisationsRoutes = [
  <Route key="organisations" path={PATTERNS.organisations} element={<OrganisationsPage />} />,
  <Route key="organisations-new" path={PATTERNS.newOrganisation} element={<NewOrganisationPage />} />,
  <Route key="organisation" path={PATTERNS.organisation} element={<OrganisationPage />} />
]
