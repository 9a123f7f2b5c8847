/** The routes of prioritisation (criteria, scoring grid, matrix, sensitivity); App mounts them inside the shell. */
import { lazy, type ReactElement } from 'react'
import { Route } from 'react-router'
import { PATTERNS } from '@renderer/lib/paths'

// Loaded when first visited, not with the first screen (the shell's Suspense shows "Laddar…" meanwhile).
const PrioritisationPage = lazy(() => import('./PrioritisationPage').then((m) => ({ default: m.PrioritisationPage })))

/** Route elements for prioritisation: /engagements/:engagementId/prioritisation. */
export const prioritisationRoutes: ReactElement[] = [
  <Route key="prioritisation" path={PATTERNS.prioritisation} element={<PrioritisationPage />} />
]
