/** The routes of the contacts feature; App mounts them inside the shell. */
import { lazy } from 'react'
import { Route } from 'react-router'
import { PATTERNS } from '@renderer/lib/paths'

// Loaded when first visited, not with the first screen (the shell's Suspense shows "Laddar…" meanwhile).
const ErasureReportPage = lazy(() => import('./ErasureReportPage').then((m) => ({ default: m.ErasureReportPage })))
const ParticipantPage = lazy(() => import('./ParticipantPage').then((m) => ({ default: m.ParticipantPage })))
const PersonPage = lazy(() => import('./PersonPage').then((m) => ({ default: m.PersonPage })))

/**
 * Route elements for contacts: a contact person's page and a name-only person's page (what the app
 * holds about them, export, erasure), and the report after an erasure.
 */
export const contactsRoutes = [
  <Route key="contact" path={PATTERNS.person} element={<PersonPage />} />,
  <Route key="participant" path={PATTERNS.participant} element={<ParticipantPage />} />,
  <Route key="erasure" path={PATTERNS.erasure} element={<ErasureReportPage />} />
]
