import type { ReactNode } from 'react'
import { TableHead, cellClass, type Column, type SortDirection } from './TableHead'
import './DataTable.css'

/**
 * A native table of rows: a caption (or an aria-label), the one TableHead, and one row per item whose
 * row-header column is a <th scope="row">. Wide tables scroll inside their own box.
 */
export function DataTable<T, S extends string = string>({
  caption,
  label,
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
  footer
}: {
  /** The visible caption, translated; names the table. */
  caption?: string
  /** The table's accessible name when it has no visible caption. */
  label?: string
  rows: readonly T[]
  columns: readonly Column<T, S>[]
  rowKey: (row: T) => string
  rowClassName?: (row: T) => string | undefined
  sort?: S
  direction?: SortDirection
  onSort?: (key: S) => void
  className?: string
  /** As narrow as its content instead of the full width. */
  compact?: boolean
  /** Wraps the table in a box that scrolls sideways (default). */
  scroll?: boolean
  /** A <tfoot> (sums). */
  footer?: ReactNode
}) {
  const classes = ['data-table', compact ? 'compact' : '', className ?? ''].filter(Boolean).join(' ')
  const table = (
    <table className={classes} aria-label={caption ? undefined : label}>
      {caption ? <caption>{caption}</caption> : null}
      <TableHead layout="table" columns={columns} sort={sort} direction={direction} onSort={onSort} />
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className={rowClassName?.(row)}>
            {columns.map((column) =>
              column.rowHeader ? (
                <th key={column.key} scope="row" className={cellClass(column)}>
                  {column.render(row)}
                </th>
              ) : (
                <td key={column.key} className={cellClass(column)}>
                  {column.render(row)}
                </td>
              )
            )}
          </tr>
        ))}
      </tbody>
      {footer}
    </table>
  )
  return scroll ? <div className="table-scroll">{table}</div> : table
}
