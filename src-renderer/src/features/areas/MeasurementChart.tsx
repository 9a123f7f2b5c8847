import { useTranslation } from 'react-i18next'
import type { Indicator, Measurement } from '@shared/entities'
import { formatDate, formatNumber } from '@shared/format'
import { useLanguage } from '@renderer/platform/use-language'

const WIDTH = 480
const HEIGHT = 220
const PAD = { left: 16, right: 96, top: 16, bottom: 32 }
const DAY_MS = 86_400_000

/** Days since 1970 of a YYYY-MM-DD date, in UTC so no summer time shifts a point. */
function day(isoDate: string): number {
  return Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / DAY_MS
}

/** Maps [min, max] onto [from, to]; a span of nothing maps onto the middle. */
function scale(min: number, max: number, from: number, to: number) {
  return (value: number) => (max === min ? (from + to) / 2 : from + ((value - min) / (max - min)) * (to - from))
}

/**
 * The indicator over time: the baseline and the target as lines, the planned path between them when
 * both are dated, and every measured value as a point. A picture for the eye only: its label sums it
 * up and the measurements table beside it carries the values. Nothing when there is nothing to draw.
 */
export function MeasurementChart({ indicator, measurements }: { indicator: Indicator; measurements: Measurement[] }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { baselineValue: baseline, targetValue: target, baselineDate, targetDate } = indicator
  if (measurements.length === 0 && baseline === null && target === null) return null

  const dates = [baselineDate, targetDate, ...measurements.map((m) => m.date)].filter((d): d is string => d !== null)
  const values = [baseline, target, ...measurements.map((m) => m.value)].filter((v): v is number => v !== null)
  const days = dates.map(day)
  const [firstDay, lastDay] = days.length > 0 ? [Math.min(...days), Math.max(...days)] : [0, 0]
  const x = scale(firstDay, lastDay, PAD.left, WIDTH - PAD.right)
  // Higher values draw higher up, whichever direction is better.
  const y = scale(Math.min(...values), Math.max(...values), HEIGHT - PAD.bottom, PAD.top)
  const number = (value: number | null) => (value === null ? '–' : formatNumber(value, language))
  const label = t('area.chart.label', {
    name: indicator.name || t('area.chart.indicator'),
    baseline: number(baseline),
    target: number(target),
    measured: measurements.length
  })
  const path = measurements.map((m) => `${x(day(m.date)).toFixed(1)},${y(m.value).toFixed(1)}`).join(' ')
  const firstDate = dates.length > 0 ? dates.reduce((a, b) => (a < b ? a : b)) : null
  const lastDate = dates.length > 0 ? dates.reduce((a, b) => (a > b ? a : b)) : null

  return (
    <svg className="measurement-chart" role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`}>
      <line
        className="chart-axis"
        x1={PAD.left}
        x2={WIDTH - PAD.right}
        y1={HEIGHT - PAD.bottom}
        y2={HEIGHT - PAD.bottom}
      />
      {baseline !== null && (
        <g className="chart-baseline">
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(baseline)} y2={y(baseline)} />
          <text x={WIDTH - PAD.right + 6} y={y(baseline) + 4}>
            {t('area.chart.baseline')}
          </text>
        </g>
      )}
      {target !== null && (
        <g className="chart-target">
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(target)} y2={y(target)} />
          <text x={WIDTH - PAD.right + 6} y={y(target) + 4}>
            {t('area.chart.target')}
          </text>
        </g>
      )}
      {baseline !== null && target !== null && baselineDate !== null && targetDate !== null && (
        <line
          className="chart-plan"
          x1={x(day(baselineDate))}
          y1={y(baseline)}
          x2={x(day(targetDate))}
          y2={y(target)}
        />
      )}
      {measurements.length > 1 && <polyline className="chart-measured" points={path} />}
      {measurements.map((m) => (
        <circle key={m.id} className="chart-point" cx={x(day(m.date))} cy={y(m.value)} r={4} />
      ))}
      {firstDate !== null && lastDate !== null && (
        <>
          <text className="chart-date" x={PAD.left} y={HEIGHT - 10}>
            {formatDate(firstDate, language)}
          </text>
          {lastDate !== firstDate && (
            <text className="chart-date" x={WIDTH - PAD.right} y={HEIGHT - 10} textAnchor="end">
              {formatDate(lastDate, language)}
            </text>
          )}
        </>
      )}
    </svg>
  )
}
