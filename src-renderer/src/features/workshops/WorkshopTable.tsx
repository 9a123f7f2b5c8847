import { Link } from 'react-router'
import type { Workshop } from '@shared/entities'
import { formatDate, formatDateTime } from '@shared/format'
import { DataTable, type Column } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { paths } from '@renderer/lib/paths'

/** Workshops one a row; the first column, the date, names the row and opens the workshop. */
export function WorkshopTable({
  caption,
  workshops,
  dateLabel,
  withTime = false,
  columns
}: {
  caption: string
  workshops: Workshop[]
  /** The date column's heading, translated. */
  dateLabel: string
  /** The date with its time of day (an engagement's few workshops) rather than the day alone. */
  withTime?: boolean
  /** The columns after the date. */
  columns: Column<Workshop>[]
}) {
  const { language } = useLanguage()
  const date: Column<Workshop> = {
    key: 'date',
    label: dateLabel,
    rowHeader: true,
    className: 'nowrap',
    render: (w) => (
      <Link to={paths.workshop(w.id)}>
        <time dateTime={withTime ? w.startsAt : w.startsAt.slice(0, 10)}>
          {withTime ? formatDateTime(w.startsAt, language) : formatDate(w.startsAt, language)}
        </time>
      </Link>
    )
  }
  return <DataTable<Workshop> caption={caption} scroll={false} rows={workshops} columns={[date, ...columns]} />
}
