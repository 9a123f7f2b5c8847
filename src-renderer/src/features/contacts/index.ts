/**
 * Contacts' public face: the person pages' routes, the contact list slot of the organisation page, and the
 * erasure log's re-apply, which an import, a restore and the app's start call so an erased person stays erased.
 */
import { lazy } from 'react'
export { contactsRoutes } from './routes'
export { reapplyErasures, useReapplyErasures } from './commands'

// Slots of pages off the first screen: loaded with the page that shows them, not with the app's first screen
// (a static export here would put them, and all they import, in the first chunk: App imports this index).
export const OrganisationContacts = lazy(() =>
  import('./OrganisationContacts').then((m) => ({ default: m.OrganisationContacts }))
)
