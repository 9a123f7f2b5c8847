import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '@shared/format'
import { DataTable } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { SensitivityList, type RankingViewProps } from './SensitivityList'

/** The ranking of the engagement's areas, with the sensitivity of the top place beside it. */
export const RankingPanel = memo(function RankingPanel(props: RankingViewProps) {
  const { areas, ranking } = props
  const { t } = useTranslation()
  const { language } = useLanguage()
  const byId = new Map(areas.map((a) => [a.id, a]))
  const anyIncomplete = ranking.some((r) => r.score === null)
  return (
    <div className="prio-ranking-layout">
      <section aria-labelledby="prio-ranking-heading" className="prio-section panel panel-wide">
        <h2 id="prio-ranking-heading">{t('prioritisation.ranking.heading')}</h2>
        <DataTable
          className="prio-ranking"
          caption={t('prioritisation.ranking.caption')}
          scroll={false}
          rows={ranking}
          rowKey={(r) => r.areaId}
          rowClassName={(r) => (r.rank === 1 ? 'prio-top' : r.score === null ? 'prio-incomplete-row' : undefined)}
          columns={[
            { key: 'rank', label: t('prioritisation.ranking.rank'), numeric: true, render: (r) => r.rank ?? '–' },
            {
              key: 'area',
              label: t('prioritisation.ranking.area'),
              rowHeader: true,
              render: (r) => byId.get(r.areaId)?.title ?? r.areaId
            },
            {
              key: 'score',
              label: t('prioritisation.ranking.score'),
              numeric: true,
              render: (r) =>
                r.score === null ? t('prioritisation.grid.incomplete') : formatNumber(r.score, language, 2)
            },
            {
              key: 'votes',
              label: t('prioritisation.ranking.votes'),
              numeric: true,
              render: (r) => byId.get(r.areaId)?.votes ?? '–'
            }
          ]}
        />
        {anyIncomplete && <p className="help">{t('prioritisation.ranking.incompleteNote')}</p>}
      </section>
      <SensitivityList {...props} />
    </div>
  )
})
