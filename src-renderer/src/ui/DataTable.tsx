import { memo, type ReactElement, type ReactNode } from 'react'
import { classNames } from '@renderer/lib/class-names'
import { TableHead, cellClass, stackLabel, type Column, type SortDirection } from './TableHead'
import { ScrollBox } from './ScrollBox'
import './DataTable.css'

/** The key of a row: rowKey's, or else the row's id (rows without one must come with a rowKey). */
function keyOf<T>(row: T, rowKey: ((row: T) => string) | undefined): string {
  return rowKey ? rowKey(row) : (row as { id: string }).id
}

/**
 * A native table of rows: a caption (or an aria-label), the one TableHead, and one row per item whose
 * row-header column is a <th scope="row">. In a narrow window (below 48 rem, where the menu folds) its rows
 * stack: each row a card headed by its row header, every other cell on a line of its own behind its column's
 * heading (`data-label`, drawn by CSS and not read out twice: the cell keeps its column header), so no key
 * column needs a sideways scroll (issue 14 point 1). Chromium keeps the table's roles under display: block (rows,
 * row and column headers), and the drawn label has empty alternative text (`content: attr(data-label) / ''`),
 * so a cell is read once, with its column header. With `stack={false}` a wide table scrolls inside its own
 * box instead.
 * With `empty`, no rows show that line instead of a table with a head and no body; rows still loading
 * (undefined) show nothing.
 *
 * Each body row is a memoised DataRow, as VirtualTable's rows are: a render of the page redraws only the rows
 * whose row object, columns, class or key changed. A page that keeps its columns stable (useMemo) and its
 * unchanged rows the same objects has its rows skipped; columns made anew on every render redraw every row.
 */
export function DataTable<T, S extends string = string>({
  caption,
  captionHidden = false,
  label,
  labelledBy,
  rows,
  columns,
  rowKey,
  rowClassName,
  sort,
  direction,
  onSort,
  className,
  compact = false,
  scroll = true,
  stack = true,
  footer,
  empty
}: {
  /** The visible caption, translated; names the table. */
  caption?: string
  /** The caption names the table for assistive technology but is not shown (a heading just above says it). */
  captionHidden?: boolean
  /** The table's accessible name when it has no visible caption. */
  label?: string
  /** The id of the element that names the table (a section's heading), instead of a label. */
  labelledBy?: string
  /** The rows; undefined while they load (nothing is shown). */
  rows: readonly T[] | undefined
  columns: readonly Column<T, S>[]
  /** A row's key; the row's id when not given (rows without an id need one). */
  rowKey?: (row: T) => string
  rowClassName?: (row: T) => string | undefined
  sort?: S
  direction?: SortDirection
  onSort?: (key: S) => void
  className?: string
  /** As narrow as its content instead of the full width. */
  compact?: boolean
  /** Wraps the table in a box that scrolls sideways (default). */
  scroll?: boolean
  /** Stacks the rows as labelled cards in a narrow window (default). */
  stack?: boolean
  /** A <tfoot> (sums). */
  footer?: ReactNode
  /** The line shown (muted) instead of the table when there are no rows, translated. */
  empty?: string
}) {
  if (rows === undefined) return null
  if (rows.length === 0 && empty !== undefined) return <p className="muted">{empty}</p>
  const classes = classNames('data-table', compact && 'compact', stack && 'stacks', className)
  const table = (
    <table
      className={classes}
      aria-label={caption ? undefined : label}
      aria-labelledby={caption || label ? undefined : labelledBy}
    >
      {caption ? <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption> : null}
      <TableHead layout="table" columns={columns} sort={sort} direction={direction} onSort={onSort} />
      <tbody>
        {rows.map((row) => {
          const key = keyOf(row, rowKey)
          return (
            <DataRow key={key} rowKey={key} row={row} columns={columns} className={rowClassName?.(row)} stack={stack} />
          )
        })}
      </tbody>
      {footer}
    </table>
  )
  return scroll ? <ScrollBox label={caption ?? label}>{table}</ScrollBox> : table
}

/**
 * One body row. Memoised: drawn again only when its row, columns, class, key or stacking change (the page's
 * `rowClassName` is called by DataTable, so a new function each render does not redraw the row).
 */
const DataRow = memo(function DataRow<T, S extends string>({
  rowKey,
  row,
  columns,
  className,
  stack
}: {
  rowKey: string
  row: T
  columns: readonly Column<T, S>[]
  className: string | undefined
  stack: boolean
}) {
  return (
    <tr data-row-key={rowKey} className={className}>
      {columns.map((column) =>
        column.rowHeader ? (
          <th key={column.key} scope="row" className={cellClass(column)}>
            {column.render(row)}
          </th>
        ) : (
          <td key={column.key} className={cellClass(column)} {...(stack ? stackLabel(column) : {})}>
            {/* One box for the value, so a stacked cell wraps it as a whole beside or below its label. */}
            {stack && !column.labelHidden ? (
              <span className="cell-value">{column.render(row)}</span>
            ) : (
              column.render(row)
            )}
          </td>
        )
      )}
    </tr>
  )
}) as <T, S extends string>(props: {
  rowKey: string
  row: T
  columns: readonly Column<T, S>[]
  className: string | undefined
  stack: boolean
}) => ReactElement
