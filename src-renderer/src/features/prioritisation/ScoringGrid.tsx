import { memo, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '@shared/format'
import { parseNumber } from '@renderer/forms'
import { TableHead } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { usePrioritisationCommands } from './commands'
import { votesInput } from './criterion-form'
import { gridColumns, type GridHandlers } from './grid-cells'
import { gridLabels } from './grid-labels'
import { GridRanking } from './GridResults'
import type { ScoredAreas } from './queries'
import { ScoringRow } from './ScoringRow'
import { useSave } from './use-save'

/**
 * The scoring grid: areas as rows, criteria as columns, 1–5 per cell, filled like a spreadsheet
 * (ARIA grid pattern with a roving tabindex: one cell is in the tab order, so the whole grid is one Tab
 * stop; arrows, Home/End (with Ctrl: the first/last row), PageUp/PageDown and Enter move between cells;
 * a digit scores the cell; Tab leaves the grid and coming back returns to the last cell).
 *
 * Its rows are memoised (ScoringRow): a new ranking redraws only the score and rank cells (through GridRanking),
 * a score only its row, a move of the active cell only the two rows it leaves and enters.
 */
export const ScoringGrid = memo(function ScoringGrid({ areas, criteria, table, ranking }: ScoredAreas) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { setScore, setVotes } = usePrioritisationCommands()
  const save = useSave()
  const labels = useMemo(() => gridLabels(t), [t])
  const [active, setActive] = useState({ r: 0, c: 0 })
  const [votesDraft, setVotesDraft] = useState<Record<string, string>>({})
  const [changed, setChanged] = useState<string | null>(null)
  const body = useRef<HTMLTableSectionElement>(null)

  const columns = useMemo(() => gridColumns(criteria), [criteria])
  const rows = areas.length
  const cols = columns.length
  // Rows or columns may have gone since the active cell was set.
  const current = { r: Math.min(active.r, rows - 1), c: Math.min(active.c, cols - 1) }
  const rankOf = useMemo(() => new Map(ranking.map((r) => [r.areaId, r])), [ranking])
  const scoreText = useMemo(
    () => (value: number | null) => (value === null ? labels.incomplete : formatNumber(value, language, 2)),
    [labels, language]
  )
  const results = useMemo(() => ({ rankOf, scoreText }), [rankOf, scoreText])

  function focusCell(r: number, c: number) {
    setActive({ r, c })
    body.current?.querySelector<HTMLElement>(`[data-cell="${r}:${c}"]`)?.focus()
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>, r: number, c: number) {
    const column = columns[c]
    const area = areas[r]
    if (!column || !area) return
    const clampR = (x: number) => Math.max(0, Math.min(rows - 1, x))
    const clampC = (x: number) => Math.max(0, Math.min(cols - 1, x))
    const go = (nr: number, nc: number) => {
      event.preventDefault()
      focusCell(clampR(nr), clampC(nc))
    }
    switch (event.key) {
      case 'ArrowRight':
        return go(r, c + 1)
      case 'ArrowLeft':
        return go(r, c - 1)
      case 'ArrowDown':
        return go(r + 1, c)
      case 'ArrowUp':
        return go(r - 1, c)
      case 'Home':
        return go(event.ctrlKey ? 0 : r, 0)
      case 'End':
        return go(event.ctrlKey ? rows - 1 : r, cols - 1)
      case 'Enter':
        return go(event.shiftKey ? r - 1 : r + 1, c)
      case 'PageDown':
        return go(rows - 1, c)
      case 'PageUp':
        return go(0, c)
      // Tab is left to the browser: the grid is one Tab stop, and Tab leaves it (WAI-ARIA grid pattern).
    }
    if (column.kind !== 'score' || event.ctrlKey || event.altKey || event.metaKey) return
    if (/^[1-5]$/.test(event.key)) {
      event.preventDefault()
      setChanged(area.id)
      save(setScore(area.id, column.criterion.id, Number(event.key)))
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault()
      setChanged(area.id)
      save(setScore(area.id, column.criterion.id, null))
    }
  }

  function onVotesChange(areaId: string, typed: string) {
    setVotesDraft((d) => ({ ...d, [areaId]: typed }))
    if (votesInput.safeParse(typed).success) {
      setChanged(areaId)
      save(setVotes(areaId, parseNumber(typed)))
    }
  }

  // The rows get handlers that never change and call the grid's latest ones.
  const latest = useRef({ onKeyDown, onVotesChange })
  useLayoutEffect(() => {
    latest.current = { onKeyDown, onVotesChange }
  })
  const handlers = useMemo<GridHandlers>(
    () => ({
      focus: (r, c) => setActive((a) => (a.r === r && a.c === c ? a : { r, c })),
      keyDown: (event, r, c) => latest.current.onKeyDown(event, r, c),
      votesChange: (areaId, typed) => latest.current.onVotesChange(areaId, typed),
      // Leaving a valid number ends its draft (the field shows the stored value); a bad one stays, marked.
      votesBlur: (areaId) =>
        setVotesDraft((d) => {
          const draft = d[areaId]
          if (draft === undefined || !votesInput.safeParse(draft).success) return d
          const { [areaId]: _gone, ...rest } = d
          return rest
        })
    }),
    []
  )

  const changedArea = changed === null ? undefined : areas.find((a) => a.id === changed)
  const changedRank = changed === null ? undefined : rankOf.get(changed)
  const head = useMemo(
    () => [
      { key: 'area', label: t('prioritisation.grid.area') },
      ...columns.map((col, c) =>
        col.kind === 'score' || col.kind === 'computed'
          ? { key: String(c), label: col.criterion.name, className: 'prio-crit-head' }
          : {
              key: String(c),
              label: t(`prioritisation.grid.${col.kind === 'total' ? 'score' : col.kind}`),
              numeric: true
            }
      )
    ],
    [columns, t]
  )

  return (
    <section aria-labelledby="prio-grid-heading" className="prio-section panel panel-wide">
      <h2 id="prio-grid-heading">{t('prioritisation.grid.heading')}</h2>
      <p className="help" id="prio-grid-help">
        {t('prioritisation.grid.help')}
      </p>
      <div className="prio-grid-wrap">
        <table
          role="grid"
          className="data-table prio-grid"
          aria-label={t('prioritisation.grid.label')}
          aria-describedby="prio-grid-help"
        >
          <TableHead layout="table" columns={head} />
          <GridRanking.Provider value={results}>
            <tbody ref={body}>
              {areas.map((area, r) => (
                <ScoringRow
                  key={area.id}
                  area={area}
                  scores={table[area.id]}
                  columns={columns}
                  r={r}
                  activeCol={current.r === r ? current.c : -1}
                  votesDraft={votesDraft[area.id]}
                  labels={labels}
                  handlers={handlers}
                />
              ))}
            </tbody>
          </GridRanking.Provider>
        </table>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {changedArea && changedRank
          ? t('prioritisation.grid.announce', {
              area: changedArea.title,
              score: scoreText(changedRank.score),
              rank: changedRank.rank ?? labels.noRank
            })
          : ''}
      </p>
    </section>
  )
})
