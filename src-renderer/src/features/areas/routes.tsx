/** The routes of this part of the product; App mounts them inside the shell. */
import { lazy } from 'react'
import { Route } from 'react-router'
import { PATTERNS } from '@renderer/lib/paths'

// Loaded when first visited, not with the first screen (the shell's Suspense shows "Laddar…" meanwhile).
const AreaPage = lazy(() => import('./AreaPage').then((m) => ({ default: m.AreaPage })))
const AreasPage = lazy(() => import('./AreasPage').then((m) => ({ default: m.AreasPage })))

/** Route elements for areas: the portfolio-wide list page and one area's page. */
export const areasRoutes = [
  <Route key="areas" path={PATTERNS.areas} element={<AreasPage />} />,
  <Route key="area" path={PATTERNS.area} element={<AreaPage />} />
]
