/** The routes of this part of the product; App mounts them inside the shell. */
import { Route } from 'react-router'
import { PATTERNS } from '@renderer/lib/paths'
import { EvaluationsPage } from './EvaluationsPage'

/** Route elements for evaluations: the portfolio-wide evaluations page. */
export const evaluationsRoutes = [<Route key="evaluations" path={PATTERNS.evaluations} element={<EvaluationsPage />} />]
