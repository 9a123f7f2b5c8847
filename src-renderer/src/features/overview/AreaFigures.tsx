import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { AREA_STATUSES, type AreaStatus } from '@shared/entities'
import { formatNumber } from '@shared/format'
import { TableSection } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { paths } from '@renderer/lib/paths'

/** How many areas have each status, each status a link to the areas list filtered by it. */
export function AreaFigures({ byStatus }: { byStatus: Record<AreaStatus, number> }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  return (
    <TableSection
      heading={t('overview.areas.heading')}
      rows={AREA_STATUSES}
      rowKey={(status) => status}
      compact
      columns={[
        {
          key: 'status',
          label: t('overview.status'),
          rowHeader: true,
          render: (status) => <Link to={paths.areas({ status })}>{t(`areaStatus.${status}`)}</Link>
        },
        {
          key: 'count',
          label: t('overview.count'),
          numeric: true,
          render: (status) => formatNumber(byStatus[status], language)
        }
      ]}
    />
  )
}
