import { memo, useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { RankedArea } from '@shared/prioritisation'
import { formatNumber } from '@shared/format'
import { DataTable, type Column } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { SensitivityList, type RankingViewProps } from './SensitivityList'

/** One place of the ranking, as its row shows it. */
type Place = {
  place: number
  areaId: string
  rank: number | null
  score: number | null
  title: string
  votes: number | null
}

function samePlace(a: Place, b: Place): boolean {
  return (
    a.place === b.place &&
    a.areaId === b.areaId &&
    a.rank === b.rank &&
    a.score === b.score &&
    a.title === b.title &&
    a.votes === b.votes
  )
}

/**
 * The ranking's places, each the same object as at the last drawing when what its row shows is unchanged, so
 * DataTable's memoised rows skip it (a re-rank makes every RankedArea anew).
 */
function usePlaces(ranking: readonly RankedArea[], areas: RankingViewProps['areas']): readonly Place[] {
  const drawn = useRef<readonly Place[]>([])
  const places = useMemo(() => {
    const byId = new Map(areas.map((a) => [a.id, a]))
    return ranking.map((r, place): Place => {
      const area = byId.get(r.areaId)
      const next = {
        place,
        areaId: r.areaId,
        rank: r.rank,
        score: r.score,
        title: area?.title ?? r.areaId,
        votes: area?.votes ?? null
      }
      const before = drawn.current[place]
      return before !== undefined && samePlace(before, next) ? before : next
    })
  }, [ranking, areas])
  useEffect(() => {
    drawn.current = places
  }, [places])
  return places
}

/**
 * The ranking of the engagement's areas, with the sensitivity of the top place beside it. The rows are keyed by
 * place rather than by area: a row that changes place always changes its rank text too, so keyed by area a
 * re-rank moved most of the 200 rows in the DOM (insertBefore, the largest item of a weight change's commit) and
 * redrew each; keyed by place the rows stay, a place whose rank, area, score and votes are unchanged keeps its
 * object (usePlaces) and is not drawn again (DataTable memoises its rows; the columns are stable), and the others
 * change their texts (docs/PERFORMANCE.md, session 9).
 */
export const RankingPanel = memo(function RankingPanel(props: RankingViewProps) {
  const { areas, ranking } = props
  const { t } = useTranslation()
  const { language } = useLanguage()
  const places = usePlaces(ranking, areas)
  const columns = useMemo((): Column<Place>[] => {
    const incomplete = t('prioritisation.grid.incomplete')
    return [
      { key: 'rank', label: t('prioritisation.ranking.rank'), numeric: true, render: (p) => p.rank ?? '–' },
      { key: 'area', label: t('prioritisation.ranking.area'), rowHeader: true, render: (p) => p.title },
      {
        key: 'score',
        label: t('prioritisation.ranking.score'),
        numeric: true,
        render: (p) => (p.score === null ? incomplete : formatNumber(p.score, language, 2))
      },
      { key: 'votes', label: t('prioritisation.ranking.votes'), numeric: true, render: (p) => p.votes ?? '–' }
    ]
  }, [t, language])
  const anyIncomplete = ranking.some((r) => r.score === null)
  return (
    <div className="prio-ranking-layout">
      <section aria-labelledby="prio-ranking-heading" className="prio-section panel panel-wide">
        <h2 id="prio-ranking-heading">{t('prioritisation.ranking.heading')}</h2>
        <DataTable
          className="prio-ranking"
          caption={t('prioritisation.ranking.caption')}
          scroll={false}
          rows={places}
          rowKey={(p) => String(p.place)}
          rowClassName={(p) => (p.rank === 1 ? 'prio-top' : p.score === null ? 'prio-incomplete-row' : undefined)}
          columns={columns}
        />
        {anyIncomplete && <p className="help">{t('prioritisation.ranking.incompleteNote')}</p>}
      </section>
      <SensitivityList {...props} />
    </div>
  )
})
