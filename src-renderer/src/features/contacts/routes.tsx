/** The routes of the contacts feature; App mounts them inside the shell. */
import { Route } from 'react-router'
import { PATTERNS } from '@renderer/lib/paths'
import { PersonPage } from './PersonPage'

/** Route elements for contacts: a contact person's page (what the app holds about them, export, erasure). */
export const contactsRoutes = [<Route key="contact" path={PATTERNS.person} element={<PersonPage />} />]
