/** The routes of this part of the product; App mounts them inside the shell. */
import { lazy } from 'react'
import { Route, useLocation } from 'react-router'
import { PATTERNS } from '@renderer/lib/paths'

// Loaded when first visited, not with the first screen (the shell's Suspense shows "Laddar…" meanwhile).
const WorkshopFormPage = lazy(() => import('./WorkshopFormPage').then((m) => ({ default: m.WorkshopFormPage })))
const WorkshopPage = lazy(() => import('./WorkshopPage').then((m) => ({ default: m.WorkshopPage })))
const WorkshopsPage = lazy(() => import('./WorkshopsPage').then((m) => ({ default: m.WorkshopsPage })))

/**
 * The new-workshop form keyed by its address: going from one engagement's "Ny workshop" to another's
 * (same component, same place in the tree) must start a fresh form with the other engagement chosen.
 */
function FreshWorkshopForm() {
  const { pathname, search } = useLocation()
  return <WorkshopFormPage key={pathname + search} />
}

/** Route elements for workshops: the list, new and one workshop (edited in place on its page). */
export const workshopsRoutes = [
  <Route key="workshops" path={PATTERNS.workshops} element={<WorkshopsPage />} />,
  <Route key="workshops-new" path={PATTERNS.newWorkshop} element={<FreshWorkshopForm />} />,
  <Route key="workshop" path={PATTERNS.workshop} element={<WorkshopPage />} />
]
