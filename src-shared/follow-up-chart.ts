// The follow-up chart: an indicator's baseline and target, the planned path between them and every measured value
// over time. Pure: no DOM, no Node. The area page shows the SVG string as is and the main process rasterises the
// same string to PNG for the follow-up report, so the client sees one picture everywhere (as with matrix.ts).
import type { Indicator } from './entities'
import { formatNumber, localeOf } from './format'
import { estimateTextWidth, MATRIX_FONT_FAMILY } from './matrix'
import type { Language } from './settings'
import { escapeXml as esc, svgNumber as n } from './svg'

/** What the chart draws from an indicator. */
export type ChartIndicator = Pick<Indicator, 'baselineValue' | 'baselineDate' | 'targetValue' | 'targetDate' | 'unit'>
/** A measured value: a date (YYYY-MM-DD) and a number. */
export type ChartMeasurement = { date: string; value: number }

/** The words the chart shows; numbers and dates are formatted in `language`. */
export type FollowUpChartTexts = {
  /** Accessible name of the picture (SVG <title>). */
  title: string
  baseline: string
  target: string
  plan: string
  measured: string
}

export type FollowUpChartOptions = { language: Language; width?: number; height?: number; fontSize?: number }

type Line = { x1: number; y1: number; x2: number; y2: number }
/** A text in the picture: where its baseline starts (or is centred / ends, by anchor). */
export type ChartText = { x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end' }

export type FollowUpChartLayout = {
  width: number
  height: number
  fontSize: number
  title: string
  plot: { left: number; top: number; right: number; bottom: number }
  /** The unit above the value axis, or null when the indicator has none. */
  unit: ChartText | null
  xTicks: { x: number; label: ChartText }[]
  yTicks: { y: number; label: ChartText }[]
  /** A level across the plot with its label ("Nollvärde 3 100") in the right margin. */
  baseline: { line: Line; label: ChartText } | null
  target: { line: Line; label: ChartText } | null
  /** From (baseline date, baseline) to (target date, target); null unless both values and both dates exist. */
  plan: Line | null
  /** The measured values in date order. */
  points: { cx: number; cy: number; date: string; value: number }[]
  /** The value of the latest measurement, beside its point, on a white box. */
  latest: { label: ChartText; box: { x: number; y: number; width: number; height: number } } | null
  legend: { kind: 'plan' | 'measured'; x: number; y: number; label: ChartText }[]
}

const DAY_MS = 86_400_000
const COLORS = {
  text: '#1c2330',
  muted: '#4a5568',
  grid: '#e3e7ec',
  baseline: '#5f6b7a',
  target: '#1e7b3c',
  plan: '#9aa5b1',
  measured: '#1b5a9a'
}

/** Days since 1970 of a YYYY-MM-DD date, in UTC so no summer time shifts a point. */
function dayOf(isoDate: string): number {
  return Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / DAY_MS
}

/** Maps [min, max] onto [from, to]; a span of nothing maps onto the middle. */
function scale(min: number, max: number, from: number, to: number): (value: number) => number {
  return (value) => (max === min ? (from + to) / 2 : from + ((value - min) / (max - min)) * (to - from))
}

/** A round step (1, 2, 2.5 or 5 times a power of ten) near `rough`. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough))
  const f = rough / power
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * power
}

/** The value axis: from a round number below the lowest value to one above the highest, in about four steps. */
function valueTicks(values: readonly number[]): number[] {
  let min = Math.min(...values)
  let max = Math.max(...values)
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1
    min -= pad
    max += pad
  }
  const step = niceStep((max - min) / 4)
  const first = Math.floor(min / step + 1e-9) * step
  const last = Math.ceil(max / step - 1e-9) * step
  const ticks: number[] = []
  // Rounded to the step's precision, so no 0.30000000000000004 reaches a label.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1)
  for (let v = first; v <= last + step / 2; v += step) ticks.push(Number(v.toFixed(decimals)))
  return ticks
}

const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120]

/** The first day of every `step`-th month (January-aligned) within [fromDay, toDay], as day numbers. */
function monthTicks(fromDay: number, toDay: number, step: number): number[] {
  const from = new Date(fromDay * DAY_MS)
  const out: number[] = []
  // Months counted from year 0, so a step of 12 lands on every January and 3 on every quarter.
  for (let m = Math.ceil((from.getUTCFullYear() * 12 + from.getUTCMonth()) / step) * step; ; m += step) {
    const day = Date.UTC(Math.floor(m / 12), m % 12, 1) / DAY_MS
    if (day < fromDay) continue
    if (day > toDay) break
    out.push(day)
  }
  return out
}

/** The chart's layout, or null when there is nothing to draw (no baseline, no target, no measurement). */
export function layoutFollowUpChart(
  indicator: ChartIndicator,
  measurementsIn: readonly ChartMeasurement[],
  texts: FollowUpChartTexts,
  options: FollowUpChartOptions
): FollowUpChartLayout | null {
  const { baselineValue: baseline, targetValue: target, baselineDate, targetDate } = indicator
  if (measurementsIn.length === 0 && baseline === null && target === null) return null
  const lang = options.language
  const width = options.width ?? 640
  const height = options.height ?? 300
  const fontSize = options.fontSize ?? 12
  const number = (v: number) => formatNumber(v, lang)
  const measurements = [...measurementsIn].sort((a, b) => a.date.localeCompare(b.date))

  // Value axis
  const values = [baseline, target, ...measurements.map((m) => m.value)].filter((v): v is number => v !== null)
  const ticks = valueTicks(values)
  const yMin = ticks[0]!
  const yMax = ticks.at(-1)!
  const tickLabels = ticks.map(number)
  const levelLabel = (word: string, v: number) => `${word} ${number(v)}`
  const baselineText = baseline === null ? null : levelLabel(texts.baseline, baseline)
  const targetText = target === null ? null : levelLabel(texts.target, target)

  // Margins from the texts they hold: value labels on the left, the level labels on the right.
  const widest = (list: (string | null)[]) =>
    Math.max(0, ...list.filter((s): s is string => s !== null).map((s) => estimateTextWidth(s, fontSize)))
  const unit = indicator.unit.trim()
  const left = Math.ceil(Math.max(widest(tickLabels) + 12, 28))
  // The level labels are bold: a tenth wider than the estimate for regular text.
  const right = width - Math.ceil(Math.max(widest([baselineText, targetText]) * 1.1 + 14, 16))
  const top = Math.ceil(fontSize * 2 + 6)
  const legendRow = height - Math.ceil(fontSize * 0.6)
  const bottom = height - Math.ceil(fontSize * 4.2)
  const plot = { left, top, right, bottom }
  const y = scale(yMin, yMax, bottom, top)

  // Time axis: every date the chart knows, with a little room either side so no point sits on the frame.
  const dates = [baselineDate, targetDate, ...measurements.map((m) => m.date)].filter((d): d is string => d !== null)
  const days = dates.map(dayOf)
  let firstDay = days.length > 0 ? Math.min(...days) : 0
  let lastDay = days.length > 0 ? Math.max(...days) : 0
  if (days.length > 0 && lastDay - firstDay < 60) {
    firstDay -= 45
    lastDay += 45
  } else {
    const pad = (lastDay - firstDay) * 0.04
    firstDay -= pad
    lastDay += pad
  }
  const x = scale(firstDay, lastDay, left, right)

  const xTicks: FollowUpChartLayout['xTicks'] = []
  if (days.length > 0) {
    const maxTicks = Math.max(2, Math.floor((right - left) / (fontSize * 7.5)))
    const spanMonths = (lastDay - firstDay) / 30.44
    const step = MONTH_STEPS.find((s) => spanMonths / s <= maxTicks) ?? 120
    const yearOnly = step >= 12
    const format = new Intl.DateTimeFormat(
      localeOf(lang),
      yearOnly ? { year: 'numeric', timeZone: 'UTC' } : { month: 'short', year: 'numeric', timeZone: 'UTC' }
    )
    for (const day of monthTicks(firstDay, lastDay, step)) {
      const tx = x(day)
      xTicks.push({
        x: tx,
        label: { x: tx, y: bottom + 8 + fontSize, text: format.format(new Date(day * DAY_MS)), anchor: 'middle' }
      })
    }
  }

  const yTicks = ticks.map((v, i) => ({
    y: y(v),
    label: { x: left - 8, y: y(v) + fontSize * 0.35, text: tickLabels[i]!, anchor: 'end' as const }
  }))

  // Level labels in the right margin; two close levels are pushed apart so their labels never overlap.
  const levelY = { baseline: baseline === null ? null : y(baseline), target: target === null ? null : y(target) }
  const labelY = { ...levelY }
  const minGap = fontSize + 3
  if (labelY.baseline !== null && labelY.target !== null && Math.abs(labelY.baseline - labelY.target) < minGap) {
    const mid = (labelY.baseline + labelY.target) / 2
    const sign = labelY.baseline >= labelY.target ? 1 : -1
    labelY.baseline = mid + (sign * minGap) / 2
    labelY.target = mid - (sign * minGap) / 2
  }
  const level = (ly: number | null, lbl: number | null, text: string | null) =>
    ly === null || lbl === null || text === null
      ? null
      : {
          line: { x1: left, y1: ly, x2: right, y2: ly },
          label: { x: right + 8, y: lbl + fontSize * 0.35, text, anchor: 'start' as const }
        }

  const plan =
    baseline !== null && target !== null && baselineDate !== null && targetDate !== null
      ? { x1: x(dayOf(baselineDate)), y1: y(baseline), x2: x(dayOf(targetDate)), y2: y(target) }
      : null

  const points = measurements.map((m) => ({
    cx: days.length > 0 ? x(dayOf(m.date)) : (left + right) / 2,
    cy: y(m.value),
    date: m.date,
    value: m.value
  }))

  let latest: FollowUpChartLayout['latest'] = null
  const last = points.at(-1)
  if (last) {
    const text = number(last.value)
    const w = estimateTextWidth(text, fontSize) * 1.1 + 6
    const h = fontSize + 4
    // Right of the point (the latest is the rightmost, so nothing else is there), or left of it near the edge.
    const bx = last.cx + 9 + w <= right ? last.cx + 9 : last.cx - 9 - w
    const by = Math.min(Math.max(last.cy - h / 2, top), bottom - h)
    latest = {
      box: { x: bx, y: by, width: w, height: h },
      label: { x: bx + w / 2, y: by + h - 4, text, anchor: 'middle' }
    }
  }

  const legend: FollowUpChartLayout['legend'] = []
  let lx = left
  for (const kind of ['plan', 'measured'] as const) {
    if (kind === 'plan' ? plan === null : points.length === 0) continue
    const text = kind === 'plan' ? texts.plan : texts.measured
    legend.push({ kind, x: lx, y: legendRow, label: { x: lx + 28, y: legendRow, text, anchor: 'start' } })
    lx += 28 + estimateTextWidth(text, fontSize) + 20
  }

  return {
    width,
    height,
    fontSize,
    title: texts.title,
    plot,
    unit: unit ? { x: left, y: fontSize + 2, text: unit, anchor: 'start' } : null,
    xTicks,
    yTicks,
    baseline: level(levelY.baseline, labelY.baseline, baselineText),
    target: level(levelY.target, labelY.target, targetText),
    plan,
    points,
    latest,
    legend
  }
}

function text(t: ChartText, fontSize: number, fill: string, extra = ''): string {
  return `<text x="${n(t.x)}" y="${n(t.y)}" font-size="${fontSize}" text-anchor="${t.anchor}" fill="${fill}"${extra}>${esc(t.text)}</text>`
}

function line(l: Line, stroke: string, extra = ''): string {
  return `<line x1="${n(l.x1)}" y1="${n(l.y1)}" x2="${n(l.x2)}" y2="${n(l.y2)}" stroke="${stroke}"${extra}/>`
}

/**
 * The chart as a standalone SVG document (for the screen and, rasterised, for Word). `hidden` leaves the name to
 * an element around it (aria-hidden, no title), so a screen reader meets the picture once.
 */
export function followUpChartSvg(layout: FollowUpChartLayout, idPrefix = 'followup', hidden = false): string {
  const { width, height, plot, fontSize } = layout
  const id = idPrefix.replace(/[^A-Za-z0-9_-]/g, '')
  const size = `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`
  const out: string[] = [
    hidden
      ? `<svg xmlns="http://www.w3.org/2000/svg" ${size} aria-hidden="true" font-family="${esc(MATRIX_FONT_FAMILY)}">`
      : `<svg xmlns="http://www.w3.org/2000/svg" ${size} role="img" aria-labelledby="${id}-title" font-family="${esc(MATRIX_FONT_FAMILY)}">\n<title id="${id}-title">${esc(layout.title)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`
  ]
  for (const t of layout.yTicks) {
    out.push(
      line({ x1: plot.left, y1: t.y, x2: plot.right, y2: t.y }, COLORS.grid),
      text(t.label, fontSize, COLORS.text)
    )
  }
  for (const t of layout.xTicks) {
    out.push(
      line({ x1: t.x, y1: plot.bottom, x2: t.x, y2: plot.bottom + 5 }, COLORS.muted),
      text(t.label, fontSize, COLORS.text)
    )
  }
  out.push(
    line({ x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.bottom }, COLORS.muted),
    line({ x1: plot.left, y1: plot.top, x2: plot.left, y2: plot.bottom }, COLORS.muted)
  )
  if (layout.unit) out.push(text(layout.unit, fontSize, COLORS.muted, ' font-style="italic"'))
  if (layout.baseline) {
    out.push(
      line(layout.baseline.line, COLORS.baseline, ' stroke-width="1.5" stroke-dasharray="5 4"'),
      text(layout.baseline.label, fontSize, COLORS.baseline, ' font-weight="bold"')
    )
  }
  if (layout.target) {
    out.push(
      line(layout.target.line, COLORS.target, ' stroke-width="1.5" stroke-dasharray="9 4"'),
      text(layout.target.label, fontSize, COLORS.target, ' font-weight="bold"')
    )
  }
  if (layout.plan) out.push(line(layout.plan, COLORS.plan, ' stroke-width="2.5"'))
  if (layout.points.length > 1) {
    const path = layout.points.map((p) => `${n(p.cx)},${n(p.cy)}`).join(' ')
    out.push(`<polyline points="${path}" fill="none" stroke="${COLORS.measured}" stroke-width="2"/>`)
  }
  for (const p of layout.points) {
    out.push(
      `<circle cx="${n(p.cx)}" cy="${n(p.cy)}" r="4.5" fill="${COLORS.measured}" stroke="#ffffff" stroke-width="1.5"/>`
    )
  }
  if (layout.latest) {
    const b = layout.latest.box
    out.push(
      `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" rx="3" fill="#ffffff" fill-opacity="0.9"/>`,
      text(layout.latest.label, fontSize, COLORS.measured, ' font-weight="bold"')
    )
  }
  for (const item of layout.legend) {
    const mid = item.y - fontSize * 0.35
    if (item.kind === 'plan') {
      out.push(line({ x1: item.x, y1: mid, x2: item.x + 22, y2: mid }, COLORS.plan, ' stroke-width="2.5"'))
    } else {
      out.push(
        line({ x1: item.x, y1: mid, x2: item.x + 22, y2: mid }, COLORS.measured, ' stroke-width="2"'),
        `<circle cx="${n(item.x + 11)}" cy="${n(mid)}" r="4.5" fill="${COLORS.measured}" stroke="#ffffff" stroke-width="1.5"/>`
      )
    }
    out.push(text(item.label, fontSize, COLORS.text))
  }
  out.push('</svg>')
  return out.join('\n')
}
