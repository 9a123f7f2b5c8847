/** The routes of this part of the product; App mounts them inside the shell. */
import { Route } from 'react-router'
import { PATTERNS } from '@renderer/lib/paths'
import { EngagementPage } from './EngagementPage'
import { EngagementsPage } from './EngagementsPage'
import { NewEngagementPage } from './NewEngagementPage'
import { PipelinePage } from './PipelinePage'

/** Route elements for engagements: the list, the pipeline, a new engagement and one engagement's page. */
export const engagementsRoutes = [
  <Route key="engagements" path={PATTERNS.engagements} element={<EngagementsPage />} />,
  <Route key="engagements-pipeline" path={PATTERNS.pipeline} element={<PipelinePage />} />,
  <Route key="engagements-new" path={PATTERNS.newEngagement} element={<NewEngagementPage />} />,
  <Route key="engagement" path={PATTERNS.engagement} element={<EngagementPage />} />
]
