import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { roundToOneDecimal, summariseEvaluations } from '@shared/evaluations'
import { formatDateTime, formatDecimal1 } from '@shared/format'
import { useLanguage } from '@renderer/platform/use-language'
import { paths } from '@renderer/lib/paths'
import { useEngagementWorkshops } from './queries'

/** The workshops of one engagement, shown on the engagement page, with a way to plan a new one. */
export function EngagementWorkshops({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const data = useEngagementWorkshops(engagementId)
  if (data === undefined) return null
  return (
    <section aria-labelledby={`eng-ws-${engagementId}`} className="wsf engagement-workshops">
      <div className="section-head">
        <h2 id={`eng-ws-${engagementId}`}>{t('workshop.engagement.heading')}</h2>
        <Link className="button button-primary" to={paths.newWorkshop(engagementId)}>
          {t('workshop.new')}
        </Link>
      </div>
      {data.workshops.length === 0 ? (
        <p className="empty-state">{t('workshop.engagement.empty')}</p>
      ) : (
        <table className="data-table">
          <caption>{t('workshop.engagement.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workshop.when')}</th>
              <th scope="col">{t('workshop.title')}</th>
              <th scope="col" className="numeric">
                {t('workshop.engagement.areas')}
              </th>
              <th scope="col" className="numeric">
                {t('workshop.engagement.overall')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.workshops.map((w) => {
              const mean = summariseEvaluations(data.evaluations.filter((e) => e.workshopId === w.id)).aspects.overall.mean
              return (
                <tr key={w.id}>
                  <th scope="row" className="nowrap">
                    <Link to={paths.workshop(w.id)}>{formatDateTime(w.startsAt, language)}</Link>
                  </th>
                  <td>{w.title || w.startingQuestion || t('common.notGiven')}</td>
                  <td className="numeric">{data.areas.filter((a) => a.workshopId === w.id).length}</td>
                  <td className="numeric">{mean === null ? '–' : formatDecimal1(roundToOneDecimal(mean), language)}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}
