/**
 * Contacts' public face: the person pages' routes, the contact list slot of the organisation page, and the
 * erasure log's re-apply, which an import or a restore calls so an erased person stays erased.
 */
export { contactsRoutes } from './routes'
export { OrganisationContacts } from './OrganisationContacts'
export { useReapplyErasures } from './commands'
