import { useTranslation } from 'react-i18next'
import { TABLE_NAMES, type TableName } from '@shared/entities'
import { totals, type ImportMode, type ImportSummary } from '@renderer/db/export-import'
import { DataTable, type Column } from '@renderer/ui'

/** What an import did, per table: added, changed, kept (merge) or added and removed (replace). */
export function ImportSummaryTable({ summary, mode }: { summary: ImportSummary; mode: ImportMode }) {
  const { t } = useTranslation()
  const counts = mode === 'merge' ? (['added', 'changed', 'kept'] as const) : (['added', 'removed'] as const)
  const sum = totals(summary)
  const rows = TABLE_NAMES.filter((name) => counts.some((c) => summary[name][c] > 0))
  const columns: Column<TableName>[] = [
    {
      key: 'table',
      label: t('backups.portfolioFile.col.table'),
      rowHeader: true,
      render: (name) => t(`backups.tables.${name}`)
    },
    ...counts.map((c) => ({
      key: c,
      label: t(`backups.portfolioFile.col.${c}`),
      numeric: true,
      render: (name: TableName) => summary[name][c]
    }))
  ]
  const footer = (
    <tfoot>
      <tr>
        <th scope="row">{t('backups.portfolioFile.total')}</th>
        {counts.map((c) => (
          <td key={c} className="numeric">
            {sum[c]}
          </td>
        ))}
      </tr>
    </tfoot>
  )
  return (
    <DataTable
      caption={t('backups.portfolioFile.summaryCaption')}
      className="import-summary"
      compact
      rows={rows}
      columns={columns}
      rowKey={(name) => name}
      footer={footer}
    />
  )
}
