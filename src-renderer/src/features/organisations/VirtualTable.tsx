import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual'
import { useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export type Column<T, S extends string> = {
  key: string
  label: string
  /** A CSS grid track, e.g. "2fr" or "9rem". */
  width: string
  /** Clicking the header sorts by this key. */
  sortKey?: S
  numeric?: boolean
  /** The first column names the row (role rowheader). */
  rowHeader?: boolean
  render: (row: T) => ReactNode
}

const ROW_HEIGHT = 44
/** Rows drawn beyond the visible ones, so fast scrolling shows no blank band. */
const OVERSCAN = 12
/** Without a layout engine (tests) the body measures 0 high: draw a screenful instead of nothing. */
const FALLBACK_HEIGHT = 720

/**
 * A table that draws only the rows in view, so 30 000 rows scroll smoothly. It keeps table semantics
 * for assistive technology: role table with aria-rowcount, rows with aria-rowindex (1 = header), so a
 * screen reader announces "row 512 of 10 001" although only a few dozen rows exist in the DOM.
 */
export function VirtualTable<T, S extends string>({
  label,
  rows,
  columns,
  rowKey,
  sort,
  direction,
  onSort
}: {
  label: string
  rows: readonly T[]
  columns: Column<T, S>[]
  rowKey: (row: T) => string
  sort: S
  direction: 'asc' | 'desc'
  onSort: (key: S) => void
}) {
  const { t } = useTranslation()
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    getItemKey: (index) => rowKey(rows[index]!),
    observeElementRect: (instance, cb) =>
      observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { width: rect.width, height: FALLBACK_HEIGHT }))
  })
  const template = columns.map((c) => c.width).join(' ')
  const bodyHeight = `min(${rows.length * ROW_HEIGHT}px, max(18rem, calc(100vh - 22rem)))`

  return (
    <div role="table" aria-label={label} aria-rowcount={rows.length + 1} className="vtable">
      <div role="rowgroup" className="vtable-head">
        <div role="row" aria-rowindex={1} className="vtable-row" style={{ gridTemplateColumns: template }}>
          {columns.map((column) => {
            const active = column.sortKey !== undefined && column.sortKey === sort
            return (
              <div
                key={column.key}
                role="columnheader"
                className={column.numeric ? 'numeric' : undefined}
                aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                {column.sortKey === undefined ? (
                  column.label
                ) : (
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => onSort(column.sortKey!)}
                    title={t('clients.list.sortBy', { column: column.label })}
                  >
                    {column.label}
                    <span aria-hidden="true" className="sort-mark">
                      {active ? (direction === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                )}
              </div>
            )
          })}
        </div>
      </div>
      <div role="rowgroup" ref={scrollRef} className="vtable-body" style={{ height: bodyHeight }}>
        <div className="vtable-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                className="vtable-row"
                style={{ gridTemplateColumns: template, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              >
                {columns.map((column) => (
                  <div key={column.key} role={column.rowHeader ? 'rowheader' : 'cell'} className={column.numeric ? 'numeric' : undefined}>
                    {column.render(row)}
                  </div>
                ))}
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
