import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import { Breadcrumbs, PageHeading } from '@renderer/ui'
import { paths } from '@renderer/lib/paths'
import { EngagementForm } from './EngagementForm'
import { useClientName } from './queries'

/**
 * Registering a new engagement, on a page of its own like a new organisation or workshop. Opened from a
 * client's page (`?organisation=`) the client is given; from the list it is chosen in the form (or
 * created there). On save the engagement's page opens and says so; cancelling goes back where it came from.
 */
export function NewEngagementPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [search] = useSearchParams()
  const organisationId = search.get('organisation') ?? ''
  const clientName = useClientName(organisationId)
  const back = organisationId ? paths.organisation(organisationId) : paths.engagements()
  return (
    <div className="clients">
      <Breadcrumbs
        items={[
          { to: paths.engagements(), label: t('nav.engagements') },
          organisationId !== '' && clientName !== undefined && { to: back, label: clientName }
        ]}
      />
      <PageHeading>{t('clients.engagement.new')}</PageHeading>
      <div className="panel">
        <EngagementForm
          engagement={null}
          organisationId={organisationId}
          onSaved={(e) =>
            navigate(paths.engagement(e.id), {
              state: { notice: t('clients.engagement.added', { title: e.title }) }
            })
          }
          onCancel={() => navigate(back)}
        />
      </div>
    </div>
  )
}
