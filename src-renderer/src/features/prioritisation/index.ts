/** Prioritisation's public face: its page, and the summary the engagement page embeds. */
import './prioritisation.css'

export { prioritisationRoutes } from './routes'
export { EngagementPrioritisation } from './EngagementPrioritisation'
