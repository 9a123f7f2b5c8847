/**
 * Contacts' public face: the person pages' routes, the contact list slot of the organisation page, and the
 * erasure log's re-apply, which an import, a restore and the app's start call so an erased person stays erased.
 */
export { contactsRoutes } from './routes'
export { OrganisationContacts } from './OrganisationContacts'
export { reapplyErasures, useReapplyErasures } from './commands'
