import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual'
import { memo, useRef, type ReactElement } from 'react'
import { TableHead, cellClass, type Column, type SortDirection } from './TableHead'
import './VirtualTable.css'

const ROW_HEIGHT = 44
/** Rows drawn beyond the visible ones, so fast scrolling shows no blank band. */
const OVERSCAN = 12
/** Without a layout engine (tests) the body measures 0 high: draw a screenful instead of nothing. */
const FALLBACK_HEIGHT = 720

/**
 * A table that draws only the rows in view, so 30 000 rows scroll smoothly. It keeps table semantics
 * for assistive technology: role table with aria-rowcount, rows with aria-rowindex (1 = header), so a
 * screen reader announces "row 512 of 10 001" although only a few dozen rows exist in the DOM.
 * Every column needs a `width` (a CSS grid track).
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
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    getItemKey: (index) => rowKey(rows[index]!),
    observeElementRect: (instance, cb) =>
      observeElementRect(instance, (rect) =>
        cb(rect.height > 0 ? rect : { width: rect.width, height: FALLBACK_HEIGHT })
      )
  })
  const template = columns.map((c) => c.width ?? '1fr').join(' ')
  const bodyHeight = `min(${rows.length * ROW_HEIGHT}px, max(18rem, calc(100vh - 22rem)))`

  return (
    <div role="table" aria-label={label} aria-rowcount={rows.length + 1} className="vtable">
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
  template
}: {
  row: T
  index: number
  start: number
  columns: readonly Column<T, S>[]
  template: string
}) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className="vtable-row"
      style={{ gridTemplateColumns: template, transform: `translateY(${start}px)`, height: ROW_HEIGHT }}
    >
      {columns.map((column) => (
        <div key={column.key} role={column.rowHeader ? 'rowheader' : 'cell'} className={cellClass(column)}>
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
  template: string
}) => ReactElement
