/** The routes of this part of the product; App mounts them inside the shell. */
import { Route } from 'react-router'
import { ROUTES } from '@renderer/lib/paths'
import { EngagementPage } from './EngagementPage'
import { EngagementsPage } from './EngagementsPage'
import { PipelinePage } from './PipelinePage'

/** Route elements for engagements: the list, the pipeline and one engagement's page. */
export const engagementsRoutes = [
  <Route key="engagements" path={ROUTES.engagements} element={<EngagementsPage />} />,
  <Route key="engagements-pipeline" path={`${ROUTES.engagements}/pipeline`} element={<PipelinePage />} />,
  <Route key="engagement" path={`${ROUTES.engagements}/:id`} element={<EngagementPage />} />
]
