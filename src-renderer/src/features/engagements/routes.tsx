/** The routes of this part of the product; App mounts them inside the shell. */
import { Route } from 'react-router'
import { ROUTES } from '../../app/routes'
import { EngagementsPage } from './EngagementsPage'

/** Route elements for engagements: the list page and, later, detail pages under ROUTES.engagements. */
export const engagementsRoutes = [<Route key="engagements" path={ROUTES.engagements} element={<EngagementsPage />} />]
