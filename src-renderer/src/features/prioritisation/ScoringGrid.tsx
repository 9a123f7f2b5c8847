import { useCallback, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Criterion as CriterionRow } from '@shared/entities'
import { formatNumber } from '@shared/format'
import { parseNumber } from '@renderer/forms'
import { TableHead } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { usePrioritisationCommands } from './commands'
import { votesInput } from './criterion-form'
import type { ScoredAreas } from './queries'
import { useSave } from './use-save'

type Column =
  | { kind: 'score'; criterion: CriterionRow }
  | { kind: 'computed'; criterion: CriterionRow }
  | { kind: 'votes' }
  | { kind: 'total' }
  | { kind: 'rank' }

/**
 * The scoring grid: areas as rows, criteria as columns, 1–5 per cell, filled like a spreadsheet
 * (ARIA grid pattern with a roving tabindex: one cell is in the tab order, so the whole grid is one Tab
 * stop; arrows, Home/End (with Ctrl: the first/last row), PageUp/PageDown and Enter move between cells;
 * a digit scores the cell; Tab leaves the grid and coming back returns to the last cell).
 */
export function ScoringGrid({ areas, criteria, table, ranking }: ScoredAreas) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { setScore, setVotes } = usePrioritisationCommands()
  const save = useSave()
  const [active, setActive] = useState({ r: 0, c: 0 })
  const [votesDraft, setVotesDraft] = useState<Record<string, string>>({})
  const [changed, setChanged] = useState<string | null>(null)
  const cells = useRef(new Map<string, HTMLElement>())

  const columns: Column[] = [
    ...criteria.map((criterion): Column =>
      criterion.fromVotes ? { kind: 'computed', criterion } : { kind: 'score', criterion }
    ),
    { kind: 'votes' },
    { kind: 'total' },
    { kind: 'rank' }
  ]
  const rows = areas.length
  const cols = columns.length
  // Rows or columns may have gone since the active cell was set.
  const current = { r: Math.min(active.r, rows - 1), c: Math.min(active.c, cols - 1) }
  const rankOf = new Map(ranking.map((r) => [r.areaId, r]))

  const focusCell = useCallback((r: number, c: number) => {
    setActive({ r, c })
    cells.current.get(`${r}:${c}`)?.focus()
  }, [])

  const scoreText = (value: number | null) =>
    value === null ? t('prioritisation.grid.incomplete') : formatNumber(value, language, 2)

  function onKeyDown(event: KeyboardEvent<HTMLElement>, r: number, c: number) {
    const column = columns[c]!
    const area = areas[r]!
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

  const register = (r: number, c: number) => (el: HTMLElement | null) => {
    if (el) cells.current.set(`${r}:${c}`, el)
    else cells.current.delete(`${r}:${c}`)
  }
  const rovingProps = (r: number, c: number) => ({
    ref: register(r, c),
    tabIndex: current.r === r && current.c === c ? 0 : -1,
    onFocus: () => setActive({ r, c }),
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => onKeyDown(e, r, c)
  })

  const changedArea = changed === null ? undefined : areas.find((a) => a.id === changed)
  const changedRank = changed === null ? undefined : rankOf.get(changed)

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
          <TableHead
            layout="table"
            columns={[
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
            ]}
          />
          <tbody>
            {areas.map((area, r) => {
              const ranked = rankOf.get(area.id)
              return (
                <tr key={area.id}>
                  <th scope="row">{area.title}</th>
                  {columns.map((col, c) => {
                    if (col.kind === 'score' || col.kind === 'computed') {
                      const value = table[area.id]?.[col.criterion.id]
                      const shown = value === undefined ? t('prioritisation.grid.unscored') : String(value)
                      return (
                        <td
                          key={c}
                          role="gridcell"
                          aria-readonly={col.kind === 'computed' || undefined}
                          aria-label={t(
                            col.kind === 'computed' ? 'prioritisation.grid.computedCell' : 'prioritisation.grid.cell',
                            {
                              area: area.title,
                              criterion: col.criterion.name,
                              value: shown
                            }
                          )}
                          className={`prio-cell${value === undefined ? ' prio-unscored' : ''}${col.kind === 'computed' ? ' prio-computed' : ''}`}
                          {...rovingProps(r, c)}
                        >
                          {value ?? '–'}
                        </td>
                      )
                    }
                    if (col.kind === 'votes') {
                      const draft = votesDraft[area.id]
                      const text = draft ?? (area.votes === null ? '' : String(area.votes))
                      const bad = draft !== undefined && !votesInput.safeParse(draft).success
                      return (
                        <td key={c} role="gridcell" className="prio-votes">
                          <input
                            className="prio-input prio-votes-input"
                            inputMode="numeric"
                            aria-label={t('prioritisation.grid.votesLabel', { area: area.title })}
                            aria-invalid={bad || undefined}
                            title={bad ? t('prioritisation.grid.votesInvalid') : undefined}
                            value={text}
                            {...rovingProps(r, c)}
                            onChange={(e) => {
                              const typed = e.target.value
                              setVotesDraft((d) => ({ ...d, [area.id]: typed }))
                              if (votesInput.safeParse(typed).success) {
                                setChanged(area.id)
                                save(setVotes(area.id, parseNumber(typed)))
                              }
                            }}
                            onBlur={() => {
                              if (!bad) setVotesDraft(({ [area.id]: _gone, ...rest }) => rest)
                            }}
                          />
                        </td>
                      )
                    }
                    if (col.kind === 'total') {
                      const score = ranked?.score ?? null
                      return (
                        <td
                          key={c}
                          role="gridcell"
                          aria-readonly
                          className={`numeric prio-total${score === null ? ' incomplete' : ''}`}
                          aria-label={t('prioritisation.grid.scoreCell', { area: area.title, value: scoreText(score) })}
                          {...rovingProps(r, c)}
                        >
                          {scoreText(score)}
                        </td>
                      )
                    }
                    const rank = ranked?.rank ?? null
                    const rankText = rank === null ? t('prioritisation.grid.noRank') : String(rank)
                    return (
                      <td
                        key={c}
                        role="gridcell"
                        aria-readonly
                        className="numeric prio-rank"
                        aria-label={t('prioritisation.grid.rankCell', { area: area.title, value: rankText })}
                        {...rovingProps(r, c)}
                      >
                        {rankText}
                      </td>
                    )
                  })}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {changedArea && changedRank
          ? t('prioritisation.grid.announce', {
              area: changedArea.title,
              score: scoreText(changedRank.score),
              rank: changedRank.rank ?? t('prioritisation.grid.noRank')
            })
          : ''}
      </p>
    </section>
  )
}
