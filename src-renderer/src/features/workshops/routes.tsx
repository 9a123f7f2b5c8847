/** The routes of this part of the product; App mounts them inside the shell. */
import { Route, useLocation } from 'react-router'
import { ROUTES } from '@renderer/lib/paths'
import { EvaluationsPage } from '@renderer/features/evaluations/EvaluationsPage'
import { WorkshopFormPage } from './WorkshopFormPage'
import { WorkshopPage } from './WorkshopPage'
import { WorkshopsPage } from './WorkshopsPage'

/**
 * The workshop form keyed by its address: going from "Ändra workshop" to "Ny workshop" (same component,
 * same place in the tree) must start a fresh form, not carry over the edited workshop's fields.
 */
function FreshWorkshopForm() {
  const { pathname, search } = useLocation()
  return <WorkshopFormPage key={pathname + search} />
}

/**
 * Route elements for workshops: the list, new/edit, one workshop, and the portfolio-wide evaluations
 * page (mounted here because App only mounts existing route modules and evaluations hang off workshops).
 */
export const workshopsRoutes = [
  <Route key="workshops" path={ROUTES.workshops} element={<WorkshopsPage />} />,
  <Route key="workshops-new" path={`${ROUTES.workshops}/new`} element={<FreshWorkshopForm />} />,
  <Route key="workshop" path={`${ROUTES.workshops}/:id`} element={<WorkshopPage />} />,
  <Route key="workshop-edit" path={`${ROUTES.workshops}/:id/edit`} element={<FreshWorkshopForm />} />,
  <Route key="evaluations" path="/evaluations" element={<EvaluationsPage />} />
]
