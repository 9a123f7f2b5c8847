import { useTranslation } from 'react-i18next'
import { formatNumber } from '@shared/format'
import { useLanguage } from '@renderer/platform/use-language'
import { SensitivityList, type RankingViewProps } from './SensitivityList'

/** The ranking of the engagement's areas, with the sensitivity of the top place beside it. */
export function RankingPanel(props: RankingViewProps) {
  const { areas, ranking } = props
  const { t } = useTranslation()
  const { language } = useLanguage()
  const byId = new Map(areas.map((a) => [a.id, a]))
  const anyIncomplete = ranking.some((r) => r.score === null)
  return (
    <div className="prio-ranking-layout">
      <section aria-labelledby="prio-ranking-heading" className="prio-section">
        <h2 id="prio-ranking-heading">{t('prioritisation.ranking.heading')}</h2>
        <table className="data-table prio-ranking">
          <caption>{t('prioritisation.ranking.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                {t('prioritisation.ranking.rank')}
              </th>
              <th scope="col">{t('prioritisation.ranking.area')}</th>
              <th scope="col" className="numeric">
                {t('prioritisation.ranking.score')}
              </th>
              <th scope="col" className="numeric">
                {t('prioritisation.ranking.votes')}
              </th>
            </tr>
          </thead>
          <tbody>
            {ranking.map((r) => {
              const area = byId.get(r.areaId)
              return (
                <tr key={r.areaId} className={r.rank === 1 ? 'prio-top' : r.score === null ? 'prio-incomplete-row' : undefined}>
                  <td className="numeric">{r.rank ?? '–'}</td>
                  <th scope="row">{area?.title ?? r.areaId}</th>
                  <td className="numeric">{r.score === null ? t('prioritisation.grid.incomplete') : formatNumber(r.score, language, 2)}</td>
                  <td className="numeric">{area?.votes ?? '–'}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
        {anyIncomplete && <p className="help">{t('prioritisation.ranking.incompleteNote')}</p>}
      </section>
      <SensitivityList {...props} />
    </div>
  )
}
