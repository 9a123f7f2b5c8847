/** The start page's route; App mounts it inside the shell. */
import { Route } from 'react-router'
import { OverviewPage } from './OverviewPage'

/** Route elements for the start page (the shell's index route). */
export const overviewRoutes = [<Route key="overview" index element={<OverviewPage />} />]
