import { HashRouter, Navigate, Route, Routes } from 'react-router'
import { AreasPage } from '../features/areas/AreasPage'
import { DocumentsPage } from '../features/documents/DocumentsPage'
import { EngagementsPage } from '../features/engagements/EngagementsPage'
import { OrganisationsPage } from '../features/organisations/OrganisationsPage'
import { OverviewPage } from '../features/overview/OverviewPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { WorkshopsPage } from '../features/workshops/WorkshopsPage'
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
            <Route path={ROUTES.organisations} element={<OrganisationsPage />} />
            <Route path={ROUTES.engagements} element={<EngagementsPage />} />
            <Route path={ROUTES.workshops} element={<WorkshopsPage />} />
            <Route path={ROUTES.areas} element={<AreasPage />} />
            <Route path={ROUTES.documents} element={<DocumentsPage />} />
            <Route path={ROUTES.settings} element={<SettingsPage />} />
            <Route path="*" element={<Navigate to={ROUTES.overview} replace />} />
          </Route>
        </Routes>
      </HashRouter>
    </ServicesContext>
  )
}
