import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatNumber, formatSek } from '@shared/format'
import type { PipelineRow } from '@shared/overview'
import { TableSection } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { paths } from '@renderer/lib/paths'

/** The pipeline: per engagement status how many and their value, each status a link to its filtered list. */
export function PipelineFigures({ rows }: { rows: readonly PipelineRow[] }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  return (
    <TableSection
      heading={t('overview.pipeline.heading')}
      rows={rows}
      rowKey={(row) => row.status}
      compact
      columns={[
        {
          key: 'status',
          label: t('overview.status'),
          rowHeader: true,
          render: (row) => (
            <Link to={paths.engagements({ status: row.status })}>{t(`engagementStatus.${row.status}`)}</Link>
          )
        },
        {
          key: 'count',
          label: t('overview.count'),
          numeric: true,
          render: (row) => formatNumber(row.count, language)
        },
        {
          key: 'value',
          label: t('overview.pipeline.value'),
          numeric: true,
          render: (row) => formatSek(row.valueSek, language)
        },
        {
          key: 'withoutValue',
          label: t('overview.pipeline.withoutValue'),
          numeric: true,
          render: (row) => formatNumber(row.withoutValue, language)
        }
      ]}
    />
  )
}
