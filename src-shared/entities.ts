/**
 * Domain entities: each zod schema is the single source of its row type.
 * Rows are validated where they enter (form, import, backup restore, sample).
 * Objects are strict: an unknown field in an imported row is an error, not silently kept.
 */
import { z } from 'zod'

/** Row ids: crypto.randomUUID() in the app; any short slug-like string is accepted on import. */
export const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'id may hold only letters, digits, "-" and "_"')
export type Id = z.infer<typeof Id>

/** ISO 8601 timestamp as produced by Date.prototype.toISOString(). */
export const Timestamp = z.iso.datetime({ offset: true })
/** Calendar date YYYY-MM-DD. */
export const IsoDate = z.iso.date()
/**
 * Local wall-clock date and time YYYY-MM-DDTHH:mm, without a zone (a workshop's start at its venue).
 * The regex alone let 2026-02-30T99:99 through; the refine rejects dates that do not exist.
 */
export const LocalDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d$/, 'expected a local date and time YYYY-MM-DDTHH:mm')
  .refine((value) => IsoDate.safeParse(value.slice(0, 10)).success, 'not a calendar date')

const ShortText = z.string().max(500)
const LongText = z.string().max(100_000)
const Sek = z.number().finite().nonnegative()
const OptionalNumber = z.number().finite().nullable()

const rowBase = {
  id: Id,
  createdAt: Timestamp,
  updatedAt: Timestamp
}

// ---------- Organisations, contacts, engagements ----------

export const ORGANISATION_KINDS = ['municipality', 'region', 'agency', 'company', 'other'] as const
export const OrganisationKind = z.enum(ORGANISATION_KINDS)
export type OrganisationKind = z.infer<typeof OrganisationKind>

/** A political or strategic goal of the client, e.g. "10 % fler invånare till 2035". */
export const Goal = z.strictObject({
  id: Id,
  text: z.string().min(1).max(1000),
  targetValue: OptionalNumber,
  targetUnit: ShortText,
  targetYear: z.number().int().min(1900).max(2200).nullable()
})
export type Goal = z.infer<typeof Goal>

export const Organisation = z.strictObject({
  ...rowBase,
  name: z.string().trim().min(1).max(300),
  kind: OrganisationKind,
  /** Normalised NNNNNN-NNNN, or null when not given. */
  orgNumber: z
    .string()
    .regex(/^\d{6}-\d{4}$/)
    .nullable(),
  sector: ShortText,
  size: z.number().int().nonnegative().nullable(),
  sizeUnit: z.enum(['inhabitants', 'employees']),
  address: z.string().max(1000),
  website: z.string().max(500),
  notes: LongText,
  tags: z.array(z.string().min(1).max(100)).max(100),
  goals: z.array(Goal).max(200)
})
export type Organisation = z.infer<typeof Organisation>

export const Contact = z.strictObject({
  ...rowBase,
  organisationId: Id,
  name: z.string().trim().min(1).max(300),
  role: ShortText,
  email: z.string().max(320),
  phone: z.string().max(100),
  notes: LongText
})
export type Contact = z.infer<typeof Contact>

export const ENGAGEMENT_KINDS = ['workshop', 'procurement-support', 'training', 'lecture', 'other'] as const
export const EngagementKind = z.enum(ENGAGEMENT_KINDS)
export type EngagementKind = z.infer<typeof EngagementKind>

/** In the pipeline's order: the open stages, the finished one, and a lost engagement last (off the main path). */
export const ENGAGEMENT_STATUSES = ['lead', 'proposal-sent', 'won', 'active', 'completed', 'lost'] as const
export const EngagementStatus = z.enum(ENGAGEMENT_STATUSES)
export type EngagementStatus = z.infer<typeof EngagementStatus>

export const StatusChange = z.strictObject({
  status: EngagementStatus,
  at: Timestamp
})
export type StatusChange = z.infer<typeof StatusChange>

export const Engagement = z.strictObject({
  ...rowBase,
  organisationId: Id,
  title: z.string().trim().min(1).max(300),
  kind: EngagementKind,
  status: EngagementStatus,
  /** Every status the engagement has had, oldest first; the last entry equals `status`. */
  statusHistory: z.array(StatusChange).min(1).max(1000),
  valueSek: Sek.nullable(),
  expectedStart: IsoDate.nullable(),
  expectedEnd: IsoDate.nullable(),
  notes: LongText
})
export type Engagement = z.infer<typeof Engagement>

// ---------- Workshops ----------

/** The starting-question library; built-in questions come from DOMAIN.md. */
export const StartingQuestion = z.strictObject({
  ...rowBase,
  text: z.string().trim().min(1).max(1000),
  builtIn: z.boolean()
})
export type StartingQuestion = z.infer<typeof StartingQuestion>

export const Workshop = z.strictObject({
  ...rowBase,
  engagementId: Id,
  title: z.string().max(300),
  /** Local date and time, YYYY-MM-DDTHH:mm. */
  startsAt: LocalDateTime,
  place: ShortText,
  digital: z.boolean(),
  questionId: Id.nullable(),
  /** The question as asked at this workshop (kept even if the library entry changes). */
  startingQuestion: z.string().max(1000),
  purpose: LongText,
  agenda: z.array(z.string().max(1000)).max(200),
  participantCount: z.number().int().nonnegative().nullable(),
  notes: LongText
})
export type Workshop = z.infer<typeof Workshop>

/** A named participant of a workshop; personal data. */
export const Participant = z.strictObject({
  ...rowBase,
  workshopId: Id,
  contactId: Id.nullable(),
  name: ShortText,
  role: ShortText
})
export type Participant = z.infer<typeof Participant>

// ---------- Areas and indicators ----------

export const PROCUREMENT_NECESSITIES = ['necessary', 'contributing', 'not-necessary'] as const
export const ProcurementNecessity = z.enum(PROCUREMENT_NECESSITIES)

export const PROCUREMENT_ROUTES = [
  'undecided',
  'direct',
  'open',
  'restricted',
  'negotiated-with-notice',
  'negotiated-without-notice',
  'competitive-dialogue',
  'innovation-partnership',
  'pre-commercial',
  'functional',
  'below-threshold'
] as const
export const ProcurementRoute = z.enum(PROCUREMENT_ROUTES)
export type ProcurementRoute = z.infer<typeof ProcurementRoute>

export const AREA_STATUSES = ['identified', 'prioritised', 'in-procurement', 'implemented', 'followed-up'] as const
export const AreaStatus = z.enum(AREA_STATUSES)
export type AreaStatus = z.infer<typeof AreaStatus>

export const Indicator = z.strictObject({
  name: z.string().max(300),
  unit: z.string().max(100),
  direction: z.enum(['higher-is-better', 'lower-is-better']),
  baselineValue: OptionalNumber,
  baselineDate: IsoDate.nullable(),
  targetValue: OptionalNumber,
  targetDate: IsoDate.nullable(),
  dataSource: ShortText,
  owner: ShortText
})
export type Indicator = z.infer<typeof Indicator>

export const Area = z.strictObject({
  ...rowBase,
  engagementId: Id,
  workshopId: Id,
  title: z.string().trim().min(1).max(300),
  problem: LongText,
  costPerYearSek: Sek.nullable(),
  costEstimateNote: z.string().max(5000),
  indicator: Indicator.nullable(),
  /** Goal id within the organisation's goals list. */
  goalId: Id.nullable(),
  procurementNecessity: ProcurementNecessity.nullable(),
  necessityRationale: z.string().max(5000),
  route: ProcurementRoute,
  needsDevelopment: z.boolean(),
  contractValueSek: Sek.nullable(),
  annualEffectSek: Sek.nullable(),
  annualEffectIndicator: OptionalNumber,
  status: AreaStatus,
  /** Dot votes from the workshop. */
  votes: z.number().int().nonnegative().nullable()
})
export type Area = z.infer<typeof Area>

/** A measured value of an area's indicator at a date (follow-up). */
export const Measurement = z.strictObject({
  ...rowBase,
  areaId: Id,
  date: IsoDate,
  value: z.number().finite(),
  /** Where the value comes from (a system, a report, a department). Files written before it existed have none: ''. */
  source: ShortText.default(''),
  note: z.string().max(5000)
})
export type Measurement = z.infer<typeof Measurement>

// ---------- Prioritisation ----------

export const Criterion = z.strictObject({
  ...rowBase,
  engagementId: Id,
  name: z.string().trim().min(1).max(200),
  weight: z.number().finite().nonnegative(),
  direction: z.enum(['benefit', 'cost']),
  /** Position in the grid, 0-based. */
  order: z.number().int().nonnegative(),
  /** Marks the criterion fed by dot votes (normalised to 1–5) rather than by hand. */
  fromVotes: z.boolean()
})
export type Criterion = z.infer<typeof Criterion>

export const Score = z.strictObject({
  ...rowBase,
  areaId: Id,
  criterionId: Id,
  value: z.number().int().min(1).max(5)
})
export type Score = z.infer<typeof Score>

// ---------- Evaluations ----------

const Grade = z.number().int().min(1).max(6).nullable()

export const Evaluation = z.strictObject({
  ...rowBase,
  workshopId: Id,
  overall: Grade,
  content: Grade,
  delivery: Grade,
  comment: z.string().max(10_000),
  /** Consent to quote the comment as a reference. */
  quotable: z.boolean(),
  /** Picked as a reference for proposals. */
  reference: z.boolean(),
  name: ShortText,
  contactId: Id.nullable()
})
export type Evaluation = z.infer<typeof Evaluation>

// ---------- Documents and attachments ----------

export const DocumentKind = z.enum(['proposal', 'workshop-report', 'follow-up-report'])
export const DocumentRecord = z.strictObject({
  ...rowBase,
  engagementId: Id,
  workshopId: Id.nullable(),
  kind: DocumentKind,
  language: z.enum(['sv', 'en']),
  fileName: z.string().min(1).max(255),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative()
})
export type DocumentRecord = z.infer<typeof DocumentRecord>

export const AttachmentOwner = z.enum(['organisation', 'workshop', 'area'])
export const Attachment = z.strictObject({
  ...rowBase,
  ownerType: AttachmentOwner,
  ownerId: Id,
  name: z.string().min(1).max(255),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  mimeType: z.string().max(200)
})
export type Attachment = z.infer<typeof Attachment>

/** The consultant's corrections of the dated legal thresholds (see src-shared thresholds). */
export const ThresholdOverride = z.strictObject({
  ...rowBase,
  key: z.string().min(1).max(100),
  valueSek: Sek,
  validFrom: IsoDate,
  source: z.string().max(1000)
})
export type ThresholdOverride = z.infer<typeof ThresholdOverride>

/** Every table of the portfolio, in dependency order (parents before children). */
export const TABLES = {
  organisations: Organisation,
  contacts: Contact,
  engagements: Engagement,
  questions: StartingQuestion,
  workshops: Workshop,
  participants: Participant,
  areas: Area,
  measurements: Measurement,
  criteria: Criterion,
  scores: Score,
  evaluations: Evaluation,
  documents: DocumentRecord,
  attachments: Attachment,
  thresholds: ThresholdOverride
} as const

export type TableName = keyof typeof TABLES
export const TABLE_NAMES = Object.keys(TABLES) as TableName[]
export type RowOf<T extends TableName> = z.infer<(typeof TABLES)[T]>

/**
 * References between tables: child table, field, parent table. A null field is no reference.
 * Used by the portfolio-file check and by cascade deletes.
 */
export const REFERENCES: ReadonlyArray<{ table: TableName; field: string; parent: TableName }> = [
  { table: 'contacts', field: 'organisationId', parent: 'organisations' },
  { table: 'engagements', field: 'organisationId', parent: 'organisations' },
  { table: 'workshops', field: 'engagementId', parent: 'engagements' },
  { table: 'workshops', field: 'questionId', parent: 'questions' },
  { table: 'participants', field: 'workshopId', parent: 'workshops' },
  { table: 'participants', field: 'contactId', parent: 'contacts' },
  { table: 'areas', field: 'engagementId', parent: 'engagements' },
  { table: 'areas', field: 'workshopId', parent: 'workshops' },
  { table: 'measurements', field: 'areaId', parent: 'areas' },
  { table: 'criteria', field: 'engagementId', parent: 'engagements' },
  { table: 'scores', field: 'areaId', parent: 'areas' },
  { table: 'scores', field: 'criterionId', parent: 'criteria' },
  { table: 'evaluations', field: 'workshopId', parent: 'workshops' },
  { table: 'evaluations', field: 'contactId', parent: 'contacts' },
  { table: 'documents', field: 'engagementId', parent: 'engagements' },
  { table: 'documents', field: 'workshopId', parent: 'workshops' }
]
