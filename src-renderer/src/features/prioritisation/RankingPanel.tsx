import { memo, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '@shared/settings'
import { formatNumber } from '@shared/format'
import { TableHead, cellClass, stackLabel, type ColumnHead } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { SensitivityList, type RankingViewProps } from './SensitivityList'

/** The ranking table's columns: rank, area (the row header), weighted score, votes. */
type RankingColumns = readonly [ColumnHead, ColumnHead, ColumnHead, ColumnHead]

/**
 * The ranking of the engagement's areas, with the sensitivity of the top place beside it. Drawn as the kit's
 * DataTable draws a stacking table (the same markup and classes), with each row memoised on what it shows
 * (RankingRow), and keyed by its place rather than its area: a row that changes place always changes its rank
 * text too, so keyed by area a re-rank moved most of the 200 rows in the DOM (insertBefore, the largest item of
 * a weight change's commit) and redrew each; keyed by place the rows stay, a place whose rank, area, score and
 * votes are unchanged is not drawn again, and the others change their texts (docs/PERFORMANCE.md, session 9).
 */
export const RankingPanel = memo(function RankingPanel(props: RankingViewProps) {
  const { areas, ranking } = props
  const { t } = useTranslation()
  const { language } = useLanguage()
  const byId = useMemo(() => new Map(areas.map((a) => [a.id, a])), [areas])
  const columns = useMemo(
    (): RankingColumns => [
      { key: 'rank', label: t('prioritisation.ranking.rank'), numeric: true },
      { key: 'area', label: t('prioritisation.ranking.area') },
      { key: 'score', label: t('prioritisation.ranking.score'), numeric: true },
      { key: 'votes', label: t('prioritisation.ranking.votes'), numeric: true }
    ],
    [t]
  )
  const incomplete = t('prioritisation.grid.incomplete')
  const anyIncomplete = ranking.some((r) => r.score === null)
  return (
    <div className="prio-ranking-layout">
      <section aria-labelledby="prio-ranking-heading" className="prio-section panel panel-wide">
        <h2 id="prio-ranking-heading">{t('prioritisation.ranking.heading')}</h2>
        <table className="data-table stacks prio-ranking">
          <caption>{t('prioritisation.ranking.caption')}</caption>
          <TableHead layout="table" columns={columns} />
          <tbody>
            {ranking.map((r, place) => {
              const area = byId.get(r.areaId)
              return (
                <RankingRow
                  key={place}
                  areaId={r.areaId}
                  rank={r.rank}
                  score={r.score}
                  title={area?.title ?? r.areaId}
                  votes={area?.votes ?? null}
                  language={language}
                  incomplete={incomplete}
                  columns={columns}
                />
              )
            })}
          </tbody>
        </table>
        {anyIncomplete && <p className="help">{t('prioritisation.ranking.incompleteNote')}</p>}
      </section>
      <SensitivityList {...props} />
    </div>
  )
})

/** One place of the ranking: drawn again only when its rank, area, score, title or votes change (or the language). */
const RankingRow = memo(function RankingRow({
  areaId,
  rank,
  score,
  title,
  votes,
  language,
  incomplete,
  columns
}: {
  areaId: string
  rank: number | null
  score: number | null
  title: string
  votes: number | null
  language: Language
  /** What an area not scored on every criterion shows for its score, translated. */
  incomplete: string
  columns: RankingColumns
}) {
  const [rankColumn, areaColumn, scoreColumn, votesColumn] = columns
  const cell = (column: ColumnHead, value: string | number) => (
    <td className={cellClass(column)} {...stackLabel(column)}>
      <span className="cell-value">{value}</span>
    </td>
  )
  return (
    <tr data-row-key={areaId} className={rank === 1 ? 'prio-top' : score === null ? 'prio-incomplete-row' : undefined}>
      {cell(rankColumn, rank ?? '–')}
      <th scope="row" className={cellClass(areaColumn)}>
        {title}
      </th>
      {cell(scoreColumn, score === null ? incomplete : formatNumber(score, language, 2))}
      {cell(votesColumn, votes ?? '–')}
    </tr>
  )
})
