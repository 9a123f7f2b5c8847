import { HashRouter, Navigate, Route, Routes } from 'react-router'
import { areasRoutes } from '@renderer/features/areas'
import { documentsRoutes } from '@renderer/features/documents'
import { EngagementForm, engagementsRoutes } from '@renderer/features/engagements'
import { contactsRoutes } from '@renderer/features/contacts'
import { OrganisationForm, organisationsRoutes } from '@renderer/features/organisations'
import { overviewRoutes } from '@renderer/features/overview'
import { prioritisationRoutes } from '@renderer/features/prioritisation'
import { settingsRoutes } from '@renderer/features/settings'
import { workshopsRoutes } from '@renderer/features/workshops'
import { evaluationsRoutes } from '@renderer/features/evaluations'
import { AppShell } from './AppShell'
import { ROUTES } from '@renderer/lib/paths'
import { ServicesContext, type Services } from '@renderer/platform/services'
import { InPlaceFormsContext, type InPlaceForms } from '@renderer/ui'
import { db } from '@renderer/db/db'
import { api } from '@renderer/platform/api'

/** The forms one feature lends another to create a missing row in place (client, engagement). */
const IN_PLACE_FORMS: InPlaceForms = {
  organisation: function NewOrganisationForm(done) {
    return <OrganisationForm organisation={null} {...done} />
  },
  engagement: function NewEngagementForm(done) {
    return <EngagementForm engagement={null} organisationId="" {...done} />
  }
}

/** The whole app. Hash routing, because it works the same under app:// and the loopback bridge. */
export function App({ services = { db, api } }: { services?: Services }) {
  return (
    <ServicesContext value={services}>
      <InPlaceFormsContext value={IN_PLACE_FORMS}>
        <HashRouter>
          <Routes>
            <Route element={<AppShell />}>
              {overviewRoutes}
              {organisationsRoutes}
              {contactsRoutes}
              {engagementsRoutes}
              {workshopsRoutes}
              {evaluationsRoutes}
              {areasRoutes}
              {documentsRoutes}
              {prioritisationRoutes}
              {settingsRoutes}
              <Route path="*" element={<Navigate to={ROUTES.overview} replace />} />
            </Route>
          </Routes>
        </HashRouter>
      </InPlaceFormsContext>
    </ServicesContext>
  )
}
