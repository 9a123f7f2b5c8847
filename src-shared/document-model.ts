/**
 * The document models: everything a Word document shows, as plain data. The renderer (or the
 * docs:sample script) assembles a model's content from the portfolio (document-assembly.ts); the main
 * process adds the branding, validates the model with these schemas and turns it into bytes
 * (src-main/documents). Fixed wording is not part of a model: it comes from the locale files, so the
 * same model reads in Swedish or English.
 */
import { z } from 'zod'
import { Id, IsoDate, LocalDateTime, OrganisationKind, ProcurementRoute } from './entities'
import { FOLLOW_UP_STATUSES } from './follow-up'
import { Language } from './settings'
import { AccentColor, BodyFont, MAX_LOGO_BYTES } from './branding'

export {
  AccentColor,
  BODY_FONTS,
  BodyFont,
  BrandingSettings,
  DEFAULT_BRANDING,
  LogoFileName,
  MAX_LOGO_BYTES
} from './branding'

const Text = (max: number) => z.string().max(max)
/** User text fields are long enough for a real description, short enough to keep a document sane. */
const LongText = Text(100_000)
const Money = z.number().finite().nonnegative()
const NullableNumber = z.number().finite().nullable()

/** An embedded picture: PNG or JPEG bytes as base64, with its pixel size for the aspect ratio. */
export const DocumentImage = z.strictObject({
  type: z.enum(['png', 'jpg']),
  base64: z
    .string()
    .max(Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 8)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64'),
  widthPx: z.number().int().positive().max(20_000),
  heightPx: z.number().int().positive().max(20_000)
})
export type DocumentImage = z.infer<typeof DocumentImage>

/** Branding as a document uses it: the logo as bytes rather than a file name. */
export const DocumentBranding = z.strictObject({
  consultantName: Text(200),
  company: Text(200),
  orgNumber: Text(20),
  contactLines: z.array(Text(200)).max(8),
  accentColor: AccentColor,
  bodyFont: BodyFont,
  logo: DocumentImage.nullable()
})
export type DocumentBranding = z.infer<typeof DocumentBranding>

export const DocumentClient = z.strictObject({
  name: z.string().min(1).max(300),
  kind: OrganisationKind,
  orgNumber: Text(20).nullable(),
  size: z.number().int().nonnegative().nullable(),
  sizeUnit: z.enum(['inhabitants', 'employees'])
})
export type DocumentClient = z.infer<typeof DocumentClient>

export const DocumentGoal = z.strictObject({
  text: Text(1000),
  targetYear: z.number().int().min(1900).max(2200).nullable()
})

export const DocumentIndicator = z.strictObject({
  name: Text(300),
  unit: Text(100),
  direction: z.enum(['higher-is-better', 'lower-is-better']),
  baselineValue: NullableNumber,
  baselineDate: IsoDate.nullable(),
  targetValue: NullableNumber,
  targetDate: IsoDate.nullable(),
  dataSource: Text(500),
  owner: Text(500)
})
export type DocumentIndicator = z.infer<typeof DocumentIndicator>

/** An area as the documents show it, already in rank order in its list. */
export const DocumentArea = z.strictObject({
  /** Competition rank (1, 1, 3); null when the area is not fully scored. */
  rank: z.number().int().positive().nullable(),
  /** Weighted score on the 1–5 scale; null when unscored. */
  score: z.number().finite().min(0).max(5).nullable(),
  title: z.string().min(1).max(300),
  problem: LongText,
  costPerYearSek: Money.nullable(),
  costEstimateNote: Text(5000),
  indicator: DocumentIndicator.nullable(),
  goal: Text(1000).nullable(),
  procurementNecessity: z.enum(['necessary', 'contributing', 'not-necessary']).nullable(),
  necessityRationale: Text(5000),
  route: ProcurementRoute,
  needsDevelopment: z.boolean(),
  contractValueSek: Money.nullable(),
  /** Where the estimated contract value falls against the thresholds (routeHint's band); null without a value. */
  band: z.enum(['direct', 'below-eu', 'eu']).nullable(),
  annualEffectSek: Money.nullable(),
  votes: z.number().int().nonnegative().nullable()
})
export type DocumentArea = z.infer<typeof DocumentArea>

const GradeCounts = z.tuple([
  z.number().int().nonnegative(),
  z.number().int().nonnegative(),
  z.number().int().nonnegative(),
  z.number().int().nonnegative(),
  z.number().int().nonnegative(),
  z.number().int().nonnegative()
])
const AspectFigures = z.strictObject({
  answered: z.number().int().nonnegative(),
  mean: z.number().min(1).max(6).nullable(),
  counts: GradeCounts
})
/** The output of summariseEvaluations, checked. */
export const EvaluationFigures = z.strictObject({
  n: z.number().int().nonnegative(),
  aspects: z.strictObject({ overall: AspectFigures, content: AspectFigures, delivery: AspectFigures })
})
export type EvaluationFigures = z.infer<typeof EvaluationFigures>

/**
 * The value/effort picture as data: one point per area on the 1–5 scales (src-shared/matrix.ts lays it out,
 * the main process rasterises it), so the document shows the same picture as the screen.
 */
export const DocumentMatrix = z.strictObject({
  points: z
    .array(
      z.strictObject({
        id: Id,
        label: Text(300),
        x: z.number().min(1).max(5).nullable(),
        y: z.number().min(1).max(5).nullable(),
        marker: Text(10).optional()
      })
    )
    .max(500)
})
export type DocumentMatrix = z.infer<typeof DocumentMatrix>

/**
 * The steps of a proposal's plan: a workshop proposal plans preparation, workshop, report and follow-up; an
 * implementation proposal plans the start, the baselines, the procurement documents and the follow-up.
 */
export const PLAN_STEPS = [
  'preparation',
  'workshop',
  'report',
  'start',
  'baseline',
  'procurement',
  'follow-up'
] as const
export const PlanStep = z.strictObject({ kind: z.enum(PLAN_STEPS), date: IsoDate.nullable() })
export type PlanStep = z.infer<typeof PlanStep>

export const FeeLine = z.strictObject({ description: z.string().min(1).max(1000), amountSek: Money })
export type FeeLine = z.infer<typeof FeeLine>

export const Quote = z.strictObject({
  text: z.string().min(1).max(10_000),
  clientKind: OrganisationKind,
  date: IsoDate
})
export type Quote = z.infer<typeof Quote>

export const References = z.strictObject({
  figures: EvaluationFigures,
  workshopCount: z.number().int().nonnegative(),
  quotes: z.array(Quote).max(50)
})
export type References = z.infer<typeof References>

/** What every document's cover carries: its language and date, the consultant's branding, the client. */
const documentCover = {
  language: Language,
  /** The date printed on the cover and used in the file name. */
  date: IsoDate,
  branding: DocumentBranding,
  client: DocumentClient
}

/**
 * What a proposal offers: a workshop (before it is held: purpose, question, agenda, method, references, fee, plan and
 * no results) or the implementation of what a held workshop found (areas, indicators, matrix, routes, plan, fee).
 */
export const PROPOSAL_KINDS = ['workshop', 'implementation'] as const
export const ProposalKind = z.enum(PROPOSAL_KINDS)
export type ProposalKind = z.infer<typeof ProposalKind>

/** One dated threshold as a document states it (from src-shared/thresholds.ts at the document date). */
export const ThresholdFact = z.strictObject({
  valueSek: Money,
  validFrom: IsoDate,
  source: Text(1000),
  /** The day a revision was due, when that is on or before the document date and the app has no newer figure. */
  revisionDue: IsoDate.nullable()
})
export type ThresholdFact = z.infer<typeof ThresholdFact>

/** The thresholds a proposal sets its fee and the areas' routes against, for this client's kind of buyer. */
export const ProcurementContext = z.strictObject({
  /** 'central' for a state agency, 'other' for municipalities, regions and the rest (LOU 5 kap.). */
  buyer: z.enum(['central', 'other']),
  directLimit: ThresholdFact,
  euGoodsServices: ThresholdFact,
  euWorks: ThresholdFact
})
export type ProcurementContext = z.infer<typeof ProcurementContext>

/** A proposal (Förslag) for an engagement. */
export const ProposalModel = z.strictObject({
  ...documentCover,
  kind: ProposalKind,
  title: z.string().min(1).max(300),
  goals: z.array(DocumentGoal).max(200),
  /** The starting question and purpose of the (planned) workshop; empty when none is planned yet. */
  startingQuestion: Text(1000),
  purpose: LongText,
  /** The planned workshop's agenda; empty when it has none (the document then shows the usual half day). */
  agenda: z.array(Text(1000)).max(200),
  /**
   * Whether the engagement itself is what the proposal offers (a workshop engagement and a workshop proposal, any
   * other engagement and an implementation proposal): then its title and value are the proposal's title and fee.
   */
  offersEngagement: z.boolean(),
  /** The title of the engagement's first workshop ('' when none), for a proposal that offers something else. */
  workshopTitle: Text(300),
  /** The day of the engagement's first workshop, held or planned; null when none is planned. */
  workshopDate: IsoDate.nullable(),
  /** The workshop's results: empty (and no matrix) in a workshop proposal. */
  areas: z.array(DocumentArea).max(500),
  matrix: DocumentMatrix.nullable(),
  plan: z.array(PlanStep).max(20),
  procurement: ProcurementContext,
  fee: z.strictObject({ lines: z.array(FeeLine).max(50), vatRate: z.number().min(0).max(1) }),
  references: References.nullable()
})
export type ProposalModel = z.infer<typeof ProposalModel>

/** Why the top area is, or is not, robust to a change of one weight (wording lives in i18n). */
export const SensitivityStatement = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('unscored') }),
  z.strictObject({ kind: z.literal('tie'), areas: z.array(Text(300)).min(2).max(500) }),
  z.strictObject({ kind: z.literal('stable'), top: Text(300) }),
  z.strictObject({
    kind: z.literal('takeover'),
    top: Text(300),
    criterion: Text(200),
    change: z.enum(['increase', 'decrease']),
    points: z.number().finite().positive().max(100),
    newTop: Text(300)
  })
])
export type SensitivityStatement = z.infer<typeof SensitivityStatement>

export const NEXT_STEP_KINDS = ['prepare-procurement', 'establish-baseline', 'decide-priorities', 'follow-up'] as const
export const NextStep = z.strictObject({
  kind: z.enum(NEXT_STEP_KINDS),
  area: Text(300).nullable(),
  route: ProcurementRoute.nullable(),
  date: IsoDate.nullable()
})
export type NextStep = z.infer<typeof NextStep>

/** A workshop report (Workshoprapport) after one workshop. */
export const WorkshopReportModel = z.strictObject({
  ...documentCover,
  engagementTitle: z.string().min(1).max(300),
  workshop: z.strictObject({
    title: Text(300),
    startsAt: LocalDateTime,
    place: Text(500),
    digital: z.boolean(),
    startingQuestion: Text(1000),
    purpose: LongText,
    agenda: z.array(Text(1000)).max(200),
    participantCount: z.number().int().nonnegative().nullable()
  }),
  participants: z.array(z.strictObject({ name: Text(500), role: Text(500) })).max(1000),
  areas: z.array(DocumentArea).max(500),
  prioritisation: z
    .strictObject({
      criteria: z
        .array(
          z.strictObject({
            name: Text(200),
            /** Whole percent, rounded so the criteria add up to exactly 100 (largest remainder). */
            weightPercent: z.number().int().min(0).max(100),
            direction: z.enum(['benefit', 'cost'])
          })
        )
        .max(100),
      sensitivity: SensitivityStatement
    })
    .nullable(),
  matrix: DocumentMatrix.nullable(),
  evaluations: z
    .strictObject({ figures: EvaluationFigures, comments: z.array(z.string().min(1).max(10_000)).max(1000) })
    .nullable(),
  nextSteps: z.array(NextStep).max(100)
})
export type WorkshopReportModel = z.infer<typeof WorkshopReportModel>

/** A measured value as the follow-up report shows it. */
export const DocumentMeasurement = z.strictObject({
  date: IsoDate,
  value: z.number().finite(),
  /** Where the value comes from; absent when the portfolio does not say. */
  source: Text(500).optional(),
  note: Text(5000)
})
export type DocumentMeasurement = z.infer<typeof DocumentMeasurement>

/** One area's follow-up at the document date: followUp() of src-shared/follow-up.ts, with what it was worked out from. */
export const FollowUpArea = z.strictObject({
  rank: z.number().int().positive().nullable(),
  title: z.string().min(1).max(300),
  indicator: DocumentIndicator.nullable(),
  annualEffectSek: Money.nullable(),
  status: z.enum(FOLLOW_UP_STATUSES),
  latest: DocumentMeasurement.nullable(),
  progress: NullableNumber,
  expected: z.number().min(0).max(1).nullable(),
  realisedAnnualEffectSek: Money.nullable(),
  /** Every measurement dated on or before the document date, oldest first. */
  measurements: z.array(DocumentMeasurement).max(2000)
})
export type FollowUpArea = z.infer<typeof FollowUpArea>

const Count = z.number().int().nonnegative()
/** How many areas have each follow-up status. */
export const FollowUpCounts = z.strictObject(
  Object.fromEntries(FOLLOW_UP_STATUSES.map((s) => [s, Count])) as Record<
    (typeof FOLLOW_UP_STATUSES)[number],
    typeof Count
  >
)
export type FollowUpCounts = z.infer<typeof FollowUpCounts>

/** A follow-up report (Uppföljningsrapport) of an engagement: its areas' measured effect as of the document date. */
export const FollowUpReportModel = z.strictObject({
  ...documentCover,
  engagementTitle: z.string().min(1).max(300),
  summary: z.strictObject({
    counts: FollowUpCounts,
    /** Sum of the areas' realised annual effect at the document date (areas without one add nothing). */
    realisedAnnualEffectSek: Money,
    /** Sum of the areas' estimated annual effect (areas without one add nothing). */
    estimatedAnnualEffectSek: Money
  }),
  /** The engagement's areas in rank order, unranked last by title. */
  areas: z.array(FollowUpArea).max(500)
})
export type FollowUpReportModel = z.infer<typeof FollowUpReportModel>

/**
 * The parts of a document the portfolio decides (document-assembly.ts builds them): the model without its
 * branding, which the main process adds from its own settings when it builds the document.
 */
export const ProposalContent = ProposalModel.omit({ branding: true })
export type ProposalContent = z.infer<typeof ProposalContent>
export const WorkshopReportContent = WorkshopReportModel.omit({ branding: true })
export type WorkshopReportContent = z.infer<typeof WorkshopReportContent>
export const FollowUpReportContent = FollowUpReportModel.omit({ branding: true })
export type FollowUpReportContent = z.infer<typeof FollowUpReportContent>
