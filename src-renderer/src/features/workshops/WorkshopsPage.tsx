import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Workshop } from '@shared/entities'
import { formatDate } from '@shared/format'
import { DataTable, EmptyState, PageHeading } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { paths } from '@renderer/lib/paths'
import { useWorkshopList } from './queries'

/** The workshops, latest first, with date, client and starting question; each opens its page. */
export function WorkshopsPage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const data = useWorkshopList()

  return (
    <div className="wsf">
      <PageHeading>{t('workshops.title')}</PageHeading>
      <div className="page-actions">
        <Link className="button button-primary" to={paths.newWorkshop()}>
          {t('workshop.new')}
        </Link>
        <Link className="button button-secondary" to={paths.evaluations()}>
          {t('workshop.list.evaluationsLink')}
        </Link>
      </div>
      {data === undefined ? (
        <p>{t('app.loading')}</p>
      ) : data.workshops.length === 0 ? (
        <EmptyState message={t('workshops.empty')} />
      ) : (
        <DataTable<Workshop>
          caption={t('workshops.caption')}
          scroll={false}
          rows={data.workshops}
          rowKey={(w) => w.id}
          columns={[
            {
              key: 'date',
              label: t('workshops.date'),
              rowHeader: true,
              className: 'nowrap',
              render: (w) => (
                <Link to={paths.workshop(w.id)}>
                  <time dateTime={w.startsAt.slice(0, 10)}>{formatDate(w.startsAt, language)}</time>
                </Link>
              )
            },
            {
              key: 'client',
              label: t('workshops.client'),
              render: (w) => data.clientName.get(w.engagementId) ?? t('common.unknownClient')
            },
            {
              key: 'question',
              label: t('workshops.question'),
              render: (w) => w.startingQuestion || t('common.notGiven')
            }
          ]}
        />
      )}
    </div>
  )
}
