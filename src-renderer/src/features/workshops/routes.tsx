/** The routes of this part of the product; App mounts them inside the shell. */
import { Route } from 'react-router'
import { ROUTES } from '../../app/routes'
import { EvaluationsPage } from '../evaluations/EvaluationsPage'
import { WorkshopFormPage } from './WorkshopFormPage'
import { WorkshopPage } from './WorkshopPage'
import { WorkshopsPage } from './WorkshopsPage'

/**
 * Route elements for workshops: the list, new/edit, one workshop, and the portfolio-wide evaluations
 * page (mounted here because App only mounts existing route modules and evaluations hang off workshops).
 */
export const workshopsRoutes = [
  <Route key="workshops" path={ROUTES.workshops} element={<WorkshopsPage />} />,
  <Route key="workshops-new" path={`${ROUTES.workshops}/new`} element={<WorkshopFormPage />} />,
  <Route key="workshop" path={`${ROUTES.workshops}/:id`} element={<WorkshopPage />} />,
  <Route key="workshop-edit" path={`${ROUTES.workshops}/:id/edit`} element={<WorkshopFormPage />} />,
  <Route key="evaluations" path="/evaluations" element={<EvaluationsPage />} />
]
