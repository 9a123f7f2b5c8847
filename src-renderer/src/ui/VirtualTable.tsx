import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual'
import { memo, useEffect, useRef, type ReactElement } from 'react'
import { classNames } from '@renderer/lib/class-names'
import { TableHead, cellClass, stackLabel, type Column, type SortDirection } from './TableHead'
import { NARROW_WINDOW, useMediaQuery } from './use-media-query'
import './VirtualTable.css'

const ROW_HEIGHT = 44
/** In a narrow window a row is a card of one line per column (VirtualTable.css: 24 px lines, 12 px padding). */
const STACKED_LINE = 24
const STACKED_PADDING = 12
/** Rows drawn beyond the visible ones, so fast scrolling shows no blank band. */
const OVERSCAN = 12
/** Without a layout engine (tests) the body measures 0 high: draw a screenful instead of nothing. */
const FALLBACK_HEIGHT = 720

/**
 * A table that draws only the rows in view, so 30 000 rows scroll smoothly. It keeps table semantics
 * for assistive technology: role table with aria-rowcount, rows with aria-rowindex (1 = header), so a
 * screen reader announces "row 512 of 10 001" although only a few dozen rows exist in the DOM.
 * Every column needs a `width` (a CSS grid track). In a narrow window (below 48 rem) the rows stack like
 * DataTable's: a card per row, one line per column behind its heading, so no column is cut or needs a
 * sideways scroll; every row is still the same height, so the list stays virtualised.
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
  /** The table's accessible name, translated. */
  label: string
  rows: readonly T[]
  columns: readonly Column<T, S>[]
  rowKey: (row: T) => string
  sort: S
  direction: SortDirection
  onSort: (key: S) => void
}) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const stacked = useMediaQuery(NARROW_WINDOW)
  const rowHeight = stacked ? STACKED_PADDING + STACKED_LINE * columns.length : ROW_HEIGHT
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN,
    getItemKey: (index) => rowKey(rows[index]!),
    observeElementRect: (instance, cb) =>
      observeElementRect(instance, (rect) =>
        cb(rect.height > 0 ? rect : { width: rect.width, height: FALLBACK_HEIGHT })
      )
  })
  // The row height is not a measurement the virtualizer watches: place the rows again when it changes.
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight])
  const template = stacked ? undefined : columns.map((c) => c.width ?? '1fr').join(' ')
  const bodyHeight = `min(${rows.length * rowHeight}px, max(18rem, calc(100vh - 22rem)))`

  return (
    <div
      role="table"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      className={classNames('vtable', stacked && 'stacked')}
    >
      <TableHead
        layout="grid"
        template={template}
        columns={columns}
        sort={sort}
        direction={direction}
        onSort={onSort}
      />
      <div role="rowgroup" ref={scrollRef} className="vtable-body" style={{ height: bodyHeight }}>
        <div className="vtable-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => (
            <VirtualRow
              key={item.key}
              row={rows[item.index]!}
              index={item.index}
              start={item.start}
              columns={columns}
              template={template}
              height={rowHeight}
              stacked={stacked}
            />
          ))}
        </div>
      </div>
    </div>
  )
}

/**
 * One drawn row. Memoised: a render of the page (a keystroke, a count arriving) redraws only the rows whose row,
 * position or columns changed, when the page keeps its columns stable (useMemo).
 */
const VirtualRow = memo(function VirtualRow<T, S extends string>({
  row,
  index,
  start,
  columns,
  template,
  height,
  stacked
}: {
  row: T
  index: number
  start: number
  columns: readonly Column<T, S>[]
  template: string | undefined
  height: number
  stacked: boolean
}) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className="vtable-row"
      style={{ gridTemplateColumns: template, transform: `translateY(${start}px)`, height }}
    >
      {columns.map((column) => (
        <div
          key={column.key}
          role={column.rowHeader ? 'rowheader' : 'cell'}
          className={cellClass(column)}
          {...(stacked && !column.rowHeader ? stackLabel(column) : {})}
        >
          {column.render(row)}
        </div>
      ))}
    </div>
  )
}) as <T, S extends string>(props: {
  row: T
  index: number
  start: number
  columns: readonly Column<T, S>[]
  template: string | undefined
  height: number
  stacked: boolean
}) => ReactElement
