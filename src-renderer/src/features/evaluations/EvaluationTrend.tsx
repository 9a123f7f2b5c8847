import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ASPECTS, roundToOneDecimal, summariseEvaluations, type EvaluationSummary } from '@shared/evaluations'
import { formatDate, formatDecimal1, formatMonth, formatNumber } from '@shared/format'
import { DataTable, NARROW_WINDOW, useMediaQuery, type Column } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { paths } from '@renderer/lib/paths'
import type { EvaluationGroup } from './queries'

/** The picture's width in its own units: wide, and in a narrow window narrower, so its text stays readable. */
const WIDE = 560
const NARROW = 300
const H = 180
// Side padding leaves room for the first and last date label, which are centred on their points.
const PAD = { left: 48, right: 44, top: 16, bottom: 28 }
/** At most this many date labels under the chart, so they never run into each other (fewer when narrow). */
const MAX_LABELS = 5
const MAX_LABELS_NARROW = 3
/** With few points each carries its value beside it; with many the table carries them. */
const MAX_VALUE_LABELS = 12

/** One point of the trend: a workshop, or a calendar month of workshops. */
type TrendRow = {
  key: string
  /** YYYY-MM-DD of the workshop, or YYYY-MM of the month. */
  when: string
  label: string
  /** The workshop, when the trend is per workshop. */
  group: EvaluationGroup | null
  workshops: number
  summary: EvaluationSummary
}

/**
 * The trend over time, oldest first: per workshop for one client, per calendar month for the whole portfolio
 * (thousands of workshops would make a table of thousands of rows and a chart of dots on top of each other).
 * A table carries the figures for screen readers; the line chart of the overall mean is a picture of it, with
 * a legend saying what a dot is, so a single dot is not a riddle.
 */
export function EvaluationTrend({ groups, perMonth }: { groups: EvaluationGroup[]; perMonth: boolean }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  // At 320 px (1280 at 400 %) the wide picture would shrink its text to a third: draw it narrower there.
  const narrow = useMediaQuery(NARROW_WINDOW)
  const W = narrow ? NARROW : WIDE
  const evaluated = groups.filter((g) => g.evaluations.length > 0)
  const rows: TrendRow[] = perMonth
    ? byMonth(evaluated).map(([month, list]) => ({
        key: month,
        when: month,
        label: formatMonth(month, language),
        group: null,
        workshops: list.length,
        summary: summariseEvaluations(list.flatMap((g) => g.evaluations))
      }))
    : evaluated.map((g) => ({
        key: g.workshop.id,
        when: g.workshop.startsAt.slice(0, 10),
        label: formatDate(g.workshop.startsAt, language),
        group: g,
        workshops: 1,
        summary: summariseEvaluations(g.evaluations)
      }))
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
    return [{ x, y, mean, label: r.label }]
  })
  const labelled = labelIndexes(points.length, narrow ? MAX_LABELS_NARROW : MAX_LABELS)
  const describe = points.map((p) => `${p.label}: ${fmt(p.mean)}`).join('; ')

  const first: Column<TrendRow> = perMonth
    ? {
        key: 'month',
        label: t('evaluation.month'),
        rowHeader: true,
        className: 'nowrap',
        render: (r) => <time dateTime={r.when}>{r.label}</time>
      }
    : {
        key: 'date',
        label: t('evaluation.date'),
        rowHeader: true,
        className: 'nowrap',
        render: (r) => <time dateTime={r.when}>{r.label}</time>
      }
  const second: Column<TrendRow> = perMonth
    ? {
        key: 'workshops',
        label: t('evaluation.workshops'),
        numeric: true,
        render: (r) => formatNumber(r.workshops, language)
      }
    : {
        key: 'workshop',
        label: t('evaluation.workshop'),
        render: (r) =>
          r.group ? (
            <Link to={paths.workshop(r.group.workshop.id)}>
              {r.group.workshop.title || r.group.workshop.startingQuestion || t('workshop.title')}
            </Link>
          ) : null
      }

  const means = ASPECTS.map((a): Column<TrendRow> => ({
    key: a,
    label: t(`evaluation.aspect.${a}`),
    numeric: true,
    render: (r) => fmt(r.summary.aspects[a].mean)
  }))
  const count: Column<TrendRow> = {
    key: 'n',
    label: t('evaluation.nShort'),
    numeric: true,
    render: (r) => formatNumber(r.summary.n, language)
  }

  return (
    <div className="trend">
      <figure className="trend-figure">
        <svg
          className="trend-chart"
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-label={t(perMonth ? 'evaluation.trendChartMonth' : 'evaluation.trendChart', { points: describe })}
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
              <circle cx={p.x} cy={p.y} r={points.length > 60 ? 2.5 : 4} className="trend-dot" />
              {points.length <= MAX_VALUE_LABELS ? (
                <text x={p.x} y={p.y - 8} textAnchor="middle" className="trend-value">
                  {fmt(p.mean)}
                </text>
              ) : null}
              {labelled.has(i) ? (
                <text x={p.x} y={H - 8} textAnchor="middle" className="trend-axis">
                  {p.label}
                </text>
              ) : null}
            </g>
          ))}
        </svg>
        <figcaption className="trend-legend">
          <span className="trend-key" aria-hidden="true" />
          {t(perMonth ? 'evaluation.trendLegendMonth' : 'evaluation.trendLegend')}
        </figcaption>
      </figure>
      <DataTable<TrendRow>
        caption={t(perMonth ? 'evaluation.trendCaptionMonth' : 'evaluation.trendCaption')}
        rows={rows}
        rowKey={(r) => r.key}
        // The means right after the date, so a narrow window shows the figures that matter before any scrolling.
        columns={perMonth ? [first, ...means, second, count] : [first, second, ...means, count]}
      />
    </div>
  )
}

/** The groups by the calendar month of their workshop (YYYY-MM), oldest first. */
function byMonth(groups: readonly EvaluationGroup[]): [string, EvaluationGroup[]][] {
  const months = new Map<string, EvaluationGroup[]>()
  for (const g of groups) {
    const month = g.workshop.startsAt.slice(0, 7)
    const list = months.get(month)
    if (list) list.push(g)
    else months.set(month, [g])
  }
  return [...months.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

/** Which of `count` points get a date label: all when few, else the first, the last and evenly between. */
function labelIndexes(count: number, max: number): Set<number> {
  if (count <= max) return new Set(Array.from({ length: count }, (_, i) => i))
  return new Set(Array.from({ length: max }, (_, k) => Math.round((k * (count - 1)) / (max - 1))))
}
