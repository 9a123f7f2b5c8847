import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { Breadcrumbs, PageHeading } from '@renderer/ui'
import { paths } from '@renderer/lib/paths'
import { OrganisationForm } from './OrganisationForm'

/** Registering a new client organisation; on save it opens the organisation's page. */
export function NewOrganisationPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
    <div className="clients">
      <Breadcrumbs items={[{ to: paths.organisations(), label: t('nav.organisations') }]} />
      <PageHeading>{t('clients.organisation.new')}</PageHeading>
      <div className="panel panel-wide">
        <OrganisationForm
          organisation={null}
          onSaved={(org) =>
            navigate(paths.organisation(org.id), {
              state: { notice: t('clients.organisation.created', { name: org.name }) }
            })
          }
          onCancel={() => navigate(paths.organisations())}
        />
      </div>
    </div>
  )
}
