/** The evaluations feature's public face: its page's route and the workshop and organisation page slots. */
import './evaluations.css'

export { evaluationsRoutes } from './routes'
export { OrganisationEvaluations } from './OrganisationEvaluations'
export { WorkshopEvaluations } from './WorkshopEvaluations'
