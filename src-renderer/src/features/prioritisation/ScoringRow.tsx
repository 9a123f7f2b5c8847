import { memo } from 'react'
import type { Area } from '@shared/entities'
import { votesInput } from './criterion-form'
import type { GridLabels } from './grid-labels'
import { rovingProps, type GridColumn, type GridHandlers } from './grid-cells'
import { GridResults } from './GridResults'

/**
 * One area's row of the scoring grid. Memoised: its props are the area, its scores and what the grid shares, all
 * kept across a weight change, so typing a weight redraws only the score and rank cells (GridResults).
 */
export const ScoringRow = memo(function ScoringRow({
  area,
  scores,
  columns,
  r,
  activeCol,
  votesDraft,
  labels,
  handlers
}: {
  area: Area
  /** The area's scores by criterion id. */
  scores: Readonly<Record<string, number | undefined>> | undefined
  columns: readonly GridColumn[]
  r: number
  /** The active cell's column when it is in this row, else −1. */
  activeCol: number
  /** The dot votes as typed and not yet left, if any. */
  votesDraft: string | undefined
  labels: GridLabels
  handlers: GridHandlers
}) {
  return (
    <tr>
      <th scope="row">{area.title}</th>
      {columns.map((col, c) => {
        if (col.kind === 'score' || col.kind === 'computed') {
          const value = scores?.[col.criterion.id]
          const shown = value === undefined ? labels.unscored : String(value)
          const label = col.kind === 'computed' ? labels.computedCell : labels.cell
          return (
            <td
              key={c}
              role="gridcell"
              aria-readonly={col.kind === 'computed' || undefined}
              aria-label={label({ area: area.title, criterion: col.criterion.name, value: shown })}
              className={`prio-cell${value === undefined ? ' prio-unscored' : ''}${col.kind === 'computed' ? ' prio-computed' : ''}`}
              {...rovingProps(r, c, activeCol, handlers)}
            >
              {value ?? '–'}
            </td>
          )
        }
        if (col.kind === 'votes') {
          const text = votesDraft ?? (area.votes === null ? '' : String(area.votes))
          const bad = votesDraft !== undefined && !votesInput.safeParse(votesDraft).success
          return (
            <td key={c} role="gridcell" className="prio-votes">
              <input
                className="prio-input prio-votes-input"
                inputMode="numeric"
                aria-label={labels.votesLabel({ area: area.title })}
                aria-invalid={bad || undefined}
                title={bad ? labels.votesInvalid : undefined}
                value={text}
                {...rovingProps(r, c, activeCol, handlers)}
                onChange={(e) => handlers.votesChange(area.id, e.target.value)}
                onBlur={() => handlers.votesBlur(area.id)}
              />
            </td>
          )
        }
        // The score and rank columns come last, drawn together from the ranking.
        if (col.kind === 'total') {
          return (
            <GridResults
              key={c}
              areaId={area.id}
              title={area.title}
              r={r}
              c={c}
              activeCol={activeCol}
              labels={labels}
              handlers={handlers}
            />
          )
        }
        return null
      })}
    </tr>
  )
})
