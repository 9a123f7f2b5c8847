/** The routes of this part of the product; App mounts them inside the shell. */
import { lazy } from 'react'
import { Route } from 'react-router'
import { PATTERNS } from '@renderer/lib/paths'

// Loaded when first visited, not with the first screen (the shell's Suspense shows "Laddar…" meanwhile).
const EngagementPage = lazy(() => import('./EngagementPage').then((m) => ({ default: m.EngagementPage })))
const EngagementsPage = lazy(() => import('./EngagementsPage').then((m) => ({ default: m.EngagementsPage })))
const NewEngagementPage = lazy(() => import('./NewEngagementPage').then((m) => ({ default: m.NewEngagementPage })))
const PipelinePage = lazy(() => import('./PipelinePage').then((m) => ({ default: m.PipelinePage })))

/** Route elements for engagements: the list, the pipeline, a new engagement and one engagement's page. */
export const engagementsRoutes = [
  <Route key="engagements" path={PATTERNS.engagements} element={<EngagementsPage />} />,
  <Route key="engagements-pipeline" path={PATTERNS.pipeline} element={<PipelinePage />} />,
  <Route key="engagements-new" path={PATTERNS.newEngagement} element={<NewEngagementPage />} />,
  <Route key="engagement" path={PATTERNS.engagement} element={<EngagementPage />} />
]
