import { useTranslation } from 'react-i18next'
import { TABLE_NAMES } from '@shared/entities'
import { totals, type ImportMode, type ImportSummary } from '@renderer/db/export-import'

/** What an import did, per table: added, changed, kept (merge) or added and removed (replace). */
export function ImportSummaryTable({ summary, mode }: { summary: ImportSummary; mode: ImportMode }) {
  const { t } = useTranslation()
  const columns = mode === 'merge' ? (['added', 'changed', 'kept'] as const) : (['added', 'removed'] as const)
  const sum = totals(summary)
  const rows = TABLE_NAMES.filter((name) => columns.some((c) => summary[name][c] > 0))
  return (
    <table className="data-table compact import-summary">
      <caption>{t('backups.portfolioFile.summaryCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('backups.portfolioFile.col.table')}</th>
          {columns.map((c) => (
            <th key={c} scope="col" className="numeric">
              {t(`backups.portfolioFile.col.${c}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((name) => (
          <tr key={name}>
            <th scope="row">{t(`backups.tables.${name}`)}</th>
            {columns.map((c) => (
              <td key={c} className="numeric">
                {summary[name][c]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('backups.portfolioFile.total')}</th>
          {columns.map((c) => (
            <td key={c} className="numeric">
              {sum[c]}
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  )
}
