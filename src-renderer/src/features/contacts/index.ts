/** Contacts' public face: the person page's route, and the contact list slot of the organisation page. */
export { contactsRoutes } from './routes'
export { OrganisationContacts } from './OrganisationContacts'
