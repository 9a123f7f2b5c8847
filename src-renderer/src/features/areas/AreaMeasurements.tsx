import { useTranslation } from 'react-i18next'
import type { Measurement } from '@shared/entities'
import { formatDate, formatNumber } from '@shared/format'
import { DataTable, Section, type Column } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'

/** The measured values of an area's indicator, by date; nothing while there are none. */
export function AreaMeasurements({ unit, measurements }: { unit: string; measurements: Measurement[] }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  if (measurements.length === 0) return null
  const columns: Column<Measurement>[] = [
    {
      key: 'date',
      label: t('area.measurements.date'),
      rowHeader: true,
      className: 'nowrap',
      render: (m) => formatDate(m.date, language)
    },
    {
      key: 'value',
      label: t('area.measurements.value'),
      numeric: true,
      render: (m) => formatNumber(m.value, language)
    },
    { key: 'note', label: t('area.measurements.note'), render: (m) => m.note }
  ]
  return (
    <Section id="area-measurements" heading={t('area.measurements.heading')}>
      <DataTable
        caption={t('area.measurements.caption', { unit })}
        scroll={false}
        rows={measurements}
        columns={columns}
      />
    </Section>
  )
}
