/** Engagements' public face: the list, pipeline and engagement pages, and the organisation page's slot. */
import './engagements.css'

export { engagementsRoutes } from './routes'
export { OrganisationEngagements } from './OrganisationEngagements'
