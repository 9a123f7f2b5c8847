import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Workshop } from '@shared/entities'
import { EmptyState, PageHeading, type Column } from '@renderer/ui'
import { paths } from '@renderer/lib/paths'
import { useWorkshopList } from './queries'
import { WorkshopTable } from './WorkshopTable'

/** The workshops, latest first, with date, client and starting question; each opens its page. */
export function WorkshopsPage() {
  const { t } = useTranslation()
  const data = useWorkshopList()
  const client = (w: Workshop) => data?.clientName.get(w.engagementId) ?? t('common.unknownClient')
  const columns: Column<Workshop>[] = [
    { key: 'client', label: t('workshops.client'), render: client },
    { key: 'question', label: t('workshops.question'), render: (w) => w.startingQuestion || t('common.notGiven') }
  ]

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
        <WorkshopTable
          caption={t('workshops.caption')}
          workshops={data.workshops}
          dateLabel={t('workshops.date')}
          columns={columns}
        />
      )}
    </div>
  )
}
