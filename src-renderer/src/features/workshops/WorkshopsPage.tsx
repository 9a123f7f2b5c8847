import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { PageHeading } from '@renderer/ui/PageHeading'
import { useLanguage } from '@renderer/platform/use-language'
import { paths } from '@renderer/lib/paths'
import { formatDate } from '@shared/format'
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
        <p className="empty-state">{t('workshops.empty')}</p>
      ) : (
        <table className="data-table">
          <caption>{t('workshops.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workshops.date')}</th>
              <th scope="col">{t('workshops.client')}</th>
              <th scope="col">{t('workshops.question')}</th>
            </tr>
          </thead>
          <tbody>
            {data.workshops.map((w) => (
              <tr key={w.id}>
                <th scope="row" className="nowrap">
                  <Link to={paths.workshop(w.id)}>
                    <time dateTime={w.startsAt.slice(0, 10)}>{formatDate(w.startsAt, language)}</time>
                  </Link>
                </th>
                <td>{data.clientName.get(w.engagementId) ?? t('common.unknownClient')}</td>
                <td>{w.startingQuestion || t('common.notGiven')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
