/** The follow-up report (Uppföljningsrapport): how far each area of an engagement has come, as of the document date. */
import { AlignmentType, Paragraph, TextRun } from 'docx'
import type { FileChild } from 'docx'
import { FollowUpReportModel } from '@shared/document-model'
import type { FollowUpArea } from '@shared/document-model'
import type { FollowUpStatus } from '@shared/follow-up'
import { followUpChartSvg, layoutFollowUpChart } from '@shared/follow-up-chart'
import type { FollowUpChartLayout } from '@shared/follow-up-chart'
import { formatDate, formatNumber, formatSek, formatShare, localeOf } from '@shared/format'
import type { Language } from '@shared/settings'
import { renderMatrixPng } from '../services/matrix-png'
import {
  bullets,
  dataTable,
  documentContext,
  factTable,
  gap,
  heading,
  para,
  picture,
  renderDocx,
  TEXT_WIDTH_PX
} from './blocks'
import type { Ctx } from './blocks'
import { contactSection } from './sections'
import { cleanLine } from './texts'

/** The statuses the summary always lists; the others only when an area has them. */
const ALWAYS_LISTED: readonly FollowUpStatus[] = ['reached', 'on-track', 'off-track', 'no-measurement']
const SUMMARY_ORDER: readonly FollowUpStatus[] = [
  'reached',
  'on-track',
  'off-track',
  'no-measurement',
  'incomplete',
  'baseline-equals-target',
  'no-indicator'
]

/** A share as a whole percentage: "78 %" in Swedish, "78%" in English; never "0 %" for a share that is not zero. */
export function formatPercent(share: number, lang: Language): string {
  return formatShare(share, lang)
}

/** "2 940 MWh/år" */
function valueWithUnit(ctx: Ctx, value: number, unit: string): string {
  const number = formatNumber(value, ctx.lang)
  return unit.trim() ? ctx.t('common.valueWithUnit', { value: number, unit: cleanLine(unit) }) : number
}

/** "3 100 MWh/år (31 dec. 2025)", or "Ej angivet". */
function dated(ctx: Ctx, value: number | null, unit: string, date: string | null): string {
  if (value === null) return ctx.t('common.notGiven')
  const text = valueWithUnit(ctx, value, unit)
  return date ? `${text} ${ctx.t('common.dateOf', { date: formatDate(date, ctx.lang, 'medium') })}` : text
}

/** The area's progress in words, from its follow-up at the document date. */
export function progressWords(ctx: Ctx, area: FollowUpArea): string {
  const { t, lang } = ctx
  const key = 'followUp.progress'
  const progress = area.progress === null ? '' : formatPercent(area.progress, lang)
  const expected = area.expected === null ? '' : formatPercent(area.expected, lang)
  switch (area.status) {
    case 'reached':
      return t(`${key}.reached`, { progress })
    case 'on-track':
    case 'off-track':
      // Worse than the baseline: "−20 % of the way" would read as nonsense without saying so.
      if (area.progress !== null && area.progress < 0) return t(`${key}.worse`, { progress })
      return area.expected === null
        ? t(`${key}.on-track-undated`, { progress })
        : t(`${key}.${area.status}`, { progress, expected })
    case 'no-measurement':
    case 'incomplete':
    case 'baseline-equals-target':
      return t(`${key}.${area.status}`)
    case 'no-indicator':
      return t(`followUp.status.no-indicator`)
  }
}

/** "1 470 000 kr av uppskattade 2 100 000 kr", "–" without an estimate. */
function realisedText(ctx: Ctx, area: FollowUpArea): string {
  if (area.annualEffectSek === null) return '–'
  return ctx.t('followUp.areas.realisedValue', {
    realised: area.realisedAnnualEffectSek === null ? '–' : formatSek(area.realisedAnnualEffectSek, ctx.lang),
    estimated: formatSek(area.annualEffectSek, ctx.lang)
  })
}

/** What a chart shows, for its caption: "nollvärde, mål, planerad väg och mätvärden" (only what is drawn). */
function drawn(ctx: Ctx, layout: FollowUpChartLayout): string {
  const parts = [
    layout.baseline && 'baseline',
    layout.target && 'target',
    layout.plan && 'plan',
    layout.points.length > 0 && 'measured'
  ].filter((p): p is string => typeof p === 'string')
  const list = new Intl.ListFormat(localeOf(ctx.lang), { style: 'long', type: 'conjunction' })
  return list.format(parts.map((p) => ctx.t(`followUp.chart.parts.${p}`)))
}

/** The chart of an area as a picture with its caption, or nothing when there is nothing to draw. */
function chartFigure(ctx: Ctx, area: FollowUpArea, figures: { count: number }): FileChild[] {
  const ind = area.indicator
  if (!ind) return []
  const { t } = ctx
  const name = cleanLine(ind.name) || cleanLine(area.title)
  const layout = layoutFollowUpChart(
    { ...ind, unit: cleanLine(ind.unit) },
    area.measurements,
    {
      title: t('followUp.chart.title', { name }),
      baseline: t('followUp.chart.baseline'),
      target: t('followUp.chart.target'),
      plan: t('followUp.chart.plan'),
      measured: t('followUp.chart.measured')
    },
    // A little flatter than on screen, so facts, chart and a few measurements share one page.
    { language: ctx.lang, height: 280 }
  )
  if (!layout) return []
  figures.count += 1
  const figure = figures.count
  // Twice the displayed width, so the picture stays sharp when printed.
  const png = renderMatrixPng(followUpChartSvg(layout, `chart${figure}`), layout.width * 2)
  return [
    picture(
      { type: 'png', data: png, widthPx: layout.width * 2, heightPx: layout.height * 2 },
      layout.title,
      TEXT_WIDTH_PX,
      800,
      AlignmentType.CENTER
    ),
    new Paragraph({
      style: 'Caption',
      children: [
        new TextRun(t('followUp.areas.chartCaption', { n: figure, indicator: name, parts: drawn(ctx, layout) }))
      ]
    })
  ]
}

/** One area with an indicator: its facts, its progress in words, its chart and its measurements. */
function areaSection(ctx: Ctx, area: FollowUpArea, figures: { count: number }, first: boolean): FileChild[] {
  const { t, lang } = ctx
  const ind = area.indicator!
  const a = (key: string) => t(`common.area.${key}`)
  const prefix = area.rank === null ? '' : `${area.rank}. `
  // One area a page (the first shares its page with the section's lead): facts, chart and table stay together.
  const out: FileChild[] = [heading(`${prefix}${cleanLine(area.title)}`, 2, { pageBreakBefore: !first })]
  const name = cleanLine(ind.name) || t('common.notGiven')
  const unit = cleanLine(ind.unit)
  const direction = t(`common.direction.${ind.direction}`)
  const facts: [string, string][] = [
    [a('indicator'), unit ? `${name} (${unit}, ${direction})` : `${name} (${direction})`],
    [a('baseline'), dated(ctx, ind.baselineValue, ind.unit, ind.baselineDate)],
    [a('target'), dated(ctx, ind.targetValue, ind.unit, ind.targetDate)],
    [
      t('followUp.areas.latest'),
      area.latest ? dated(ctx, area.latest.value, ind.unit, area.latest.date) : t('followUp.areas.noMeasurement')
    ],
    [t('followUp.areas.status'), t(`followUp.status.${area.status}`)]
  ]
  if (area.annualEffectSek !== null && area.realisedAnnualEffectSek !== null)
    facts.push([t('followUp.areas.realised'), realisedText(ctx, area)])
  else if (area.annualEffectSek !== null)
    facts.push([a('effect'), t('common.perYear', { value: formatSek(area.annualEffectSek, lang) })])
  if (ind.dataSource.trim()) facts.push([a('dataSource'), ind.dataSource])
  out.push(factTable(facts), gap())
  out.push(para(progressWords(ctx, area), { keepNext: true }))
  out.push(...chartFigure(ctx, area, figures))
  if (area.measurements.length > 0) {
    const c = (key: string) => t(`followUp.areas.measurementsColumns.${key}`)
    const withSource = area.measurements.some((m) => m.source !== undefined)
    const columns = withSource
      ? [
          { header: c('date'), width: 1500 },
          { header: c('value'), width: 2200, align: 'right' as const },
          { header: c('source'), width: 2400 },
          { header: c('note'), width: 3070 }
        ]
      : [
          { header: c('date'), width: 1700 },
          { header: c('value'), width: 2600, align: 'right' as const },
          { header: c('note'), width: 5270 }
        ]
    out.push(
      heading(t('followUp.areas.measurementsHeading'), 3),
      dataTable(
        ctx,
        columns,
        area.measurements.map((m) => [
          formatDate(m.date, lang, 'medium'),
          valueWithUnit(ctx, m.value, ind.unit),
          ...(withSource ? [cleanLine(m.source ?? '')] : []),
          cleanLine(m.note)
        ])
      )
    )
  }
  // No gap paragraph after the last table: on a full page it would spill over alone, and the next area's page
  // break would then leave a blank page behind it.
  return out
}

/** Validates the model and builds the follow-up report as .docx bytes. Throws a ZodError on an invalid model. */
export async function renderFollowUpReport(input: unknown): Promise<Uint8Array> {
  const model = FollowUpReportModel.parse(input)
  const ctx = documentContext(model)
  const { t, lang } = ctx
  const client = cleanLine(model.client.name)
  const date = formatDate(model.date, lang, 'long')
  const body: FileChild[] = []

  // Summary
  body.push(heading(t('followUp.summary.heading'), 1, { pageBreakBefore: true }))
  body.push(
    para(t('followUp.summary.intro', { date, engagement: cleanLine(model.engagementTitle) }), { keepNext: true })
  )
  const { counts } = model.summary
  const sc = (key: string) => t(`followUp.summary.columns.${key}`)
  const listed = SUMMARY_ORDER.filter((s) => ALWAYS_LISTED.includes(s) || counts[s] > 0)
  body.push(
    dataTable(
      ctx,
      [
        { header: sc('status'), width: 6070 },
        { header: sc('count'), width: 3000, align: 'right' }
      ],
      listed.map((s) => [t(`followUp.status.${s}`), formatNumber(counts[s], lang)]),
      [[t('followUp.summary.total'), formatNumber(model.areas.length, lang)]]
    ),
    gap()
  )
  body.push(heading(t('followUp.summary.effectHeading'), 2))
  const { realisedAnnualEffectSek: realised, estimatedAnnualEffectSek: estimated } = model.summary
  if (estimated > 0) {
    body.push(
      para(
        t('followUp.summary.effect', {
          date,
          realised: formatSek(realised, lang),
          estimated: formatSek(estimated, lang),
          share: formatPercent(realised / estimated, lang)
        })
      ),
      para(t('followUp.summary.effectHow'))
    )
  } else {
    body.push(para(t('followUp.summary.effectNone')))
  }
  if (model.areas.length > 0) {
    const oc = (key: string) => t(`followUp.summary.overviewColumns.${key}`)
    body.push(
      heading(t('followUp.summary.overviewHeading'), 2),
      dataTable(
        ctx,
        [
          { header: oc('area'), width: 3270 },
          { header: oc('status'), width: 2000 },
          { header: oc('progress'), width: 1700, align: 'right' },
          { header: oc('realised'), width: 2100, align: 'right' }
        ],
        model.areas.map((a) => [
          { text: `${a.rank === null ? '' : `${a.rank}. `}${cleanLine(a.title)}`, bold: true },
          t(`followUp.status.${a.status}`),
          a.progress === null ? '–' : formatPercent(a.progress, lang),
          a.realisedAnnualEffectSek === null ? '–' : formatSek(a.realisedAnnualEffectSek, lang)
        ])
      ),
      gap()
    )
  }

  // The areas
  body.push(heading(t('followUp.areas.heading'), 1, { pageBreakBefore: true }))
  const measured = model.areas.filter((a) => a.indicator !== null)
  const without = model.areas.filter((a) => a.indicator === null)
  if (model.areas.length === 0) body.push(para(t('followUp.areas.none')))
  else if (measured.length > 0) body.push(para(t('followUp.areas.intro')))
  const figures = { count: 0 }
  measured.forEach((area, i) => body.push(...areaSection(ctx, area, figures, i === 0)))
  if (without.length > 0) {
    body.push(
      heading(t('followUp.areas.withoutIndicatorHeading'), 2, { pageBreakBefore: measured.length > 0 }),
      para(t('followUp.areas.withoutIndicatorIntro'), { keepNext: true }),
      ...bullets(without.map((a) => `${a.rank === null ? '' : `${a.rank}. `}${cleanLine(a.title)}`))
    )
  }

  // How the status is worked out
  body.push(heading(t('followUp.about.heading'), 1), para(t('followUp.about.text')))
  // Contact, as the proposal and the workshop report close: left out when the branding has nothing to show.
  body.push(...contactSection(ctx, t('followUp.contact.heading'), t('followUp.contact.intro')))

  const frame = {
    kicker: t('followUp.coverKicker'),
    title: cleanLine(model.engagementTitle),
    subject: t('followUp.subject', { client })
  }
  return renderDocx(ctx, model, frame, body)
}
