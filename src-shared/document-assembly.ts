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
  ProcurementContext,
  ProposalContent,
  ProposalKind,
  ProposalModel,
  Quote,
  ThresholdFact,
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
import { largestRemainder } from './largest-remainder'
import { effectiveThresholds, routeHint, thresholdSource } from './thresholds'
import type { Buyer, EffectiveThreshold, EffectiveThresholds, ThresholdOverrideInput } from './thresholds'

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
  /** The consultant's corrections of the built-in thresholds; none when absent. */
  thresholds?: readonly ThresholdOverrideInput[]
}

export type AssemblyOptions = {
  language: Language
  /** The document's date, YYYY-MM-DD (the caller's today, so this stays pure). */
  date: string
}

export type ProposalOptions = AssemblyOptions & {
  /** What the proposal offers; by default what the engagement's state calls for (defaultProposalKind). */
  kind?: ProposalKind
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

/** Who the client is as a buyer under LOU 5 kap.: a state agency is central government, every other kind is not. */
function buyerOf(org: Organisation): Buyer {
  return org.kind === 'agency' ? 'central' : 'other'
}

/** The thresholds in force at the document's date, with the consultant's corrections. */
function thresholdsAt(tables: AssemblyTables, date: string): EffectiveThresholds {
  return effectiveThresholds(tables.thresholds ?? [], date)
}

function documentArea(
  area: Area,
  ranked: RankedArea | undefined,
  organisation: Organisation,
  thresholds: EffectiveThresholds
): DocumentArea {
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
    band:
      area.contractValueSek === null
        ? null
        : routeHint(area.contractValueSek, {
            buyer: buyerOf(organisation),
            kind: 'goods-services',
            needsDevelopment: area.needsDevelopment,
            thresholds
          }).band,
    annualEffectSek: area.annualEffectSek,
    votes: area.votes
  }
}

function documentAreas(p: Prioritised, organisation: Organisation, thresholds: EffectiveThresholds): DocumentArea[] {
  const rankOf = new Map(p.ranking.map((r) => [r.areaId, r]))
  return p.areas.map((a) => documentArea(a, rankOf.get(a.id), organisation, thresholds))
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

/**
 * References for a proposal to `clientId`, as of `date`: the evaluation means of the workshops held for OTHER clients
 * up to that day, and the comments their participants allowed to be quoted and the consultant picked as references,
 * attributed to the kind of organisation only. The client's own workshops are never in them: its own participants
 * are not quoted back to it, and its own ratings do not lift the means. Null when there is nothing to show.
 */
export function proposalReferences(
  tables: AssemblyTables,
  clientId: string,
  date: string
): ProposalModel['references'] {
  const engagementOrg = new Map(tables.engagements.map((g) => [g.id, g.organisationId]))
  const workshopOrg = new Map<string, { org: Organisation; at: string }>()
  for (const w of tables.workshops) {
    const orgId = engagementOrg.get(w.engagementId)
    const org = orgId === undefined ? undefined : tables.organisations.find((o) => o.id === orgId)
    // Only workshops already held at the document's date, for another client.
    if (org && org.id !== clientId && w.startsAt.slice(0, 10) <= date) workshopOrg.set(w.id, { org, at: w.startsAt })
  }
  const evaluations = tables.evaluations.filter((e) => workshopOrg.has(e.workshopId))
  if (evaluations.length === 0) return null
  const figures = summariseEvaluations(evaluations)
  const workshopCount = new Set(evaluations.map((e) => e.workshopId)).size
  const quotes: (Quote & { at: string })[] = []
  for (const e of evaluations) {
    const text = e.comment.trim()
    if (!e.quotable || !e.reference || text === '') continue
    const { org, at } = workshopOrg.get(e.workshopId)!
    quotes.push({ text, clientKind: org.kind, date: at.slice(0, 10), at })
  }
  quotes.sort((a, b) => b.at.localeCompare(a.at) || a.text.localeCompare(b.text, 'sv'))
  return { figures, workshopCount, quotes: quotes.slice(0, MAX_QUOTES).map(({ at: _at, ...q }) => q) }
}

function thresholdFact(t: EffectiveThreshold, language: Language): ThresholdFact {
  return {
    valueSek: t.valueSek,
    validFrom: t.validFrom,
    source: thresholdSource(t, language),
    revisionDue: t.check === 'revision-due' ? t.revisionDue : null
  }
}

/** The thresholds at the document's date for this client's kind of buyer. */
function procurementContext(
  tables: AssemblyTables,
  org: Organisation,
  date: string,
  language: Language
): ProcurementContext {
  const th = thresholdsAt(tables, date)
  const buyer = buyerOf(org)
  return {
    buyer,
    directLimit: thresholdFact(th['direct-procurement'], language),
    euGoodsServices: thresholdFact(
      th[buyer === 'central' ? 'eu-goods-services-central' : 'eu-goods-services-other'],
      language
    ),
    euWorks: thresholdFact(th['eu-works'], language)
  }
}

/** The plan of a workshop proposal: preparation, workshop, report and follow-up around the planned workshop. */
function workshopPlan(engagement: Engagement, workshop: Workshop | undefined): PlanStep[] {
  const day = workshop?.startsAt.slice(0, 10) ?? null
  return [
    { kind: 'preparation', date: day ? addToDate(day, { days: -14 }) : engagement.expectedStart },
    { kind: 'workshop', date: day },
    { kind: 'report', date: day ? addToDate(day, { days: 14 }) : engagement.expectedEnd },
    { kind: 'follow-up', date: day ? addToDate(day, { months: 6 }) : null }
  ]
}

/**
 * The plan of an implementation proposal, from the document's date: start two weeks after it (or at the
 * engagement's expected start when that is later), baselines a month in, procurement documents two months in,
 * follow-up six months after the start.
 */
function implementationPlan(engagement: Engagement, date: string): PlanStep[] {
  const soonest = addToDate(date, { days: 14 })
  const start =
    engagement.expectedStart !== null && engagement.expectedStart > soonest ? engagement.expectedStart : soonest
  return [
    { kind: 'start', date: start },
    { kind: 'baseline', date: addToDate(start, { months: 1 }) },
    { kind: 'procurement', date: addToDate(start, { months: 2 }) },
    { kind: 'follow-up', date: addToDate(start, { months: 6 }) }
  ]
}

/**
 * What a proposal for the engagement offers by default at `date`: once one of its workshops has been held (its day
 * on or before the date), the implementation of its results; before that, the workshop.
 */
export function defaultProposalKind(tables: AssemblyTables, engagementId: string, date: string): ProposalKind {
  return proposalKindAfter(workshopsOf(tables, engagementId), date)
}

/** The proposal an engagement with these workshops calls for at `date`: implementation once one has been held. */
export function proposalKindAfter(workshops: readonly Pick<Workshop, 'startsAt'>[], date: string): ProposalKind {
  return workshops.some((w) => w.startsAt.slice(0, 10) <= date) ? 'implementation' : 'workshop'
}

/** The plan steps dated before the document's date: the export panel flags them before anything is written. */
export function pastPlanSteps(content: Pick<ProposalContent, 'plan' | 'date'>): PlanStep[] {
  return content.plan.filter((s) => s.date !== null && s.date < content.date)
}

/**
 * The proposal's content for an engagement: a workshop proposal carries no results (no areas, no matrix); an
 * implementation proposal carries the areas of the engagement in rank order. Throws when the engagement or its
 * organisation is missing.
 */
export function assembleProposal(
  tables: AssemblyTables,
  engagementId: string,
  options: ProposalOptions
): ProposalContent {
  const { engagement, org, p } = engagementScope(tables, engagementId, (a) => a.engagementId === engagementId)
  const kind = options.kind ?? defaultProposalKind(tables, engagementId, options.date)
  const workshop = workshopsOf(tables, engagementId)[0]
  const thresholds = thresholdsAt(tables, options.date)
  const results = kind === 'implementation'
  // A workshop engagement's value is the workshop's fee: only a workshop proposal offers it (and the other way round).
  const offersEngagement = results !== (engagement.kind === 'workshop')
  return {
    language: options.language,
    date: options.date,
    kind,
    client: client(org),
    title: engagement.title,
    goals: org.goals.map((g) => ({ text: g.text, targetYear: g.targetYear })),
    startingQuestion: workshop?.startingQuestion ?? '',
    purpose: workshop?.purpose ?? '',
    agenda: workshop?.agenda.map((a) => a.trim()).filter(Boolean) ?? [],
    workshopDate: workshop?.startsAt.slice(0, 10) ?? null,
    offersEngagement,
    workshopTitle: workshop?.title.trim() ?? '',
    areas: results ? documentAreas(p, org, thresholds) : [],
    matrix: results ? matrixOf(p) : null,
    plan: results ? implementationPlan(engagement, options.date) : workshopPlan(engagement, workshop),
    procurement: procurementContext(tables, org, options.date, options.language),
    fee: {
      lines:
        engagement.valueSek === null || !offersEngagement
          ? []
          : [{ description: engagement.title, amountSek: engagement.valueSek }],
      vatRate: VAT_RATE
    },
    references: proposalReferences(tables, org.id, options.date)
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

/**
 * The report's next steps. The follow-up is six months after the workshop, or, for a report written later than that,
 * three months after the report's own date: a report never proposes a deadline that has already passed.
 */
function nextSteps(
  areas: readonly DocumentArea[],
  sensitivity: SensitivityStatement,
  workshopDay: string,
  reportDate: string
): NextStep[] {
  const steps: NextStep[] = []
  // Only ranked areas lead to a step: before the scoring, which areas go first is the decision still to take.
  const top = areas.filter((a) => a.rank !== null).slice(0, NEXT_STEP_AREAS)
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
  if (areas.length > 0) {
    const planned = addToDate(workshopDay, { months: 6 })
    const date = planned > reportDate ? planned : addToDate(reportDate, { months: 3 })
    steps.push({ kind: 'follow-up', area: null, route: null, date })
  }
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
  const areas = documentAreas(p, org, thresholdsAt(tables, options.date))
  // Whole percent that add up to exactly 100, as the criteria table prints them.
  const weights = largestRemainder(normaliseWeights(toMathCriteria(p.criteria)))
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
              weightPercent: weights[i] ?? 0,
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
    nextSteps: nextSteps(areas, sensitivity, workshop.startsAt.slice(0, 10), options.date)
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
  const thresholds = thresholdsAt(tables, asOf)
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
      indicator: documentArea(area, undefined, org, thresholds).indicator,
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
