import { createContext, useContext } from 'react'
import type { RankedArea } from '@shared/prioritisation'
import type { GridLabels } from './grid-labels'
import { rovingProps, type GridHandlers } from './grid-cells'

/** The ranking as the grid's score and rank cells read it: a weight change redraws these cells, not the rows. */
export const GridRanking = createContext<{
  rankOf: ReadonlyMap<string, RankedArea>
  scoreText: (value: number | null) => string
}>({
  rankOf: new Map(),
  scoreText: () => ''
})

/** One row's weighted score and rank cells (the grid's last two columns, `c` and `c + 1`). */
export function GridResults({
  areaId,
  title,
  r,
  c,
  activeCol,
  labels,
  handlers
}: {
  areaId: string
  title: string
  r: number
  c: number
  activeCol: number
  labels: GridLabels
  handlers: GridHandlers
}) {
  const { rankOf, scoreText } = useContext(GridRanking)
  const ranked = rankOf.get(areaId)
  const score = ranked?.score ?? null
  const rank = ranked?.rank ?? null
  const rankText = rank === null ? labels.noRank : String(rank)
  return (
    <>
      <td
        role="gridcell"
        aria-readonly
        className={`numeric prio-total${score === null ? ' incomplete' : ''}`}
        aria-label={labels.scoreCell({ area: title, value: scoreText(score) })}
        {...rovingProps(r, c, activeCol, handlers)}
      >
        {scoreText(score)}
      </td>
      <td
        role="gridcell"
        aria-readonly
        className="numeric prio-rank"
        aria-label={labels.rankCell({ area: title, value: rankText })}
        {...rovingProps(r, c + 1, activeCol, handlers)}
      >
        {rankText}
      </td>
    </>
  )
}
