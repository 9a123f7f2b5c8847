/** The routes of prioritisation (criteria, scoring grid, matrix, sensitivity); App mounts them inside the shell. */
import type { ReactElement } from 'react'
import { Route } from 'react-router'
import { PATTERNS } from '@renderer/lib/paths'
import { PrioritisationPage } from './PrioritisationPage'

/** Route elements for prioritisation: /engagements/:engagementId/prioritisation. */
export const prioritisationRoutes: ReactElement[] = [
  <Route key="prioritisation" path={PATTERNS.prioritisation} element={<PrioritisationPage />} />
]
