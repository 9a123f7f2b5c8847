/**
 * Engagements' public face: the list, pipeline and engagement pages, the organisation page's slot, and the
 * form (lent through app/ to the workshop form, to create an engagement in place).
 */
import './engagements.css'

export { engagementsRoutes } from './routes'
export { OrganisationEngagements } from './OrganisationEngagements'
export { EngagementForm } from './EngagementForm'
