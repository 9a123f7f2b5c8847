import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Workshop } from '@shared/entities'
import { formatDateTime } from '@shared/format'
import { UPCOMING_DAYS } from '@shared/overview'
import { DataTable, Section } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { paths } from '@renderer/lib/paths'

/** The workshops of the coming 30 days, each a link to its page, and the way to all of them. */
export function UpcomingWorkshops({
  workshops,
  clientOf
}: {
  workshops: readonly Workshop[]
  clientOf: ReadonlyMap<string, string>
}) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  return (
    <Section
      id="upcoming-heading"
      heading={t('overview.upcoming.heading', { days: UPCOMING_DAYS })}
      action={<Link to={paths.workshops()}>{t('overview.upcoming.all')}</Link>}
    >
      <DataTable
        labelledBy="upcoming-heading"
        rows={workshops}
        empty={t('overview.upcoming.none', { days: UPCOMING_DAYS })}
        compact
        scroll={false}
        columns={[
          {
            key: 'date',
            label: t('overview.upcoming.date'),
            rowHeader: true,
            className: 'nowrap',
            render: (w) => (
              <Link to={paths.workshop(w.id)}>
                <time dateTime={w.startsAt}>{formatDateTime(w.startsAt, language)}</time>
              </Link>
            )
          },
          { key: 'title', label: t('overview.upcoming.title'), render: (w) => w.title || t('common.notGiven') },
          {
            key: 'client',
            label: t('overview.client'),
            render: (w) => clientOf.get(w.engagementId) || t('common.unknownClient')
          }
        ]}
      />
    </Section>
  )
}
