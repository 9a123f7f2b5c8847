import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatSek } from '@shared/format'
import { TableSection } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { paths } from '@renderer/lib/paths'
import { EngagementStatusBadge } from './EngagementStatusBadge'
import { useOrganisationEngagements } from './queries'

/** The engagements of one organisation, newest change first, and the way to the page for a new one. */
export function OrganisationEngagements({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const engagements = useOrganisationEngagements(organisationId)

  return (
    <TableSection
      heading={t('clients.engagement.heading')}
      action={
        <Link className="button button-secondary" to={paths.newEngagement(organisationId)}>
          {t('clients.engagement.new')}
        </Link>
      }
      rows={engagements}
      empty={t('clients.engagement.none')}
      columns={[
        {
          key: 'title',
          label: t('clients.engagement.title'),
          rowHeader: true,
          render: (e) => <Link to={paths.engagement(e.id)}>{e.title}</Link>
        },
        { key: 'kind', label: t('clients.engagement.kind'), render: (e) => t(`clients.engagementKind.${e.kind}`) },
        { key: 'status', label: t('engagements.status'), render: (e) => <EngagementStatusBadge status={e.status} /> },
        {
          key: 'value',
          label: t('engagements.value'),
          numeric: true,
          render: (e) => (e.valueSek === null ? t('common.notGiven') : formatSek(e.valueSek, language))
        }
      ]}
    />
  )
}
