/** The routes of the contacts feature; App mounts them inside the shell. */
import { Route } from 'react-router'
import { PATTERNS } from '@renderer/lib/paths'
import { ErasureReportPage } from './ErasureReportPage'
import { ParticipantPage } from './ParticipantPage'
import { PersonPage } from './PersonPage'

/**
 * Route elements for contacts: a contact person's page and a name-only person's page (what the app
 * holds about them, export, erasure), and the report after an erasure.
 */
export const contactsRoutes = [
  <Route key="contact" path={PATTERNS.person} element={<PersonPage />} />,
  <Route key="participant" path={PATTERNS.participant} element={<ParticipantPage />} />,
  <Route key="erasure" path={PATTERNS.erasure} element={<ErasureReportPage />} />
]
