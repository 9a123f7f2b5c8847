import { HashRouter, Navigate, Route, Routes } from 'react-router'
import { areasRoutes } from '../features/areas/routes'
import { documentsRoutes } from '../features/documents/routes'
import { engagementsRoutes } from '../features/engagements/routes'
import { organisationsRoutes } from '../features/organisations/routes'
import { OverviewPage } from '../features/overview/OverviewPage'
import { prioritisationRoutes } from '../features/prioritisation/routes'
import { settingsRoutes } from '../features/settings/routes'
import { workshopsRoutes } from '../features/workshops/routes'
import { AppShell } from './AppShell'
import { ROUTES } from './routes'
import { ServicesContext, type Services } from './services'
import { db } from '../db/db'
import { api } from '../platform/api'

/** The whole app. Hash routing, because it works the same under app:// and the loopback bridge. */
export function App({ services = { db, api } }: { services?: Services }) {
  return (
    <ServicesContext value={services}>
      <HashRouter>
        <Routes>
          <Route element={<AppShell />}>
            <Route index element={<OverviewPage />} />
            {organisationsRoutes}
            {engagementsRoutes}
            {workshopsRoutes}
            {areasRoutes}
            {documentsRoutes}
            {prioritisationRoutes}
            {settingsRoutes}
            <Route path="*" element={<Navigate to={ROUTES.overview} replace />} />
          </Route>
        </Routes>
      </HashRouter>
    </ServicesContext>
  )
}
