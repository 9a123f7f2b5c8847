/**
 * The sheets Mätbar exports: areas (with indicator, latest measurement, progress, score and rank), measurements,
 * evaluations, organisations and engagements, built from portfolio rows. Pure, so the app and `npm run docs:sample`
 * write the same columns; headers and labels come from the caller's translate function (the user's language).
 */
import type {
  Area,
  Criterion as CriterionRow,
  Engagement,
  Evaluation,
  Measurement,
  Organisation,
  Score,
  Workshop
} from './entities'
import { followUp, measurementsByArea } from './follow-up'
import { rankPortfolio } from './prioritisation-data'
import { dateCell, roundCell, textCell, type Cell, type ColumnType, type Sheet, type Workbook } from './spreadsheet'

/** The rows the sheets draw on. */
export type SheetTables = {
  organisations: readonly Organisation[]
  engagements: readonly Engagement[]
  workshops: readonly Workshop[]
  areas: readonly Area[]
  criteria: readonly CriterionRow[]
  scores: readonly Score[]
  measurements: readonly Measurement[]
  evaluations: readonly Evaluation[]
}

/** The tables a sheet can be made of, in the order the portfolio workbook lists them. */
export const SHEET_KINDS = ['areas', 'measurements', 'evaluations', 'organisations', 'engagements'] as const
export type SheetKind = (typeof SHEET_KINDS)[number]

/** Looks up a text by its full key (spreadsheets.…, areaStatus.…) in the user's language. */
export type SheetTranslate = (key: string) => string

/** What a sheet is built from: the rows, the texts, today (for the follow-up) and, optionally, which rows in which order. */
export type SheetOptions = {
  t: SheetTranslate
  /** The follow-up is judged as of this date (YYYY-MM-DD), as the areas list and Översikt judge it. */
  asOf: string
  /** Only these rows, in this order (a list page's filter and sort); all rows when absent. */
  ids?: readonly string[]
}

type ColumnSpec<R> = { key: string; type: ColumnType; value: (row: R) => Cell }

function sheetOf<R>(kind: SheetKind, t: SheetTranslate, specs: readonly ColumnSpec<R>[], rows: readonly R[]): Sheet {
  return {
    name: t(`spreadsheets.sheet.${kind}`),
    columns: specs.map((spec) => ({ header: t(`spreadsheets.column.${kind}.${spec.key}`), type: spec.type })),
    rows: rows.map((row) => specs.map((spec) => spec.value(row)))
  }
}

/** The rows named by ids in that order (unknown ids skipped), or all rows when ids is absent. */
function select<R extends { id: string }>(rows: readonly R[], ids: readonly string[] | undefined): readonly R[] {
  if (ids === undefined) return rows
  const byId = new Map(rows.map((row) => [row.id, row]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

const yesNo = (t: SheetTranslate, value: boolean) => t(value ? 'spreadsheets.value.yes' : 'spreadsheets.value.no')

/** A workshop as a reader names it: its title, or its date when it has none. */
function workshopName(workshop: Workshop | undefined): Cell {
  if (!workshop) return null
  return textCell(workshop.title.trim() || workshop.startsAt.slice(0, 10))
}

/** Lookups every sheet needs: the client and engagement of a row. */
function lookups(tables: SheetTables) {
  const organisations = new Map(tables.organisations.map((o) => [o.id, o]))
  const engagements = new Map(tables.engagements.map((e) => [e.id, e]))
  const workshops = new Map(tables.workshops.map((w) => [w.id, w]))
  const clientOf = (engagementId: string | undefined): Cell => {
    const engagement = engagementId === undefined ? undefined : engagements.get(engagementId)
    return textCell(engagement ? organisations.get(engagement.organisationId)?.name : null)
  }
  return { organisations, engagements, workshops, clientOf }
}

/** Areas with their indicator, latest measurement, progress and follow-up as of `asOf`, score and rank. */
export function areasSheet(tables: SheetTables, { t, asOf, ids }: SheetOptions): Sheet {
  const { engagements, workshops, clientOf } = lookups(tables)
  const ranks = rankPortfolio(tables.areas, tables.criteria, tables.scores)
  const measurementsOf = measurementsByArea(tables.measurements)
  const rows = select(tables.areas, ids).map((area) => ({
    area,
    rank: ranks.get(area.id),
    follow: followUp(area.indicator, measurementsOf.get(area.id) ?? [], asOf, area.annualEffectSek)
  }))
  type Row = (typeof rows)[number]
  const indicator = (get: (i: NonNullable<Area['indicator']>) => Cell) => (r: Row) =>
    r.area.indicator ? get(r.area.indicator) : null
  const specs: ColumnSpec<Row>[] = [
    { key: 'title', type: 'text', value: (r) => textCell(r.area.title) },
    { key: 'client', type: 'text', value: (r) => clientOf(r.area.engagementId) },
    { key: 'engagement', type: 'text', value: (r) => textCell(engagements.get(r.area.engagementId)?.title) },
    { key: 'workshop', type: 'text', value: (r) => workshopName(workshops.get(r.area.workshopId)) },
    { key: 'status', type: 'text', value: (r) => t(`areaStatus.${r.area.status}`) },
    { key: 'route', type: 'text', value: (r) => t(`routeShort.${r.area.route}`) },
    { key: 'costPerYear', type: 'money', value: (r) => r.area.costPerYearSek },
    { key: 'annualEffect', type: 'money', value: (r) => r.area.annualEffectSek },
    { key: 'contractValue', type: 'money', value: (r) => r.area.contractValueSek },
    { key: 'votes', type: 'integer', value: (r) => r.area.votes },
    { key: 'score', type: 'number', value: (r) => roundCell(r.rank?.ranked.score, 4) },
    { key: 'rank', type: 'integer', value: (r) => r.rank?.ranked.rank ?? null },
    { key: 'ranked', type: 'integer', value: (r) => (r.rank ? r.rank.count : null) },
    { key: 'indicator', type: 'text', value: indicator((i) => textCell(i.name)) },
    { key: 'unit', type: 'text', value: indicator((i) => textCell(i.unit)) },
    { key: 'direction', type: 'text', value: indicator((i) => t(`spreadsheets.direction.${i.direction}`)) },
    { key: 'baselineValue', type: 'number', value: indicator((i) => i.baselineValue) },
    { key: 'baselineDate', type: 'date', value: indicator((i) => dateCell(i.baselineDate)) },
    { key: 'targetValue', type: 'number', value: indicator((i) => i.targetValue) },
    { key: 'targetDate', type: 'date', value: indicator((i) => dateCell(i.targetDate)) },
    { key: 'dataSource', type: 'text', value: indicator((i) => textCell(i.dataSource)) },
    { key: 'latestValue', type: 'number', value: (r) => r.follow.latest?.value ?? null },
    { key: 'latestDate', type: 'date', value: (r) => dateCell(r.follow.latest?.date) },
    { key: 'progress', type: 'percent', value: (r) => roundCell(r.follow.progress, 4) },
    { key: 'expected', type: 'percent', value: (r) => roundCell(r.follow.expected, 4) },
    { key: 'followUp', type: 'text', value: (r) => t(`allAreas.followUpStatus.${r.follow.status}`) },
    { key: 'realisedEffect', type: 'money', value: (r) => r.follow.realisedAnnualEffectSek }
  ]
  return sheetOf('areas', t, specs, rows)
}

/** Every measured value, by area and date; `ids` names areas (only their measurements). */
export function measurementsSheet(tables: SheetTables, { t, ids }: SheetOptions): Sheet {
  const { clientOf } = lookups(tables)
  const areas = select(tables.areas, ids)
  const byArea = measurementsByArea(tables.measurements)
  const rows = areas.flatMap((area) =>
    [...(byArea.get(area.id) ?? [])]
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.createdAt < b.createdAt ? -1 : 1))
      .map((measurement) => ({ area, measurement }))
  )
  type Row = (typeof rows)[number]
  const specs: ColumnSpec<Row>[] = [
    { key: 'area', type: 'text', value: (r) => textCell(r.area.title) },
    { key: 'client', type: 'text', value: (r) => clientOf(r.area.engagementId) },
    { key: 'indicator', type: 'text', value: (r) => textCell(r.area.indicator?.name) },
    { key: 'unit', type: 'text', value: (r) => textCell(r.area.indicator?.unit) },
    { key: 'date', type: 'date', value: (r) => dateCell(r.measurement.date) },
    { key: 'value', type: 'number', value: (r) => r.measurement.value },
    { key: 'source', type: 'text', value: (r) => textCell(r.measurement.source) },
    { key: 'note', type: 'text', value: (r) => textCell(r.measurement.note) }
  ]
  return sheetOf('measurements', t, specs, rows)
}

/** Every participant's evaluation, by workshop date. */
export function evaluationsSheet(tables: SheetTables, { t, ids }: SheetOptions): Sheet {
  const { engagements, workshops, clientOf } = lookups(tables)
  const rows = [...select(tables.evaluations, ids)]
  // Without a given order: by workshop date, then as entered.
  if (ids === undefined) {
    const startOf = (e: Evaluation) => workshops.get(e.workshopId)?.startsAt ?? ''
    rows.sort((a, b) => startOf(a).localeCompare(startOf(b)) || a.createdAt.localeCompare(b.createdAt))
  }
  const workshopOf = (e: Evaluation) => workshops.get(e.workshopId)
  const specs: ColumnSpec<Evaluation>[] = [
    { key: 'workshop', type: 'text', value: (e) => workshopName(workshopOf(e)) },
    { key: 'workshopDate', type: 'date', value: (e) => dateCell(workshopOf(e)?.startsAt) },
    { key: 'client', type: 'text', value: (e) => clientOf(workshopOf(e)?.engagementId) },
    {
      key: 'engagement',
      type: 'text',
      value: (e) => textCell(engagements.get(workshopOf(e)?.engagementId ?? '')?.title)
    },
    { key: 'name', type: 'text', value: (e) => textCell(e.name) },
    { key: 'overall', type: 'integer', value: (e) => e.overall },
    { key: 'content', type: 'integer', value: (e) => e.content },
    { key: 'delivery', type: 'integer', value: (e) => e.delivery },
    { key: 'comment', type: 'text', value: (e) => textCell(e.comment) },
    { key: 'quotable', type: 'text', value: (e) => yesNo(t, e.quotable) },
    { key: 'reference', type: 'text', value: (e) => yesNo(t, e.reference) },
    { key: 'entered', type: 'date', value: (e) => dateCell(e.createdAt) }
  ]
  return sheetOf('evaluations', t, specs, rows)
}

/** The client register. */
export function organisationsSheet(tables: SheetTables, { t, ids }: SheetOptions): Sheet {
  const engagementCount = new Map<string, number>()
  for (const e of tables.engagements)
    engagementCount.set(e.organisationId, (engagementCount.get(e.organisationId) ?? 0) + 1)
  const specs: ColumnSpec<Organisation>[] = [
    { key: 'name', type: 'text', value: (o) => textCell(o.name) },
    { key: 'kind', type: 'text', value: (o) => t(`organisationKind.${o.kind}`) },
    { key: 'orgNumber', type: 'text', value: (o) => o.orgNumber },
    { key: 'sector', type: 'text', value: (o) => textCell(o.sector) },
    { key: 'size', type: 'integer', value: (o) => o.size },
    {
      key: 'sizeUnit',
      type: 'text',
      value: (o) => (o.size === null ? null : t(`spreadsheets.sizeUnit.${o.sizeUnit}`))
    },
    { key: 'address', type: 'text', value: (o) => textCell(o.address) },
    { key: 'website', type: 'text', value: (o) => textCell(o.website) },
    { key: 'tags', type: 'text', value: (o) => textCell(o.tags.join(', ')) },
    { key: 'engagements', type: 'integer', value: (o) => engagementCount.get(o.id) ?? 0 },
    { key: 'updated', type: 'date', value: (o) => dateCell(o.updatedAt) }
  ]
  return sheetOf('organisations', t, specs, select(tables.organisations, ids))
}

/** Engagements with their client, value, dates and how many workshops and areas they hold. */
export function engagementsSheet(tables: SheetTables, { t, ids }: SheetOptions): Sheet {
  const { organisations } = lookups(tables)
  const count = (rows: readonly { engagementId: string }[]) => {
    const counts = new Map<string, number>()
    for (const r of rows) counts.set(r.engagementId, (counts.get(r.engagementId) ?? 0) + 1)
    return counts
  }
  const workshopCount = count(tables.workshops)
  const areaCount = count(tables.areas)
  const specs: ColumnSpec<Engagement>[] = [
    { key: 'title', type: 'text', value: (e) => textCell(e.title) },
    { key: 'client', type: 'text', value: (e) => textCell(organisations.get(e.organisationId)?.name) },
    { key: 'kind', type: 'text', value: (e) => t(`clients.engagementKind.${e.kind}`) },
    { key: 'status', type: 'text', value: (e) => t(`engagementStatus.${e.status}`) },
    { key: 'value', type: 'money', value: (e) => e.valueSek },
    { key: 'expectedStart', type: 'date', value: (e) => dateCell(e.expectedStart) },
    { key: 'expectedEnd', type: 'date', value: (e) => dateCell(e.expectedEnd) },
    { key: 'workshops', type: 'integer', value: (e) => workshopCount.get(e.id) ?? 0 },
    { key: 'areas', type: 'integer', value: (e) => areaCount.get(e.id) ?? 0 },
    { key: 'updated', type: 'date', value: (e) => dateCell(e.updatedAt) }
  ]
  return sheetOf('engagements', t, specs, select(tables.engagements, ids))
}

const BUILDERS: Record<SheetKind, (tables: SheetTables, options: SheetOptions) => Sheet> = {
  areas: areasSheet,
  measurements: measurementsSheet,
  evaluations: evaluationsSheet,
  organisations: organisationsSheet,
  engagements: engagementsSheet
}

/** One sheet of the given kind. */
export function buildSheet(kind: SheetKind, tables: SheetTables, options: SheetOptions): Sheet {
  return BUILDERS[kind](tables, options)
}

/** The whole portfolio: one sheet per table, every row. */
export function portfolioWorkbook(tables: SheetTables, options: Omit<SheetOptions, 'ids'>): Workbook {
  return { sheets: SHEET_KINDS.map((kind) => buildSheet(kind, tables, options)) }
}
