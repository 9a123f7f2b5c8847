/** The routes of this part of the product; App mounts them inside the shell. */
import { Route } from 'react-router'
import { ROUTES } from '../../app/routes'
import { AreasPage } from './AreasPage'

/** Route elements for areas: the list page and, later, detail pages under ROUTES.areas. */
export const areasRoutes = [<Route key="areas" path={ROUTES.areas} element={<AreasPage />} />]
