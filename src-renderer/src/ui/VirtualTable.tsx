import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual'
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, type ReactElement } from 'react'
import { classNames } from '@renderer/lib/class-names'
import { RowLinkGroup } from './RowLink'
import { TableHead, cellClass, stackLabel, type Column, type SortDirection } from './TableHead'
import { NARROW_WINDOW, useMediaQuery } from './use-media-query'
import './VirtualTable.css'

const ROW_HEIGHT = 44
/** A row with a two-line column (`lines: 2`): two 22 px lines (VirtualTable.css) and the same padding. */
const ROW_HEIGHT_TWO_LINES = 60
/**
 * In a narrow window a row is a card of one line per column (VirtualTable.css: 24 px lines, 12 px padding); a
 * two-line row header takes two lines, a two-line column with a heading a 16 px heading line above its value.
 */
const STACKED_LINE = 24
const STACKED_HEADING_LINE = 16
const STACKED_PADDING = 12

type RowHeightColumn = { lines?: 1 | 2; rowHeader?: boolean; labelHidden?: boolean }

/** The fixed height of every row: the list is virtualised, so rows never grow with their content. */
export function virtualRowHeight(columns: readonly RowHeightColumn[], stacked: boolean): number {
  if (!stacked) return columns.some((c) => c.lines === 2) ? ROW_HEIGHT_TWO_LINES : ROW_HEIGHT
  const line = (c: RowHeightColumn) =>
    c.lines !== 2 ? STACKED_LINE : c.rowHeader || c.labelHidden ? 2 * STACKED_LINE : STACKED_HEADING_LINE + STACKED_LINE
  return STACKED_PADDING + columns.reduce((sum, c) => sum + line(c), 0)
}
/**
 * Rows drawn beyond the visible ones, so fast scrolling shows no blank band. The virtualizer draws the rows of a new
 * scroll position before the frame is painted, so this is a margin for the compositor's own scrolling, not for the
 * keys (a PageDown is drawn in its frame). Every row drawn is drawn again when a search changes the rows in view:
 * 12 made a key at the stress size mount 20 rows of two links each where 14 are enough (docs/PERFORMANCE.md).
 */
const OVERSCAN = 6
/** Without a layout engine (tests) the body measures 0 high: draw a screenful instead of nothing. */
const FALLBACK_HEIGHT = 720

/**
 * A table that draws only the rows in view, so 30 000 rows scroll smoothly. It keeps table semantics
 * for assistive technology: role table with aria-rowcount, rows with aria-rowindex (1 = header), so a
 * screen reader announces "row 512 of 10 001" although only a few dozen rows exist in the DOM.
 * Every column needs a `width` (a CSS grid track). In a narrow window (below 48 rem) the rows stack like
 * DataTable's: a card per row, one line per column behind its heading, so no column is cut or needs a
 * sideways scroll; every row is still the same height, so the list stays virtualised.
 *
 * The rows in view come from @tanstack/react-virtual. Its item keys are the default (the index) and its size
 * function is stable for a row height, so it works out the rows' positions again only when the row count or the
 * row height changes, not on every render (a key function made from `rowKey` changes with every new row list and
 * made it rebuild 30 000 positions per keystroke; docs/PERFORMANCE.md). React's keys are still the rows' own.
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
  const rowHeight = virtualRowHeight(columns, stacked)
  const estimateSize = useCallback(() => rowHeight, [rowHeight])
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    overscan: OVERSCAN,
    observeElementRect: (instance, cb) =>
      observeElementRect(instance, (rect) =>
        cb(rect.height > 0 ? rect : { width: rect.width, height: FALLBACK_HEIGHT })
      )
  })
  // Every row is one height: when it changes (a two-line column, a narrow window), place the rows again.
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight])
  const template = stacked ? undefined : columns.map((c) => c.width ?? '1fr').join(' ')
  // The head is drawn again only when its columns, template or sort change: a list page makes a new onSort with
  // every render (a keystroke), which redrew every column heading; the latest one is called through a ref.
  const latestOnSort = useRef(onSort)
  useLayoutEffect(() => {
    latestOnSort.current = onSort
  })
  const sortBy = useCallback((key: S) => latestOnSort.current(key), [])
  const head = useMemo(
    () => (
      <TableHead
        layout="grid"
        template={template}
        columns={columns}
        sort={sort}
        direction={direction}
        onSort={sortBy}
      />
    ),
    [template, columns, sort, direction, sortBy]
  )
  const bodyHeight = `min(${rows.length * rowHeight}px, max(18rem, calc(100vh - 22rem)))`

  return (
    <div
      role="table"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      className={classNames('vtable', stacked && 'stacked')}
    >
      {head}
      {/* The rows' RowLinks are plain anchors, their clicks taken by the group (one handler, not a Link per row). */}
      <RowLinkGroup role="rowgroup" ref={scrollRef} className="vtable-body" style={{ height: bodyHeight }}>
        <div className="vtable-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map(({ index, start }) => (
            <VirtualRow
              key={rowKey(rows[index]!)}
              row={rows[index]!}
              index={index}
              start={start}
              columns={columns}
              template={template}
              height={rowHeight}
              stacked={stacked}
            />
          ))}
        </div>
      </RowLinkGroup>
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
          className={classNames(cellClass(column), column.lines === 2 && 'two-lines')}
          {...(stacked && !column.rowHeader ? stackLabel(column) : {})}
        >
          {/* The value in its own box: it is what wraps and is cut after two lines, beside the stacked label. */}
          {column.lines === 2 ? <span className="vtable-value">{column.render(row)}</span> : column.render(row)}
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
