/** The routes of this part of the product; App mounts them inside the shell. */
import { Route } from 'react-router'
import { PATTERNS } from '@renderer/lib/paths'
import { AreaPage } from './AreaPage'
import { AreasPage } from './AreasPage'

/** Route elements for areas: the portfolio-wide list page and one area's page. */
export const areasRoutes = [
  <Route key="areas" path={PATTERNS.areas} element={<AreasPage />} />,
  <Route key="area" path={PATTERNS.area} element={<AreaPage />} />
]
