import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ASPECTS, roundToOneDecimal, summariseEvaluations, type EvaluationSummary } from '@shared/evaluations'
import { formatDate, formatDecimal1 } from '@shared/format'
import { DataTable, type Column } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { paths } from '@renderer/lib/paths'
import type { EvaluationGroup } from './queries'

const W = 560
const H = 180
// Side padding leaves room for the first and last date label, which are centred on their points.
const PAD = { left: 48, right: 44, top: 12, bottom: 28 }

type TrendRow = EvaluationGroup & { summary: EvaluationSummary }

/**
 * The trend over time: one table row per evaluated workshop, oldest first, and a small line chart of
 * the overall mean. The chart is a picture of the table (which carries the figures for screen readers).
 */
export function EvaluationTrend({ groups, showClient }: { groups: EvaluationGroup[]; showClient: boolean }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const rows: TrendRow[] = groups
    .filter((g) => g.evaluations.length > 0)
    .map((g) => ({ ...g, summary: summariseEvaluations(g.evaluations) }))
  if (rows.length === 0) return null
  const fmt = (mean: number | null) => (mean === null ? '–' : formatDecimal1(roundToOneDecimal(mean), language))

  const points = rows.flatMap((r, i) => {
    const mean = r.summary.aspects.overall.mean
    if (mean === null) return []
    const x =
      rows.length === 1
        ? (PAD.left + W - PAD.right) / 2
        : PAD.left + (i * (W - PAD.left - PAD.right)) / (rows.length - 1)
    const y = PAD.top + ((6 - mean) / 5) * (H - PAD.top - PAD.bottom)
    return [{ x, y, mean, label: formatDate(r.workshop.startsAt, language) }]
  })
  const describe = points.map((p) => `${p.label}: ${fmt(p.mean)}`).join('; ')

  return (
    <div className="trend">
      <svg
        className="trend-chart"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t('evaluation.trendChart', { points: describe })}
      >
        {[1, 2, 3, 4, 5, 6].map((g) => {
          const y = PAD.top + ((6 - g) / 5) * (H - PAD.top - PAD.bottom)
          return (
            <g key={g}>
              <line x1={PAD.left} x2={W - PAD.right} y1={y} y2={y} className="trend-grid" />
              <text x={PAD.left - 14} y={y + 4} textAnchor="end" className="trend-axis">
                {g}
              </text>
            </g>
          )
        })}
        {points.length > 1 ? (
          <polyline className="trend-line" points={points.map((p) => `${p.x},${p.y}`).join(' ')} />
        ) : null}
        {points.map((p, i) => (
          <g key={i}>
            <circle cx={p.x} cy={p.y} r={4} className="trend-dot" />
            <text x={p.x} y={H - 8} textAnchor="middle" className="trend-axis">
              {p.label}
            </text>
          </g>
        ))}
      </svg>
      <DataTable<TrendRow>
        caption={t('evaluation.trendCaption')}
        rows={rows}
        rowKey={(r) => r.workshop.id}
        columns={[
          {
            key: 'date',
            label: t('evaluation.date'),
            rowHeader: true,
            className: 'nowrap',
            render: (r) => (
              <time dateTime={r.workshop.startsAt.slice(0, 10)}>{formatDate(r.workshop.startsAt, language)}</time>
            )
          },
          {
            key: 'workshop',
            label: t('evaluation.workshop'),
            render: (r) => (
              <Link to={paths.workshop(r.workshop.id)}>
                {r.workshop.title || r.workshop.startingQuestion || t('workshop.title')}
              </Link>
            )
          },
          ...(showClient ? [{ key: 'client', label: t('evaluation.client'), render: (r: TrendRow) => r.client }] : []),
          { key: 'n', label: t('evaluation.nShort'), numeric: true, render: (r) => r.summary.n },
          ...ASPECTS.map((a): Column<TrendRow> => ({
            key: a,
            label: t(`evaluation.aspect.${a}`),
            numeric: true,
            render: (r) => fmt(r.summary.aspects[a].mean)
          }))
        ]}
      />
    </div>
  )
}
