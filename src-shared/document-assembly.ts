/**
 * From portfolio rows to document content: the one place that decides what a proposal, a workshop report or a
 * follow-up report contains (everything but the branding, which the main process adds from its settings). Pure (no Node, no DOM): the renderer feeds it rows from Dexie, the docs:sample script rows from
 * resources/sample-portfolio.json, so both produce the same documents.
 */
import type {
  BrandingSettings,
  DocumentArea,
  DocumentBranding,
  DocumentMatrix,
  DocumentMeasurement,
  FollowUpArea,
  FollowUpCounts,
  FollowUpReportContent,
  NextStep,
  PlanStep,
  ProposalContent,
  ProposalModel,
  Quote,
  SensitivityStatement,
  WorkshopReportContent
} from './document-model'
import type {
  Area,
  Criterion,
  Engagement,
  Evaluation,
  Measurement,
  Organisation,
  Participant,
  Score,
  Workshop
} from './entities'
import { summariseEvaluations } from './evaluations'
import { FOLLOW_UP_STATUSES, followUp, measurementsByArea } from './follow-up'
import { buildScoreTable, matrixPoints, pickMatrixAxes, sortCriteria, toMathCriteria } from './prioritisation-data'
import { FRAGILE_POINTS, normaliseWeights, rankAreas, topSensitivity } from './prioritisation'
import type { RankedArea, ScoreTable } from './prioritisation'
import type { Language } from './settings'

/** The tables a document draws on (a subset of the portfolio). */
export type AssemblyTables = {
  organisations: readonly Organisation[]
  engagements: readonly Engagement[]
  workshops: readonly Workshop[]
  participants: readonly Participant[]
  areas: readonly Area[]
  criteria: readonly Criterion[]
  scores: readonly Score[]
  evaluations: readonly Evaluation[]
  measurements: readonly Measurement[]
}

export type AssemblyOptions = {
  language: Language
  /** The document's date, YYYY-MM-DD (the caller's today, so this stays pure). */
  date: string
}

/** VAT on consulting services in Sweden. */
export const VAT_RATE = 0.25
/** Most quotes a proposal carries: a page of references, not a wall. */
export const MAX_QUOTES = 6
/** How many of the top areas get their own next steps in a report. */
export const NEXT_STEP_AREAS = 3

/** Branding from the settings as a document takes it; the logo bytes are added by the main process. */
export function documentBranding(settings: BrandingSettings): DocumentBranding {
  const { logoFile: _logoFile, ...rest } = settings
  return { ...rest, contactLines: rest.contactLines.filter((l) => l.trim() !== ''), logo: null }
}

function byId<T extends { id: string }>(rows: readonly T[], id: string, what: string): T {
  const row = rows.find((r) => r.id === id)
  if (!row) throw new Error(`${what} ${id} not found`)
  return row
}

/** Adds days or months to a YYYY-MM-DD date, in UTC (no time zone can shift the day). */
export function addToDate(date: string, amount: { days?: number; months?: number }): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number]
  const months = amount.months ?? 0
  // Clamp the day to the target month (31 Jan + 1 month = 28/29 Feb, not 3 Mar).
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate()
  const result = new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay) + (amount.days ?? 0)))
  return result.toISOString().slice(0, 10)
}

type Prioritised = {
  areas: Area[]
  ranking: RankedArea[]
  table: ScoreTable
  criteria: Criterion[]
}

/** Ranks `areas` by their engagement's criteria and scores; areas come back in rank order, unranked last by title. */
function prioritise(tables: AssemblyTables, engagementId: string, areas: readonly Area[]): Prioritised {
  const criteria = sortCriteria(tables.criteria.filter((c) => c.engagementId === engagementId))
  const areaIds = new Set(areas.map((a) => a.id))
  const scores = tables.scores.filter((s) => areaIds.has(s.areaId))
  const table = buildScoreTable(areas, criteria, scores)
  const ranking = rankAreas(toMathCriteria(criteria), table)
  const position = new Map(ranking.map((r, i) => [r.areaId, r.rank === null ? Number.POSITIVE_INFINITY : i]))
  const ordered = [...areas].sort(
    (a, b) =>
      (position.get(a.id) ?? Infinity) - (position.get(b.id) ?? Infinity) || a.title.localeCompare(b.title, 'sv')
  )
  return { areas: ordered, ranking, table, criteria }
}

type EngagementScope = { engagement: Engagement; org: Organisation; p: Prioritised }

/** An engagement, its client and the areas `include` picks, prioritised. Throws when either row is missing. */
function engagementScope(
  tables: AssemblyTables,
  engagementId: string,
  include: (area: Area) => boolean
): EngagementScope {
  const engagement = byId(tables.engagements, engagementId, 'Engagement')
  const org = byId(tables.organisations, engagement.organisationId, 'Organisation')
  return { engagement, org, p: prioritise(tables, engagementId, tables.areas.filter(include)) }
}

function documentArea(area: Area, ranked: RankedArea | undefined, organisation: Organisation): DocumentArea {
  const goal = area.goalId === null ? null : (organisation.goals.find((g) => g.id === area.goalId)?.text ?? null)
  return {
    rank: ranked?.rank ?? null,
    score: ranked?.score ?? null,
    title: area.title,
    problem: area.problem,
    costPerYearSek: area.costPerYearSek,
    costEstimateNote: area.costEstimateNote,
    indicator: area.indicator
      ? {
          name: area.indicator.name,
          unit: area.indicator.unit,
          direction: area.indicator.direction,
          baselineValue: area.indicator.baselineValue,
          baselineDate: area.indicator.baselineDate,
          targetValue: area.indicator.targetValue,
          targetDate: area.indicator.targetDate,
          dataSource: area.indicator.dataSource,
          owner: area.indicator.owner
        }
      : null,
    goal,
    procurementNecessity: area.procurementNecessity,
    necessityRationale: area.necessityRationale,
    route: area.route,
    needsDevelopment: area.needsDevelopment,
    contractValueSek: area.contractValueSek,
    annualEffectSek: area.annualEffectSek,
    votes: area.votes
  }
}

function documentAreas(p: Prioritised, organisation: Organisation): DocumentArea[] {
  const rankOf = new Map(p.ranking.map((r) => [r.areaId, r]))
  return p.areas.map((a) => documentArea(a, rankOf.get(a.id), organisation))
}

function matrixOf(p: Prioritised): DocumentMatrix | null {
  if (p.areas.length === 0) return null
  const axes = pickMatrixAxes(p.criteria)
  const points = matrixPoints(p.areas, p.criteria, p.table, axes, p.ranking)
  return {
    points: points.map((pt) => ({
      id: pt.id,
      label: pt.label,
      x: pt.x,
      y: pt.y,
      ...(pt.marker === undefined ? {} : { marker: pt.marker })
    }))
  }
}

function client(org: Organisation): ProposalModel['client'] {
  return { name: org.name, kind: org.kind, orgNumber: org.orgNumber, size: org.size, sizeUnit: org.sizeUnit }
}

function workshopsOf(tables: AssemblyTables, engagementId: string): Workshop[] {
  return tables.workshops
    .filter((w) => w.engagementId === engagementId)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
}

/** Evaluation means over the whole portfolio, and the comments the participants allowed to be quoted. */
function references(tables: AssemblyTables): ProposalModel['references'] {
  if (tables.evaluations.length === 0) return null
  const figures = summariseEvaluations(tables.evaluations)
  const workshopCount = new Set(tables.evaluations.map((e) => e.workshopId)).size
  const quotes: (Quote & { at: string })[] = []
  for (const e of tables.evaluations) {
    const text = e.comment.trim()
    if (!e.quotable || !e.reference || text === '') continue
    const workshop = tables.workshops.find((w) => w.id === e.workshopId)
    const engagement = workshop && tables.engagements.find((g) => g.id === workshop.engagementId)
    const org = engagement && tables.organisations.find((o) => o.id === engagement.organisationId)
    if (!workshop || !org) continue
    quotes.push({ text, clientKind: org.kind, date: workshop.startsAt.slice(0, 10), at: workshop.startsAt })
  }
  quotes.sort((a, b) => b.at.localeCompare(a.at) || a.text.localeCompare(b.text, 'sv'))
  return { figures, workshopCount, quotes: quotes.slice(0, MAX_QUOTES).map(({ at: _at, ...q }) => q) }
}

function plan(engagement: Engagement, workshop: Workshop | undefined): PlanStep[] {
  const day = workshop?.startsAt.slice(0, 10) ?? null
  return [
    { kind: 'preparation', date: day ? addToDate(day, { days: -14 }) : engagement.expectedStart },
    { kind: 'workshop', date: day },
    { kind: 'report', date: day ? addToDate(day, { days: 14 }) : engagement.expectedEnd },
    { kind: 'follow-up', date: day ? addToDate(day, { months: 6 }) : null }
  ]
}

/** The proposal's content for an engagement. Throws when the engagement or its organisation is missing. */
export function assembleProposal(
  tables: AssemblyTables,
  engagementId: string,
  options: AssemblyOptions
): ProposalContent {
  const { engagement, org, p } = engagementScope(tables, engagementId, (a) => a.engagementId === engagementId)
  const workshop = workshopsOf(tables, engagementId)[0]
  return {
    language: options.language,
    date: options.date,
    client: client(org),
    title: engagement.title,
    goals: org.goals.map((g) => ({ text: g.text, targetYear: g.targetYear })),
    startingQuestion: workshop?.startingQuestion ?? '',
    purpose: workshop?.purpose ?? '',
    areas: documentAreas(p, org),
    matrix: matrixOf(p),
    plan: plan(engagement, workshop),
    fee: {
      lines: engagement.valueSek === null ? [] : [{ description: engagement.title, amountSek: engagement.valueSek }],
      vatRate: VAT_RATE
    },
    references: references(tables)
  }
}

/** What the sensitivity analysis says about the top area, as data for the sentence. */
export function sensitivityStatement(p: Prioritised): SensitivityStatement {
  const title = (id: string) => p.areas.find((a) => a.id === id)?.title ?? id
  const leaders = p.ranking.filter((r) => r.rank === 1)
  if (leaders.length === 0) return { kind: 'unscored' }
  if (leaders.length > 1) return { kind: 'tie', areas: leaders.map((r) => title(r.areaId)) }
  const s = topSensitivity(toMathCriteria(p.criteria), p.table)
  if (s.top === null) return { kind: 'unscored' }
  let best: { criterionId: string; change: 'increase' | 'decrease'; points: number; newTop: string } | null = null
  for (const c of s.criteria) {
    for (const change of ['increase', 'decrease'] as const) {
      const move = c[change]
      if (move && (best === null || move.points < best.points))
        best = { criterionId: c.criterionId, change, points: move.points, newTop: move.newTop }
    }
  }
  if (best === null) return { kind: 'stable', top: title(s.top) }
  const criterion = p.criteria.find((c) => c.id === best.criterionId)?.name ?? best.criterionId
  return {
    kind: 'takeover',
    top: title(s.top),
    criterion,
    change: best.change,
    points: Math.min(100, best.points),
    newTop: title(best.newTop)
  }
}

function nextSteps(areas: readonly DocumentArea[], sensitivity: SensitivityStatement, workshopDay: string): NextStep[] {
  const steps: NextStep[] = []
  const top = areas.slice(0, NEXT_STEP_AREAS)
  for (const a of top) {
    if (a.procurementNecessity !== 'not-necessary')
      steps.push({ kind: 'prepare-procurement', area: a.title, route: a.route, date: null })
  }
  for (const a of top) {
    if (a.indicator === null || a.indicator.baselineValue === null)
      steps.push({ kind: 'establish-baseline', area: a.title, route: null, date: null })
  }
  const settled =
    sensitivity.kind === 'stable' || (sensitivity.kind === 'takeover' && sensitivity.points >= FRAGILE_POINTS)
  if (!settled && areas.length > 1) steps.push({ kind: 'decide-priorities', area: null, route: null, date: null })
  if (areas.length > 0)
    steps.push({ kind: 'follow-up', area: null, route: null, date: addToDate(workshopDay, { months: 6 }) })
  return steps
}

/** The report's content for one workshop. Throws when the workshop, its engagement or organisation is missing. */
export function assembleWorkshopReport(
  tables: AssemblyTables,
  workshopId: string,
  options: AssemblyOptions
): WorkshopReportContent {
  const workshop = byId(tables.workshops, workshopId, 'Workshop')
  const { engagement, org, p } = engagementScope(tables, workshop.engagementId, (a) => a.workshopId === workshopId)
  const areas = documentAreas(p, org)
  const weights = normaliseWeights(toMathCriteria(p.criteria))
  const sensitivity = sensitivityStatement(p)
  const evaluations = tables.evaluations.filter((e) => e.workshopId === workshopId)
  const participants = tables.participants
    .filter((x) => x.workshopId === workshopId)
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
    .map((x) => ({ name: x.name, role: x.role }))
  return {
    language: options.language,
    date: options.date,
    client: client(org),
    engagementTitle: engagement.title,
    workshop: {
      title: workshop.title,
      startsAt: workshop.startsAt,
      place: workshop.place,
      digital: workshop.digital,
      startingQuestion: workshop.startingQuestion,
      purpose: workshop.purpose,
      agenda: workshop.agenda,
      participantCount: workshop.participantCount
    },
    participants,
    areas,
    prioritisation:
      p.criteria.length === 0
        ? null
        : {
            criteria: p.criteria.map((c, i) => ({
              name: c.name,
              weightPercent: (weights[i] ?? 0) * 100,
              direction: c.direction
            })),
            sensitivity
          },
    matrix: matrixOf(p),
    evaluations:
      evaluations.length === 0
        ? null
        : {
            figures: summariseEvaluations(evaluations),
            comments: evaluations.map((e) => e.comment.trim()).filter((c) => c !== '')
          },
    nextSteps: nextSteps(areas, sensitivity, workshop.startsAt.slice(0, 10))
  }
}

function documentMeasurement(m: Measurement): DocumentMeasurement {
  // An empty source is left out rather than printed as a blank.
  const source = m.source.trim()
  return { date: m.date, value: m.value, ...(source ? { source } : {}), note: m.note }
}

/**
 * The follow-up report's content for an engagement, as of options.date: every area of the engagement in rank
 * order with followUp() at that date, the measurements up to it, and the counts and effect sums over all areas.
 * Throws when the engagement or its organisation is missing.
 */
export function assembleFollowUpReport(
  tables: AssemblyTables,
  engagementId: string,
  options: AssemblyOptions
): FollowUpReportContent {
  const { engagement, org, p } = engagementScope(tables, engagementId, (a) => a.engagementId === engagementId)
  const asOf = options.date
  const rankOf = new Map(p.ranking.map((r) => [r.areaId, r.rank]))
  const byArea = measurementsByArea(tables.measurements)
  const counts = Object.fromEntries(FOLLOW_UP_STATUSES.map((s) => [s, 0])) as FollowUpCounts
  let realisedAnnualEffectSek = 0
  let estimatedAnnualEffectSek = 0
  const areas: FollowUpArea[] = p.areas.map((area) => {
    const measurements = byArea.get(area.id) ?? []
    const result = followUp(area.indicator, measurements, asOf, area.annualEffectSek)
    counts[result.status] += 1
    realisedAnnualEffectSek += result.realisedAnnualEffectSek ?? 0
    estimatedAnnualEffectSek += area.annualEffectSek ?? 0
    const shown = measurements
      .filter((m) => m.date <= asOf)
      .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt))
    return {
      rank: rankOf.get(area.id) ?? null,
      title: area.title,
      indicator: documentArea(area, undefined, org).indicator,
      annualEffectSek: area.annualEffectSek,
      status: result.status,
      latest: result.latest === null ? null : documentMeasurement(result.latest),
      progress: result.progress,
      expected: result.expected,
      realisedAnnualEffectSek: result.realisedAnnualEffectSek,
      measurements: area.indicator === null ? [] : shown.map(documentMeasurement)
    }
  })
  return {
    language: options.language,
    date: asOf,
    client: client(org),
    engagementTitle: engagement.title,
    summary: { counts, realisedAnnualEffectSek, estimatedAnnualEffectSek },
    areas
  }
}
