/**
 * Sections both documents contain: an area in detail, the areas table, the value/effort picture,
 * and the figures of an evaluation.
 */
import { AlignmentType, Paragraph, SequentialIdentifier, TextRun } from 'docx'
import type { FileChild } from 'docx'
import type { DocumentArea, DocumentIndicator, DocumentMatrix, EvaluationFigures } from '@shared/document-model'
import { ASPECTS, roundToOneDecimal } from '@shared/evaluations'
import { formatDate, formatDecimal1, formatNumber, formatSek } from '@shared/format'
import {
  layoutMatrix,
  matrixSvg,
  QUADRANT_KEYS,
  type MatrixLayout,
  type MatrixPoint,
  type QuadrantKey
} from '@shared/matrix'
import { renderMatrixPng } from '../services/matrix-png'
import { contactBlock, dataTable, factTable, gap, heading, para, paras, picture, TEXT_WIDTH_PX } from './blocks'
import type { Ctx } from './blocks'
import { cleanLine, countWord, listOf } from './texts'

/** "3 100 MWh/år (31 dec. 2025)", or "Ej angivet". */
function measured(ctx: Ctx, value: number | null, unit: string, date: string | null): string {
  if (value === null) return ctx.t('common.notGiven')
  const number = formatNumber(value, ctx.lang)
  const withUnit = unit.trim() ? ctx.t('common.valueWithUnit', { value: number, unit: cleanLine(unit) }) : number
  return date ? `${withUnit} ${ctx.t('common.dateOf', { date: formatDate(date, ctx.lang, 'medium') })}` : withUnit
}

/** "Elanvändning: 3 100 → 1 400 MWh/år" for the areas table. */
export function indicatorSummary(ctx: Ctx, indicator: DocumentIndicator | null): string {
  if (!indicator) return ctx.t('common.notGiven')
  const show = (v: number | null) => (v === null ? '?' : formatNumber(v, ctx.lang))
  const arrow = ctx.t('common.arrow', { baseline: show(indicator.baselineValue), target: show(indicator.targetValue) })
  const unit = cleanLine(indicator.unit)
  const name = cleanLine(indicator.name)
  const values = unit ? `${arrow} ${unit}` : arrow
  return name ? `${name}: ${values}` : values
}

const countsOf = new WeakMap<readonly DocumentArea[], Map<number, number>>()
/** How many areas hold each rank, counted once per list (a 500-area document asks for every area's rank twice). */
function rankCounts(all: readonly DocumentArea[]): Map<number, number> {
  let counts = countsOf.get(all)
  if (!counts) {
    counts = new Map()
    for (const a of all) if (a.rank !== null) counts.set(a.rank, (counts.get(a.rank) ?? 0) + 1)
    countsOf.set(all, counts)
  }
  return counts
}

/** The rank as shown: "2", "2 (delad)" when another area has it too, "–" when unranked. */
export function rankLabel(ctx: Ctx, area: DocumentArea, all: readonly DocumentArea[]): string {
  if (area.rank === null) return ctx.t('common.unranked')
  const shared = (rankCounts(all).get(area.rank) ?? 0) > 1
  return shared ? ctx.t('common.rankShared', { rank: area.rank }) : String(area.rank)
}

/** The estimated yearly effect, in kronor and/or in the indicator's unit. */
function effectText(ctx: Ctx, area: DocumentArea): string {
  if (area.annualEffectSek === null) return '–'
  return ctx.t('common.perYear', { value: formatSek(area.annualEffectSek, ctx.lang) })
}

/** The prioritised areas as one table: rank, area, indicator baseline → target, effect, route. */
export function areasTable(ctx: Ctx, areas: readonly DocumentArea[]): FileChild[] {
  const c = (key: string) => ctx.t(`proposal.areas.columns.${key}`)
  // Before the prioritisation no area has a rank: the table leaves the column out rather than fill it with dashes.
  // Nor an effect column when no area has an estimate yet.
  const ranked = areas.some((a) => a.rank !== null)
  const effects = areas.some((a) => a.annualEffectSek !== null)
  return [
    dataTable(
      ctx,
      [
        ...(ranked ? [{ header: c('rank'), width: 720, align: 'center' as const }] : []),
        { header: c('area'), width: 2080 + (ranked ? 0 : 720) + (effects ? 0 : 1000) },
        { header: c('indicator'), width: effects ? 2300 : 3000 },
        ...(effects ? [{ header: c('effect'), width: 1700, align: 'right' as const }] : []),
        { header: c('route'), width: 2270 }
      ],
      areas.map((a) => [
        ...(ranked ? [rankLabel(ctx, a, areas)] : []),
        { text: cleanLine(a.title), bold: true },
        indicatorSummary(ctx, a.indicator),
        // The column header says "per year": the cell holds the amount alone, so it never wraps mid-number.
        ...(effects ? [a.annualEffectSek === null ? '–' : formatSek(a.annualEffectSek, ctx.lang)] : []),
        ctx.t(`common.route.${a.route}`)
      ])
    ),
    gap()
  ]
}

/** One area in detail: problem and cost, how it is measured, and the role of procurement. */
export function areaDetails(
  ctx: Ctx,
  area: DocumentArea,
  all: readonly DocumentArea[],
  options: { showVotes: boolean }
): FileChild[] {
  const { t, lang } = ctx
  const a = (key: string) => t(`common.area.${key}`)
  const prefix = area.rank === null ? '' : `${area.rank}. `
  const out: FileChild[] = [heading(`${prefix}${cleanLine(area.title)}`, 2)]
  // The problem stays with its heading and the facts that follow.
  if (area.problem.trim()) out.push(...paras(area.problem, { keepNext: true }))
  const facts: [string, string][] = []
  if (area.costPerYearSek !== null) {
    const note = cleanLine(area.costEstimateNote)
    facts.push([
      a('cost'),
      `${t('common.perYear', { value: formatSek(area.costPerYearSek, lang) })}${note ? `\n${note}` : ''}`
    ])
  }
  if (area.rank !== null && area.score !== null) {
    facts.push([a('rank'), rankLabel(ctx, area, all)], [a('score'), formatNumber(area.score, lang, 2)])
  }
  if (options.showVotes && area.votes !== null) facts.push([a('votes'), formatNumber(area.votes, lang)])
  if (facts.length > 0) out.push(factTable(facts), gap())

  out.push(heading(a('measuringHeading'), 3))
  const ind = area.indicator
  const measure: [string, string][] = []
  if (ind) {
    const name = cleanLine(ind.name)
    measure.push([
      a('indicator'),
      `${name || t('common.notGiven')}${ind.unit.trim() ? ` (${cleanLine(ind.unit)}, ${t(`common.direction.${ind.direction}`)})` : ''}`
    ])
    measure.push([a('baseline'), measured(ctx, ind.baselineValue, ind.unit, ind.baselineDate)])
    measure.push([a('target'), measured(ctx, ind.targetValue, ind.unit, ind.targetDate)])
    if (ind.dataSource.trim()) measure.push([a('dataSource'), ind.dataSource])
    if (ind.owner.trim()) measure.push([a('owner'), ind.owner])
  } else {
    measure.push([a('indicator'), t('common.notGiven')])
  }
  if (area.goal) measure.push([a('goal'), area.goal])
  out.push(factTable(measure), gap())

  out.push(heading(a('procurementHeading'), 3))
  // The rationale is the consultant's own prose; the role of procurement is a fact beside it, never a bare phrase.
  if (area.necessityRationale.trim()) out.push(...paras(area.necessityRationale, { keepNext: true }))
  const procurement: [string, string][] = []
  if (area.procurementNecessity) procurement.push([a('necessity'), t(`common.necessity.${area.procurementNecessity}`)])
  // An area that needs no procurement has no route to suggest: "not needed" and "route: undecided" would contradict.
  if (area.procurementNecessity !== 'not-necessary') {
    procurement.push([a('route'), t(`common.route.${area.route}`)])
    procurement.push([a('development'), area.needsDevelopment ? t('common.yes') : t('common.no')])
    if (area.contractValueSek !== null) procurement.push([a('contractValue'), formatSek(area.contractValueSek, lang)])
  }
  if (area.annualEffectSek !== null) procurement.push([a('effect'), effectText(ctx, area)])
  out.push(factTable(procurement), gap())
  return out
}

/** The tallest the matrix may be drawn: a page's text height less room for the caption, in px at 96 dpi. */
const MATRIX_MAX_HEIGHT_PX = 860
/** Dot numbers and tick labels in px at 96 dpi: 9.75 pt when printed (titles are 1 px larger). */
const MATRIX_FONT_PX = 13

/**
 * The matrix laid out for print: as wide as the text column, so one unit of the picture is one pixel (at 96 dpi)
 * on the page, and every text on it stays at 9 pt or more (printFontPt of the placed width).
 */
export function printMatrixLayout(
  points: readonly MatrixPoint[],
  quadrantTitles: Record<QuadrantKey, string>
): { layout: MatrixLayout; placedWidthPx: number; placedHeightPx: number } {
  const layout = layoutMatrix(points, {
    width: TEXT_WIDTH_PX,
    fontSize: MATRIX_FONT_PX,
    maxHeight: MATRIX_MAX_HEIGHT_PX,
    quadrantTitles
  })
  const scale = Math.min(1, TEXT_WIDTH_PX / layout.width, MATRIX_MAX_HEIGHT_PX / layout.height)
  return { layout, placedWidthPx: layout.width * scale, placedHeightPx: layout.height * scale }
}

/**
 * A heading and the value/effort matrix under it, or nothing when no area is scored for both effect and feasibility:
 * a document never tells its reader that a picture could have been there.
 */
export function matrixSection(ctx: Ctx, headingText: string, matrix: DocumentMatrix | null): FileChild[] {
  const plotted = matrix !== null && matrix.points.some((p) => p.x !== null && p.y !== null)
  return plotted ? [heading(headingText, 2), ...matrixFigure(ctx, matrix)] : []
}

/**
 * The value/effort matrix: the picture of numbered dots across the text width, its caption, the rule for
 * scores on a quadrant line, and the legend as a Word table (number, area, rank, effect, feasibility,
 * quadrant) that names every area, so no name is ever cut.
 */
function matrixFigure(ctx: Ctx, matrix: DocumentMatrix): FileChild[] {
  const { t, lang } = ctx
  const quadrants = Object.fromEntries(
    QUADRANT_KEYS.map((key) => [key, t(`common.matrix.quadrants.${key}`)])
  ) as Record<QuadrantKey, string>
  const points = matrix.points.map((p) => ({ ...p, label: cleanLine(p.label) }))
  const { layout, placedWidthPx } = printMatrixLayout(points, quadrants)
  const svg = matrixSvg(
    layout,
    {
      title: t('common.matrix.title'),
      description: t('common.matrix.description'),
      xAxis: t('common.matrix.xAxis'),
      yAxis: t('common.matrix.yAxis'),
      quadrants
    },
    'docmatrix'
  )
  // Twice the placed width, so the picture stays sharp when printed.
  const png = renderMatrixPng(svg, Math.round(layout.width * 2))
  const l = (key: string) => t(`common.matrix.legend.${key}`)
  const rankCount = new Map<string, number>()
  for (const p of layout.legend) if (p.rank !== null) rankCount.set(p.rank, (rankCount.get(p.rank) ?? 0) + 1)
  const rankText = (rank: string | null) =>
    rank === null ? '–' : (rankCount.get(rank) ?? 0) > 1 ? t('common.rankShared', { rank }) : rank
  const score = (v: number | null) => (v === null ? '–' : formatNumber(v, lang))
  return [
    picture(
      { type: 'png', data: png, widthPx: layout.width * 2, heightPx: layout.height * 2 },
      matrixAltText(ctx, layout.legend),
      Math.round(placedWidthPx),
      MATRIX_MAX_HEIGHT_PX,
      AlignmentType.CENTER
    ),
    caption(ctx, 'figure', t('common.matrixCaption'), { keepNext: true }),
    para(t('common.matrix.rule'), { keepNext: true }),
    dataTable(
      ctx,
      [
        // The area gets what the figures leave; the quadrant column (last) fits "Gör vid tillfälle" on one line.
        { header: l('number'), width: 600, align: 'right' },
        { header: l('area'), width: 3570 },
        { header: l('rank'), width: 800, align: 'right' },
        { header: l('effect'), width: 900, align: 'right' },
        { header: l('feasibility'), width: 1300, align: 'right' },
        { header: l('quadrant'), width: 1900 }
      ],
      layout.legend.map((row) => [
        row.number === null ? '–' : { text: String(row.number), bold: true },
        row.label,
        rankText(row.rank),
        score(row.y),
        score(row.x),
        row.quadrant === null ? l('notPlotted') : quadrants[row.quadrant]
      ])
    ),
    gap()
  ]
}

/** Means with n per aspect, as a table. */
export function meansTable(ctx: Ctx, figures: EvaluationFigures, columnsKey: string): FileChild[] {
  const c = (key: string) => ctx.t(`${columnsKey}.${key}`)
  return [
    dataTable(
      ctx,
      [
        { header: c('aspect'), width: 4000 },
        { header: c('mean'), width: 2500, align: 'right' },
        { header: c('n'), width: 2500, align: 'right' }
      ],
      ASPECTS.map((aspect) => {
        const s = figures.aspects[aspect]
        return [
          ctx.t(`common.aspect.${aspect}`),
          s.mean === null ? '–' : formatDecimal1(roundToOneDecimal(s.mean), ctx.lang),
          formatNumber(s.answered, ctx.lang)
        ]
      })
    ),
    gap()
  ]
}

/** How many gave each grade, per aspect: grades 6 down to 1 as columns. */
export function gradeCountsTable(ctx: Ctx, figures: EvaluationFigures): FileChild[] {
  const grades = [6, 5, 4, 3, 2, 1] as const
  return [
    dataTable(
      ctx,
      [
        { header: ctx.t('report.evaluations.columns.aspect'), width: 2100 },
        ...grades.map((g) => ({ header: ctx.t(`common.grade.${g}`), width: 1160, align: 'center' as const }))
      ],
      ASPECTS.map((aspect) => [
        ctx.t(`common.aspect.${aspect}`),
        ...grades.map((g) => formatNumber(figures.aspects[aspect].counts[g - 1]!, ctx.lang))
      ])
    ),
    gap()
  ]
}

/**
 * The matrix described for a reader who cannot see it (the picture's alt text): what is plotted against what, how
 * many areas, and which lie in the quadrant to do first (by the layout's own rule for scores on a line).
 */
function matrixAltText(ctx: Ctx, legend: MatrixLayout['legend']): string {
  const plotted = legend.filter((row) => row.quadrant !== null)
  const high = plotted.filter((row) => row.quadrant === 'doFirst').map((row) => cleanLine(row.label))
  const count = countWord(plotted.length, ctx.lang)
  const name = ctx.t('common.matrix.quadrants.doFirst')
  const quadrant =
    high.length === 0
      ? ctx.t('common.matrix.altNoneHigh', { quadrant: name })
      : ctx.t('common.matrix.altHigh', { quadrant: name, areas: listOf(high, ctx.lang) })
  return `${ctx.t(plotted.length === 1 ? 'common.matrix.altOne' : 'common.matrix.alt', { count })} ${quadrant}`
}

/**
 * A caption in Word's Caption style whose number is a SEQ field ("Figur 1", "Tabell 2"), so Word renumbers it and
 * can list it in a table of figures. The identifier is the language's own word for the label.
 */
export function caption(
  ctx: Ctx,
  kind: 'figure' | 'table',
  text: string,
  options: { keepNext?: boolean } = {}
): Paragraph {
  const label = ctx.t(`common.caption.${kind}`)
  return new Paragraph({
    style: 'Caption',
    keepNext: options.keepNext,
    children: [new TextRun(`${label}\u00A0`), new SequentialIdentifier(label), new TextRun(`. ${text}`)]
  })
}

/**
 * The contact section: a heading, an intro and the sender's lines. Left out whole when the branding has no lines,
 * so a document never ends a section on an intro with nothing under it.
 */
export function contactSection(ctx: Ctx, headingText: string, intro: string): FileChild[] {
  const lines = contactBlock(ctx)
  if (lines.length === 0) return []
  return [heading(headingText, 1), para(intro, { keepNext: true }), ...lines]
}
