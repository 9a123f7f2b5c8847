/** The routes of this part of the product; App mounts them inside the shell. */
import { Route } from 'react-router'
import { PATTERNS } from '@renderer/lib/paths'
import { EngagementPage } from './EngagementPage'
import { EngagementsPage } from './EngagementsPage'
import { PipelinePage } from './PipelinePage'

/** Route elements for engagements: the list, the pipeline and one engagement's page. */
export const engagementsRoutes = [
  <Route key="engagements" path={PATTERNS.engagements} element={<EngagementsPage />} />,
  <Route key="engagements-pipeline" path={PATTERNS.pipeline} element={<PipelinePage />} />,
  <Route key="engagement" path={PATTERNS.engagement} element={<EngagementPage />} />
]
