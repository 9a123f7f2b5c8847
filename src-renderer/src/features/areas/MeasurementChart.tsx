import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Indicator, Measurement } from '@shared/entities'
import { followUpChartSvg, layoutFollowUpChart } from '@shared/follow-up-chart'
import { formatNumber } from '@shared/format'
import { useLanguage } from '@renderer/platform/use-language'
import { ScrollBox } from '@renderer/ui'

/**
 * The indicator over time: baseline and target labelled with their values, the planned path between them when
 * both are dated, every measured value as a point, on a dated time axis. The picture is the one the follow-up
 * report prints (src-shared/follow-up-chart.ts). Its label sums it up for a screen reader and the measurements
 * table beside it carries the values. Nothing when there is nothing to draw. In a narrow window the picture keeps
 * a legible width (areas.css) and scrolls sideways inside a named box that takes a Tab stop while it scrolls.
 */
export function MeasurementChart({ indicator, measurements }: { indicator: Indicator; measurements: Measurement[] }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const svg = useMemo(() => {
    const number = (value: number | null) => (value === null ? '–' : formatNumber(value, language))
    const label = t('area.chart.label', {
      name: indicator.name || t('area.chart.indicator'),
      baseline: number(indicator.baselineValue),
      target: number(indicator.targetValue),
      measured: measurements.length
    })
    const layout = layoutFollowUpChart(
      indicator,
      measurements,
      {
        title: label,
        baseline: t('area.chart.baseline'),
        target: t('area.chart.target'),
        plan: t('area.chart.plan'),
        measured: t('area.chart.measured')
      },
      { language }
    )
    if (layout === null) return null
    const region = t('area.chart.region', { name: indicator.name || t('area.chart.indicator') })
    return { label, region, markup: followUpChartSvg(layout, 'measurement-chart', true) }
  }, [indicator, measurements, language, t])
  if (svg === null) return null
  return (
    <ScrollBox label={svg.region} className="measurement-chart-box">
      {/* The SVG is built from escaped text by followUpChartSvg; the wrapper carries its name for screen readers. */}
      <div
        className="measurement-chart"
        role="img"
        aria-label={svg.label}
        dangerouslySetInnerHTML={{ __html: svg.markup }}
      />
    </ScrollBox>
  )
}
