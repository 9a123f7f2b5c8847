/** The routes of this part of the product; App mounts them inside the shell. */
import { lazy } from 'react'
import { Route } from 'react-router'
import { PATTERNS } from '@renderer/lib/paths'

// Loaded when first visited, not with the first screen (the shell's Suspense shows "Laddar…" meanwhile).
const EvaluationsPage = lazy(() => import('./EvaluationsPage').then((m) => ({ default: m.EvaluationsPage })))

/** Route elements for evaluations: the portfolio-wide evaluations page. */
export const evaluationsRoutes = [<Route key="evaluations" path={PATTERNS.evaluations} element={<EvaluationsPage />} />]
