import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { classNames } from '@renderer/lib/class-names'
import './TableHead.css'

export type SortDirection = 'asc' | 'desc'

/** One column of a DataTable or VirtualTable. */
export type Column<T, S extends string = string> = {
  key: string
  /** The column heading, translated. */
  label: string
  /** A CSS grid track for VirtualTable, e.g. "2fr" or "9rem" (DataTable ignores it). */
  width?: string
  /** Clicking the heading sorts by this key. */
  sortKey?: S
  /** Right-aligned tabular figures. */
  numeric?: boolean
  /** This column names the row (a row header: <th scope="row"> or role rowheader). */
  rowHeader?: boolean
  /** The heading is read out but not shown (e.g. a column of buttons). */
  labelHidden?: boolean
  /** A short heading shown instead of the label (e.g. "6" for "Mycket bra"); the label is its title and is read out. */
  abbr?: string
  /** Extra classes on the column's cells. */
  className?: string
  /**
   * VirtualTable only: the value may take two lines (a long title, client or route), cut with "…" after the
   * second. Every row of the table is then as high as two lines, so it stays virtualised.
   */
  lines?: 1 | 2
  render: (row: T) => ReactNode
}

/** The heading part of a column, all TableHead needs. */
export type ColumnHead<S extends string = string> = Pick<
  Column<unknown, S>,
  'key' | 'label' | 'sortKey' | 'numeric' | 'className' | 'labelHidden' | 'abbr'
>

/**
 * The heading a stacked cell shows before its value (CSS `attr(data-label)`), none for a column whose
 * heading is hidden (a column of buttons). Used by DataTable, VirtualTable and hand-written tables with the `stacks` class.
 */
export function stackLabel(column: { label: string; labelHidden?: boolean }): { 'data-label'?: string } {
  return column.labelHidden ? {} : { 'data-label': column.label }
}

/** The classes of a column's cells. */
export function cellClass(column: Pick<Column<unknown>, 'numeric' | 'className'>): string | undefined {
  return classNames(column.numeric && 'numeric', column.className) || undefined
}

/**
 * The one table head of the app, for native tables (layout "table": <thead> with <th scope="col">)
 * and for VirtualTable's ARIA grid of divs (layout "grid"). A sortable column's heading is a button;
 * the sorted column carries aria-sort, the arrow beside it is decoration.
 */
export function TableHead<S extends string>({
  columns,
  sort,
  direction = 'asc',
  onSort,
  layout,
  template
}: {
  columns: readonly ColumnHead<S>[]
  /** The column sorted by, if the table sorts. */
  sort?: S
  direction?: SortDirection
  onSort?: (key: S) => void
  layout: 'table' | 'grid'
  /** The CSS grid columns of the "grid" layout. */
  template?: string
}) {
  const { t } = useTranslation()
  const cells = columns.map((column) => {
    const active = column.sortKey !== undefined && column.sortKey === sort
    const cell = {
      className: cellClass(column),
      'aria-sort': active ? (direction === 'asc' ? 'ascending' : 'descending') : undefined
    } as const
    const sortKey = column.sortKey
    const name = column.abbr ? (
      <>
        <abbr title={column.label}>{column.abbr}</abbr>
        <span className="visually-hidden"> {column.label}</span>
      </>
    ) : (
      column.label
    )
    const content =
      sortKey === undefined || onSort === undefined ? (
        column.labelHidden ? (
          <span className="visually-hidden">{column.label}</span>
        ) : (
          name
        )
      ) : (
        <button
          type="button"
          className="sort-button"
          onClick={() => onSort(sortKey)}
          title={t('clients.list.sortBy', { column: column.label })}
        >
          {name}
          <span aria-hidden="true" className="sort-mark">
            {active ? (direction === 'asc' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      )
    return layout === 'table' ? (
      <th key={column.key} scope="col" {...cell}>
        {content}
      </th>
    ) : (
      <div key={column.key} role="columnheader" {...cell}>
        {content}
      </div>
    )
  })

  if (layout === 'table') {
    return (
      <thead>
        <tr>{cells}</tr>
      </thead>
    )
  }
  return (
    <div role="rowgroup" className="vtable-head">
      <div role="row" aria-rowindex={1} className="vtable-row" style={{ gridTemplateColumns: template }}>
        {cells}
      </div>
    </div>
  )
}
