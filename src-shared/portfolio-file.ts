/**
 * The portfolio file: one versioned JSON document holding every table.
 * Used for the sample portfolio now, and for export, import and backups later.
 * Everything read from a file is untrusted: parsePortfolioFile never throws and names
 * each problem by its JSON path.
 */
import { z } from 'zod'
import { REFERENCES, TABLES, TABLE_NAMES, Timestamp } from './entities'
import type { Area, Criterion, Engagement, Organisation, TableName, Workshop } from './entities'
import { findJsonSyntaxError } from './json-syntax'

export const PORTFOLIO_FORMAT = 'matbar-portfolio'
export const PORTFOLIO_FORMAT_VERSION = 1
/** Every format version this build reads. */
export const SUPPORTED_FORMAT_VERSIONS: readonly number[] = [PORTFOLIO_FORMAT_VERSION]
/** Longer texts are refused before parsing: a runaway file must not freeze the app. */
export const MAX_PORTFOLIO_TEXT_LENGTH = 200 * 1024 * 1024
/** At most this many errors are listed; the rest are counted in a final entry. */
export const MAX_PORTFOLIO_ERRORS = 1000
/**
 * Deepest nesting of arrays and objects accepted (a valid file nests about six deep). Deeper values
 * are refused before any check walks them: a 100 000-deep array would overflow the stack of every
 * recursive step after JSON.parse (zod, JSON.stringify, String()).
 */
export const MAX_PORTFOLIO_DEPTH = 64

type TablesShape = { [K in TableName]: z.ZodArray<(typeof TABLES)[K]> }

function tablesShape(): TablesShape {
  const shape: Partial<Record<TableName, z.ZodArray<z.ZodType>>> = {}
  for (const name of TABLE_NAMES) shape[name] = z.array(TABLES[name])
  return shape as TablesShape
}

/** Every table of the portfolio, each an array of its rows; all tables must be present. */
export const PortfolioTables = z.strictObject(tablesShape())
export type PortfolioTables = z.infer<typeof PortfolioTables>

/** The whole file. */
export const PortfolioFile = z.strictObject({
  format: z.literal(PORTFOLIO_FORMAT),
  formatVersion: z.literal(PORTFOLIO_FORMAT_VERSION),
  exportedAt: Timestamp,
  appVersion: z.string().min(1).max(100),
  tables: PortfolioTables
})
export type Portfolio = z.infer<typeof PortfolioFile>

/** One problem in a portfolio file: where (a JSON path such as `$.tables.areas[2].title`) and what. */
export interface PortfolioError {
  path: string
  message: string
}

export type ParsePortfolioResult = { ok: true; portfolio: Portfolio } | { ok: false; errors: PortfolioError[] }

export interface ParsePortfolioOptions {
  /** Overrides MAX_PORTFOLIO_TEXT_LENGTH (tests use a small one). */
  maxLength?: number
  /** Overrides MAX_PORTFOLIO_ERRORS. */
  maxErrors?: number
}

type PathSegment = string | number

// The envelope is checked with each table as an array of unknown rows, so that one bad row
// does not hide the other tables; rows are then checked one by one against their schema.
const envelopeTables: Record<string, z.ZodArray<z.ZodUnknown>> = {}
for (const name of TABLE_NAMES) envelopeTables[name] = z.array(z.unknown())
const Envelope = z.strictObject({
  format: z.literal(PORTFOLIO_FORMAT),
  formatVersion: z.literal(PORTFOLIO_FORMAT_VERSION),
  exportedAt: Timestamp,
  appVersion: z.string().min(1).max(100),
  tables: z.strictObject(envelopeTables)
})

/** Parses and checks a portfolio file's text; never throws. */
export function parsePortfolioFile(text: string, options: ParsePortfolioOptions = {}): ParsePortfolioResult {
  try {
    return parseUnguarded(text, options)
  } catch (error) {
    // The checks below are written not to throw; this is the promise kept if one still does.
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error'
    return fail('$', `the file could not be checked (${detail.slice(0, 200)})`)
  }
}

function parseUnguarded(text: string, options: ParsePortfolioOptions): ParsePortfolioResult {
  const maxLength = options.maxLength ?? MAX_PORTFOLIO_TEXT_LENGTH

  if (typeof text !== 'string') return fail('$', 'expected the file content as text')
  if (text.length > maxLength) {
    return fail('$', `the file is too large (${formatSize(text.length)}); at most ${formatSize(maxLength)} can be read`)
  }
  // Editors on Windows may save a byte-order mark, which JSON.parse rejects.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text

  let data: unknown
  try {
    data = JSON.parse(body)
  } catch (error) {
    return fail('$', describeJsonError(body, error))
  }
  return checkPortfolioData(data, options)
}

/**
 * The envelope of a file read in pieces (the file with every table's rows left out), parsed: the
 * pieces' rows are added to it (addPortfolioPiece), then checkPortfolioData checks the whole as
 * parsePortfolioFile checks a text. Never throws.
 */
export function parsePortfolioEnvelope(
  text: string
): { ok: true; data: unknown } | { ok: false; errors: PortfolioError[] } {
  try {
    return { ok: true, data: JSON.parse(text) as unknown }
  } catch (error) {
    return { ok: false, errors: [{ path: '$', message: describeJsonError(text, error) }] }
  }
}

/**
 * Adds one piece of rows (JSON text of whole rows without the brackets, rows `first`… of `table`) to a
 * parsed envelope. Null when added; else the error, named by the rows' place in the file.
 */
export function addPortfolioPiece(data: unknown, table: string, first: number, text: string): PortfolioError | null {
  const tables = isRecord(data) && isRecord(data['tables']) ? data['tables'] : null
  const rows = tables && Object.hasOwn(tables, table) ? tables[table] : undefined
  const where = toJsonPath(['tables', table, first])
  if (!Array.isArray(rows) || rows.length !== first)
    return { path: where, message: 'rows out of place (the file was not read in order)' }
  let parsed: unknown
  try {
    parsed = JSON.parse(`[${text}]`)
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 200) : 'invalid'
    return { path: where, message: `the file is not valid JSON in the rows from here on: ${detail}` }
  }
  if (!Array.isArray(parsed)) return { path: where, message: 'the file is not valid JSON in the rows from here on' }
  for (const row of parsed) rows.push(row)
  return null
}

/** Checks a portfolio file's parsed JSON value (parsePortfolioFile after JSON.parse); never throws. */
export function checkPortfolioData(data: unknown, options: ParsePortfolioOptions = {}): ParsePortfolioResult {
  try {
    return checkUnguarded(data, options)
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error'
    return fail('$', `the file could not be checked (${detail.slice(0, 200)})`)
  }
}

function checkUnguarded(data: unknown, options: ParsePortfolioOptions): ParsePortfolioResult {
  const errors = new ErrorList(options.maxErrors ?? MAX_PORTFOLIO_ERRORS)
  if (!isRecord(data)) {
    return fail('$', `expected a JSON object (a Mätbar portfolio file), found ${describeType(data)}`)
  }
  const tooDeep = findTooDeep(data, MAX_PORTFOLIO_DEPTH)
  if (tooDeep) {
    return fail(
      toJsonPath(tooDeep),
      `nested more than ${MAX_PORTFOLIO_DEPTH} levels deep; a Mätbar portfolio file is never nested this deep`
    )
  }

  // Format and version come first: a file of another kind or version gets one clear error,
  // not hundreds of row errors that would only follow from reading it with the wrong schema.
  if (!Object.hasOwn(data, 'format')) {
    return fail('$.format', `missing "format": this is not a Mätbar portfolio file (expected "${PORTFOLIO_FORMAT}")`)
  }
  const format = data['format']
  if (format !== PORTFOLIO_FORMAT) {
    return fail('$.format', `unknown format ${preview(format)}: expected "${PORTFOLIO_FORMAT}"`)
  }
  if (!Object.hasOwn(data, 'formatVersion')) {
    return fail('$.formatVersion', `missing "formatVersion": ${supportedVersionsText()}`)
  }
  const version = data['formatVersion']
  if (typeof version !== 'number' || !SUPPORTED_FORMAT_VERSIONS.includes(version)) {
    const newer =
      typeof version === 'number' && version > Math.max(...SUPPORTED_FORMAT_VERSIONS)
        ? ' (the file was written by a newer version of Mätbar)'
        : ''
    return fail('$.formatVersion', `unsupported format version ${preview(version)}${newer}; ${supportedVersionsText()}`)
  }

  const envelope = Envelope.safeParse(data, { error: issueMessage })
  if (!envelope.success) addIssues(errors, [], envelope.error.issues)

  const rawTables = isRecord(data['tables']) ? data['tables'] : undefined
  const rawRows = new Map<TableName, readonly unknown[]>()
  const validRows = new Map<TableName, Array<{ index: number; row: unknown }>>()
  for (const name of TABLE_NAMES) {
    const rows = rawTables && Object.hasOwn(rawTables, name) ? rawTables[name] : undefined
    if (!Array.isArray(rows)) continue
    rawRows.set(name, rows)
    const valid: Array<{ index: number; row: unknown }> = []
    const schema: z.ZodType = TABLES[name]
    rows.forEach((row, index) => {
      const result = schema.safeParse(row, { error: issueMessage })
      if (result.success) valid.push({ index, row: result.data })
      else addIssues(errors, ['tables', name, index], result.error.issues)
    })
    validRows.set(name, valid)
  }

  checkIntegrity(errors, rawRows, validRows)

  if (errors.total > 0 || !envelope.success) return { ok: false, errors: errors.list() }

  const tables = emptyPortfolioTables()
  const target = tables as Record<TableName, unknown[]>
  for (const name of TABLE_NAMES) {
    for (const { row } of validRows.get(name) ?? []) target[name].push(row)
  }
  return {
    ok: true,
    portfolio: {
      format: PORTFOLIO_FORMAT,
      formatVersion: PORTFOLIO_FORMAT_VERSION,
      exportedAt: envelope.data.exportedAt,
      appVersion: envelope.data.appVersion,
      tables
    }
  }
}

/** A portfolio's tables, each empty. */
export function emptyPortfolioTables(): PortfolioTables {
  const tables: Partial<Record<TableName, unknown[]>> = {}
  for (const name of TABLE_NAMES) tables[name] = []
  return tables as PortfolioTables
}

/** Wraps tables in the file envelope, stamped with the app version and the export time. */
export function createPortfolio(tables: PortfolioTables, appVersion: string, now: Date): Portfolio {
  return {
    format: PORTFOLIO_FORMAT,
    formatVersion: PORTFOLIO_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    appVersion,
    tables
  }
}

/** Formats a path of keys and indexes as a JSON path: `$.tables.areas[2]["odd key"]`. */
export function toJsonPath(segments: readonly PropertyKey[]): string {
  let path = '$'
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`
    else if (typeof segment === 'string' && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(segment)) path += `.${segment}`
    else path += `[${JSON.stringify(String(segment))}]`
  }
  return path
}

// ---------- integrity across rows ----------

type RowIndex = Map<string, { index: number; row: unknown }>

/**
 * Checks what one row's schema cannot: unique ids, references between tables and invariants
 * that span rows. Row ids come from the file, so every lookup keyed by them is a Map: with a
 * plain object, an id such as "__proto__" or "constructor" would hit Object.prototype.
 */
function checkIntegrity(
  errors: ErrorList,
  rawRows: Map<TableName, readonly unknown[]>,
  validRows: Map<TableName, Array<{ index: number; row: unknown }>>
): void {
  // Ids are collected from every row that has a string id, valid or not, so that one bad field
  // elsewhere in a parent row does not also report all its children as dangling.
  const ids = new Map<TableName, Map<string, number>>()
  for (const name of TABLE_NAMES) {
    const seen = new Map<string, number>()
    ids.set(name, seen)
    ;(rawRows.get(name) ?? []).forEach((row, index) => {
      const id = ownString(row, 'id')
      if (id === undefined) return
      const first = seen.get(id)
      if (first === undefined) seen.set(id, index)
      else
        errors.add(
          ['tables', name, index, 'id'],
          `duplicate id ${preview(id)}: row [${first}] of ${name} has the same id`
        )
    })
  }

  for (const { table, field, parent } of REFERENCES) {
    const parentIds = ids.get(parent) ?? new Map<string, number>()
    ;(rawRows.get(table) ?? []).forEach((row, index) => {
      const value = ownString(row, field)
      if (value !== undefined && !parentIds.has(value)) {
        errors.add(
          ['tables', table, index, field],
          `refers to ${parent} id ${preview(value)}, which is not in the file`
        )
      }
    })
  }

  const valid = <T>(name: TableName): Array<{ index: number; row: T }> =>
    (validRows.get(name) ?? []) as Array<{ index: number; row: T }>
  const byId = (name: TableName): RowIndex => {
    const map: RowIndex = new Map()
    for (const entry of valid<{ id: string }>(name)) if (!map.has(entry.row.id)) map.set(entry.row.id, entry)
    return map
  }
  const organisations = byId('organisations')
  const engagements = byId('engagements')
  const workshops = byId('workshops')
  const areas = byId('areas')
  const criteria = byId('criteria')

  for (const { index, row } of valid<Organisation>('organisations')) {
    const goalIds = new Map<string, number>()
    row.goals.forEach((goal, goalIndex) => {
      const first = goalIds.get(goal.id)
      if (first === undefined) goalIds.set(goal.id, goalIndex)
      else
        errors.add(
          ['tables', 'organisations', index, 'goals', goalIndex, 'id'],
          `duplicate goal id ${preview(goal.id)}: goals[${first}] has the same id`
        )
    })
  }

  for (const { index, row } of valid<Engagement>('engagements')) {
    const last = row.statusHistory[row.statusHistory.length - 1]
    if (last && last.status !== row.status) {
      errors.add(
        ['tables', 'engagements', index, 'status'],
        `status "${row.status}" differs from the last entry of statusHistory ("${last.status}")`
      )
    }
  }

  for (const { index, row } of valid<Area>('areas')) {
    const workshop = workshops.get(row.workshopId)?.row as Workshop | undefined
    if (workshop && workshop.engagementId !== row.engagementId) {
      errors.add(
        ['tables', 'areas', index, 'workshopId'],
        `workshop ${preview(row.workshopId)} belongs to engagement ${preview(workshop.engagementId)}, not to this area's engagement ${preview(row.engagementId)}`
      )
    }
    if (row.goalId !== null) {
      const engagement = engagements.get(row.engagementId)?.row as Engagement | undefined
      const organisation = engagement && (organisations.get(engagement.organisationId)?.row as Organisation | undefined)
      if (organisation && !organisation.goals.some((goal) => goal.id === row.goalId)) {
        errors.add(
          ['tables', 'areas', index, 'goalId'],
          `refers to goal ${preview(row.goalId)}, which is not among the goals of organisation ${preview(organisation.id)}`
        )
      }
    }
  }

  const scorePairs = new Map<string, number>()
  for (const { index, row } of valid<{ areaId: string; criterionId: string }>('scores')) {
    // NUL cannot occur in an id, so the pair key is unambiguous.
    const key = `${row.areaId}\u0000${row.criterionId}`
    const first = scorePairs.get(key)
    if (first === undefined) scorePairs.set(key, index)
    else
      errors.add(
        ['tables', 'scores', index],
        `duplicate score for area ${preview(row.areaId)} and criterion ${preview(row.criterionId)}: row [${first}] of scores has the same pair`
      )
    const area = areas.get(row.areaId)?.row as Area | undefined
    const criterion = criteria.get(row.criterionId)?.row as Criterion | undefined
    if (area && criterion && area.engagementId !== criterion.engagementId) {
      errors.add(
        ['tables', 'scores', index, 'criterionId'],
        `criterion ${preview(criterion.id)} belongs to engagement ${preview(criterion.engagementId)}, but area ${preview(area.id)} to ${preview(area.engagementId)}`
      )
    }
  }

  const attachmentOwners = { organisation: 'organisations', workshop: 'workshops', area: 'areas' } as const
  for (const { index, row } of valid<{ ownerType: keyof typeof attachmentOwners; ownerId: string }>('attachments')) {
    const parent = attachmentOwners[row.ownerType]
    if (!ids.get(parent)?.has(row.ownerId)) {
      errors.add(
        ['tables', 'attachments', index, 'ownerId'],
        `refers to ${parent} id ${preview(row.ownerId)}, which is not in the file`
      )
    }
  }
}

// ---------- errors ----------

class ErrorList {
  private readonly items: PortfolioError[] = []
  total = 0

  constructor(private readonly max: number) {}

  add(segments: readonly PropertyKey[], message: string): void {
    this.total++
    if (this.items.length < this.max) this.items.push({ path: toJsonPath(segments), message })
  }

  list(): PortfolioError[] {
    const more = this.total - this.items.length
    return more > 0
      ? [...this.items, { path: '$', message: `and ${more} more error${more === 1 ? '' : 's'}` }]
      : [...this.items]
  }
}

function fail(path: string, message: string): ParsePortfolioResult {
  return { ok: false, errors: [{ path, message }] }
}

function addIssues(errors: ErrorList, prefix: readonly PathSegment[], issues: readonly z.core.$ZodIssue[]): void {
  for (const issue of issues) {
    const path = [...prefix, ...issue.path]
    if (issue.code === 'unrecognized_keys') {
      // One error per unknown field, with the field in the path, so each can be found in the file.
      for (const key of issue.keys) errors.add([...path, key], 'unknown field (not part of this format version)')
    } else {
      errors.add(path, issue.message)
    }
  }
}

/** Replaces zod's "expected string, received undefined" and the like with what it means here. */
function issueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  // JSON has no undefined: an undefined input is always a field that is not there.
  if (issue.input !== undefined) return undefined
  return issue.code === 'invalid_type'
    ? `missing required field (expected ${issue.expected})`
    : 'missing required field'
}

function describeJsonError(text: string, error: unknown): string {
  const found = findJsonSyntaxError(text)
  if (found) {
    return `the file is not valid JSON: ${found.reason} at line ${found.line}, column ${found.column} (position ${found.position})`
  }
  const message = error instanceof Error ? error.message : String(error)
  return `the file is not valid JSON: ${message.slice(0, 200)}`
}

function supportedVersionsText(): string {
  return `this version of Mätbar reads format version ${SUPPORTED_FORMAT_VERSIONS.join(', ')}`
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function ownString(row: unknown, field: string): string | undefined {
  if (!isRecord(row) || !Object.hasOwn(row, field)) return undefined
  const value = row[field]
  return typeof value === 'string' ? value : undefined
}

function describeType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return `a ${typeof value}`
}

/**
 * The path to the first value nested deeper than `maxDepth` (the top object is depth 1), or null.
 * Walks with its own stack, never by recursion, so the depth of the input cannot overflow it.
 */
function findTooDeep(root: object, maxDepth: number): PathSegment[] | null {
  type Frame = { value: unknown; depth: number; key: PathSegment | null; parent: Frame | null }
  const stack: Frame[] = [{ value: root, depth: 1, key: null, parent: null }]
  while (stack.length > 0) {
    const frame = stack.pop()!
    if (frame.depth > maxDepth) {
      const path: PathSegment[] = []
      for (let f: Frame | null = frame; f && f.key !== null; f = f.parent) path.unshift(f.key)
      return path
    }
    const value = frame.value
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const child: unknown = value[i]
        if (typeof child === 'object' && child !== null)
          stack.push({ value: child, depth: frame.depth + 1, key: i, parent: frame })
      }
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (typeof child === 'object' && child !== null)
          stack.push({ value: child, depth: frame.depth + 1, key, parent: frame })
      }
    }
  }
  return null
}

/** A short, safe rendering of a value from the file for an error message (arrays and objects by their kind). */
function preview(value: unknown): string {
  if (Array.isArray(value)) return `an array of ${value.length}`
  if (typeof value === 'object' && value !== null) return 'an object'
  const text = typeof value === 'string' ? JSON.stringify(value.slice(0, 61)) : String(value)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

function formatSize(chars: number): string {
  const mb = 1024 * 1024
  return chars < mb ? `${chars} characters` : `${Math.ceil(chars / mb)} MB`
}
