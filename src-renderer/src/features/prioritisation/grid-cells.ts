/** What the scoring grid's rows share: its columns, the roving tabindex of its cells, and the row's handlers. */
import type { KeyboardEvent } from 'react'
import type { Criterion } from '@shared/entities'

export type GridColumn =
  | { kind: 'score'; criterion: Criterion }
  | { kind: 'computed'; criterion: Criterion }
  | { kind: 'votes' }
  | { kind: 'total' }
  | { kind: 'rank' }

/** The grid's columns: one per criterion (computed when it comes from the votes), then votes, score and rank. */
export function gridColumns(criteria: readonly Criterion[]): GridColumn[] {
  return [
    ...criteria.map((criterion): GridColumn =>
      criterion.fromVotes ? { kind: 'computed', criterion } : { kind: 'score', criterion }
    ),
    { kind: 'votes' },
    { kind: 'total' },
    { kind: 'rank' }
  ]
}

/** The grid's handlers, the same functions for the grid's whole life, so a memoised row keeps its props. */
export type GridHandlers = {
  focus: (r: number, c: number) => void
  keyDown: (event: KeyboardEvent<HTMLElement>, r: number, c: number) => void
  votesChange: (areaId: string, typed: string) => void
  votesBlur: (areaId: string) => void
}

/**
 * A cell's part in the roving tabindex: in the tab order only when it is the active cell (`activeCol` is the
 * active column of this row, −1 in the other rows); found again by `data-cell` when the arrows move to it.
 */
export function rovingProps(r: number, c: number, activeCol: number, handlers: GridHandlers) {
  return {
    'data-cell': `${r}:${c}`,
    tabIndex: activeCol === c ? 0 : -1,
    onFocus: () => handlers.focus(r, c),
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => handlers.keyDown(e, r, c)
  }
}
