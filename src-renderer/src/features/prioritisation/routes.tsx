/** The routes of prioritisation (criteria, scoring grid, matrix, sensitivity); App mounts them inside the shell. */
import type { ReactElement } from 'react'
import { Route } from 'react-router'
import { ROUTES } from '@renderer/lib/paths'
import { PrioritisationPage } from './PrioritisationPage'

/** The prioritisation page of one engagement. */
export function prioritisationPath(engagementId: string): string {
  return `${ROUTES.engagements}/${encodeURIComponent(engagementId)}/prioritisation`
}

/** Route elements for prioritisation: /engagements/:engagementId/prioritisation. */
export const prioritisationRoutes: ReactElement[] = [
  <Route key="prioritisation" path={`${ROUTES.engagements}/:engagementId/prioritisation`} element={<PrioritisationPage />} />
]
