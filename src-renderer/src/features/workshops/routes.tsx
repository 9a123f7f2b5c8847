/** The routes of this part of the product; App mounts them inside the shell. */
import { Route } from 'react-router'
import { ROUTES } from '../../app/routes'
import { WorkshopsPage } from './WorkshopsPage'

/** Route elements for workshops: the list page and, later, detail pages under ROUTES.workshops. */
export const workshopsRoutes = [<Route key="workshops" path={ROUTES.workshops} element={<WorkshopsPage />} />]
