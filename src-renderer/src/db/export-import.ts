/**
 * Export and import of the whole database as a portfolio file (src-shared/portfolio-file.ts).
 * Import is all or nothing: the file is checked first, then every write happens in one Dexie
 * transaction, so a refused file or a failure halfway leaves the database exactly as it was.
 */
import { TABLE_NAMES, type TableName } from '@shared/entities'
import {
  checkPortfolioData,
  createPortfolio,
  emptyPortfolioTables,
  parsePortfolioFile,
  type Portfolio,
  type PortfolioError,
  type PortfolioTables
} from '@shared/portfolio-file'
import type { MatbarDb } from './db'
import { writeChunked } from './portfolio'

export type ImportMode = 'replace' | 'merge'

/** Per table: rows the file added, rows it changed (newer), rows kept as they were, rows removed. */
export type TableSummary = { added: number; changed: number; kept: number; removed: number }
export type ImportSummary = Record<TableName, TableSummary>

export type ImportResult =
  | { ok: true; mode: ImportMode; summary: ImportSummary; orphanedHashes: string[] }
  /** The file failed parsePortfolioFile, or the merge would break the portfolio's integrity. */
  | { ok: false; kind: 'parse' | 'merge'; errors: PortfolioError[] }
  | { ok: false; kind: 'write'; message: string }

type Row = { id: string; updatedAt: string }

/** Reads every table in one read transaction, so the export is one consistent moment. */
export async function readAllTables(db: MatbarDb): Promise<PortfolioTables> {
  return db.transaction('r', TABLE_NAMES, async () => {
    const tables = emptyPortfolioTables() as Record<TableName, unknown[]>
    for (const name of TABLE_NAMES) tables[name] = await db.entityTable(name).toArray()
    return tables as PortfolioTables
  })
}

/** Every table's rows, each as it arrives (see readTablesAsTheyCome). */
export type ArrivingTables = {
  /** Rows per table, counted in the same read transaction as the rows. */
  counts: Record<TableName, number>
  tables: Record<TableName, Promise<unknown[]>>
}

/**
 * Reads every table in one read transaction (one consistent moment), as readAllTables does, but asks
 * for all of them at once and gives each table's rows as they arrive, with the counts first: a table
 * can be stringified and sent while IndexedDB still reads the next. (A profile of a realistic export
 * through the UI: the renderer sat idle for most of the 5-7 s it waited for the rows before sending
 * anything.) A table whose rows are never awaited (the sending failed) does not count as unhandled.
 */
export async function readTablesAsTheyCome(db: MatbarDb): Promise<ArrivingTables> {
  let give!: (value: ArrivingTables) => void
  const given = new Promise<ArrivingTables>((resolve) => (give = resolve))
  const read = db.transaction('r', TABLE_NAMES, async () => {
    const numbers = await Promise.all(TABLE_NAMES.map((name) => db.entityTable(name).count()))
    const counts = {} as Record<TableName, number>
    const tables = {} as Record<TableName, Promise<unknown[]>>
    TABLE_NAMES.forEach((name, i) => {
      counts[name] = numbers[i]!
      const rows = Promise.resolve(db.entityTable(name).toArray() as Promise<unknown[]>)
      rows.catch(() => undefined)
      tables[name] = rows
    })
    give({ counts, tables })
    await Promise.all(Object.values(tables))
  })
  read.catch(() => undefined)
  // The transaction failing before the counts (its rows' promises reject on their own after).
  return Promise.race([given, read.then(() => given)])
}

/** The portfolio file text of the whole database, and the attachment hashes it refers to. */
export async function exportPortfolio(
  db: MatbarDb,
  appVersion: string,
  now: Date = new Date()
): Promise<{ text: string; attachments: string[] }> {
  const tables = await readAllTables(db)
  const text = JSON.stringify(createPortfolio(tables, appVersion || '0', now))
  return { text, attachments: [...new Set(tables.attachments.map((a) => a.sha256))] }
}

/** About how many characters of portfolio JSON one piece holds (a longer row goes alone). */
export const PIECE_LENGTH = 4 * 1024 * 1024

/** Progress of a long transfer: `done` of `total` units (rows, or pieces while reading a file). */
export type Progress = { done: number; total: number }

/**
 * The portfolio file of the whole database in pieces of about PIECE_LENGTH characters, never as one
 * string (issue 15, point 2): the rows are read in one read transaction (one consistent moment), then
 * each piece is stringified and handed to `send` (awaited before the next), outside the transaction.
 * Joined, the pieces are exactly JSON.stringify(createPortfolio(...)). Gives the rows per table and
 * the attachment hashes the file refers to.
 */
export async function exportPortfolioInPieces(
  db: MatbarDb,
  appVersion: string,
  send: (text: string) => Promise<void>,
  options: { now?: Date; pieceLength?: number; onProgress?: (progress: Progress) => void } = {}
): Promise<{ counts: Record<TableName, number>; attachments: string[] }> {
  const tables = await readAllTables(db)
  return sendPortfolioPieces(tables, appVersion, send, options)
}

/**
 * Sends the whole database as portfolio JSON in pieces while its tables are still being read
 * (readTablesAsTheyCome): joined, the pieces are exactly what sendPortfolioPieces sends for the same rows.
 */
export async function sendArrivingPieces(
  arriving: ArrivingTables,
  appVersion: string,
  send: (text: string) => Promise<void>,
  options: { now?: Date; pieceLength?: number; inFlight?: number; onProgress?: (progress: Progress) => void } = {}
): Promise<{ counts: Record<TableName, number>; attachments: string[] }> {
  const { tables: _none, ...head } = createPortfolio(
    {} as PortfolioTables,
    appVersion || '0',
    options.now ?? new Date()
  )
  let total = 0
  for (const name of TABLE_NAMES) total += arriving.counts[name]
  await sendJsonInPieces(head, 'tables', arriving.tables, send, { ...options, total })
  const attachments = (await arriving.tables.attachments) as PortfolioTables['attachments']
  return { counts: arriving.counts, attachments: [...new Set(attachments.map((a) => a.sha256))] }
}

/** Sends `tables` as portfolio JSON in pieces (see exportPortfolioInPieces); gives counts and hashes. */
export async function sendPortfolioPieces(
  tables: PortfolioTables,
  appVersion: string,
  send: (text: string) => Promise<void>,
  options: { now?: Date; pieceLength?: number; inFlight?: number; onProgress?: (progress: Progress) => void } = {}
): Promise<{ counts: Record<TableName, number>; attachments: string[] }> {
  const counts = {} as Record<TableName, number>
  for (const name of TABLE_NAMES) counts[name] = tables[name].length
  // The envelope with no tables at all; the rows go where its empty tables object is.
  const { tables: _none, ...head } = createPortfolio(
    {} as PortfolioTables,
    appVersion || '0',
    options.now ?? new Date()
  )
  await sendJsonInPieces(head, 'tables', tables, send, options)
  return { counts, attachments: [...new Set(tables.attachments.map((a) => a.sha256))] }
}

/**
 * Sends `{...head, [key]: tables}` as JSON in pieces of about `pieceLength` characters, cut only
 * between whole rows (a longer row goes alone), never building the whole text. Joined, the pieces are
 * exactly JSON.stringify of that object with `key` last. With `inFlight` above 1, that many pieces may
 * be on their way at once (`send` is still called in order; the receiver must keep them in order).
 */
export async function sendJsonInPieces(
  head: Record<string, unknown>,
  key: string,
  tables: Readonly<Record<string, readonly unknown[] | Promise<readonly unknown[]>>>,
  send: (text: string) => Promise<void>,
  options: {
    pieceLength?: number
    inFlight?: number
    onProgress?: (progress: Progress) => void
    /** Rows in all: needed when a table is still on its way (a promise); else counted here. */
    total?: number
  } = {}
): Promise<void> {
  const pieceLength = options.pieceLength ?? PIECE_LENGTH
  const inFlight = Math.max(1, options.inFlight ?? 1)
  let total = options.total ?? 0
  if (options.total === undefined)
    for (const rows of Object.values(tables)) if (Array.isArray(rows)) total += rows.length
  const envelope = JSON.stringify({ ...head, [key]: {} })
  const tail = `${JSON.stringify(key)}:{}}`
  if (!envelope.endsWith(tail)) throw new Error(`the envelope does not end with its ${key}`)
  let parts: string[] = [envelope.slice(0, envelope.length - 2)]
  let length = parts[0]!.length
  let done = 0
  const sending: Promise<void>[] = []
  const flush = async () => {
    const text = parts.join('')
    parts = []
    length = 0
    const at = done
    const sent = send(text).then(() => options.onProgress?.({ done: at, total }))
    // Awaited below in order; this only keeps a piece that fails while an earlier one is awaited from
    // counting as an unhandled rejection.
    sent.catch(() => undefined)
    sending.push(sent)
    // At most `inFlight` pieces on their way; the oldest is awaited before another is made.
    if (sending.length >= inFlight) await sending.shift()
  }
  try {
    for (const [t, [name, arriving]] of Object.entries(tables).entries()) {
      const rows = await arriving
      parts.push(`${t === 0 ? '' : ','}${JSON.stringify(name)}:[`)
      for (let i = 0; i < rows.length; i++) {
        const text = (i === 0 ? '' : ',') + JSON.stringify(rows[i])
        parts.push(text)
        length += text.length
        done++
        if (length >= pieceLength) await flush()
      }
      parts.push(']')
    }
    parts.push('}}')
    await flush()
    while (sending.length > 0) await sending.shift()
  } finally {
    // A failed piece stops the rest; the others still on their way are waited for, not left dangling.
    await Promise.allSettled(sending)
  }
}

/** Sums a summary over all tables. */
export function totals(summary: ImportSummary): TableSummary {
  const out = { added: 0, changed: 0, kept: 0, removed: 0 }
  for (const name of TABLE_NAMES) {
    out.added += summary[name].added
    out.changed += summary[name].changed
    out.kept += summary[name].kept
    out.removed += summary[name].removed
  }
  return out
}

/**
 * Merges incoming rows into current ones by id: a row only in the file is added, a row in both is
 * taken from the file when its updatedAt is newer, else kept. Rows only in the database stay.
 */
export function mergeTables(
  current: PortfolioTables,
  incoming: PortfolioTables
): { merged: PortfolioTables; writes: Record<TableName, unknown[]>; summary: ImportSummary } {
  const merged = emptyPortfolioTables() as Record<TableName, unknown[]>
  const writes = {} as Record<TableName, unknown[]>
  const summary = {} as ImportSummary
  for (const name of TABLE_NAMES) {
    // Map, not object: ids come from a file ("__proto__" must be a key like any other).
    const byId = new Map<string, Row>()
    for (const row of current[name] as Row[]) byId.set(row.id, row)
    const s: TableSummary = { added: 0, changed: 0, kept: 0, removed: 0 }
    const toWrite: unknown[] = []
    for (const row of incoming[name] as Row[]) {
      const existing = byId.get(row.id)
      if (!existing) {
        s.added++
        toWrite.push(row)
        byId.set(row.id, row)
      } else if (Date.parse(row.updatedAt) > Date.parse(existing.updatedAt)) {
        s.changed++
        toWrite.push(row)
        byId.set(row.id, row)
      } else {
        s.kept++
      }
    }
    merged[name] = [...byId.values()]
    writes[name] = toWrite
    summary[name] = s
  }
  return { merged: merged as PortfolioTables, writes, summary }
}

async function putAll(db: MatbarDb, name: TableName, rows: readonly unknown[], add: boolean): Promise<void> {
  await writeChunked(db.entityTable(name), rows, add)
}

class MergeRefused extends Error {
  constructor(readonly errors: PortfolioError[]) {
    super('merge refused')
  }
}

/**
 * Imports a portfolio file's text. Replace: every table is emptied and filled from the file.
 * Merge: see mergeTables; the merged whole must pass the same checks as a file, or nothing changes.
 */
export async function importPortfolioText(db: MatbarDb, text: string, mode: ImportMode): Promise<ImportResult> {
  const parsed = parsePortfolioFile(text)
  if (!parsed.ok) return { ok: false, kind: 'parse', errors: parsed.errors }
  return importCheckedPortfolio(db, parsed.portfolio, mode)
}

/**
 * Imports a portfolio that passed the file checks (parsePortfolioFile or, read in pieces,
 * checkPortfolioData), as importPortfolioText does.
 */
export async function importCheckedPortfolio(
  db: MatbarDb,
  portfolio: Portfolio,
  mode: ImportMode
): Promise<ImportResult> {
  const incoming = portfolio.tables
  try {
    return await db.transaction('rw', TABLE_NAMES, async () => {
      // Only Dexie calls are awaited in here; the checks in between are synchronous.
      const current = emptyPortfolioTables() as Record<TableName, unknown[]>
      for (const name of TABLE_NAMES) current[name] = await db.entityTable(name).toArray()
      const before = new Set((current.attachments as { sha256: string }[]).map((a) => a.sha256))
      let summary: ImportSummary
      let after: Set<string>
      if (mode === 'replace') {
        summary = {} as ImportSummary
        for (const name of TABLE_NAMES) {
          summary[name] = { added: incoming[name].length, changed: 0, kept: 0, removed: current[name].length }
          await db.entityTable(name).clear()
        }
        for (const name of TABLE_NAMES) await putAll(db, name, incoming[name], true)
        after = new Set(incoming.attachments.map((a) => a.sha256))
      } else {
        const result = mergeTables(current as PortfolioTables, incoming)
        // The merged rows are checked as a file's would be, without turning them into one text first.
        const check = checkPortfolioData(createPortfolio(result.merged, portfolio.appVersion, new Date()))
        if (!check.ok) throw new MergeRefused(check.errors)
        for (const name of TABLE_NAMES) await putAll(db, name, result.writes[name], false)
        summary = result.summary
        after = new Set(result.merged.attachments.map((a) => a.sha256))
      }
      return { ok: true as const, mode, summary, orphanedHashes: [...before].filter((h) => !after.has(h)) }
    })
  } catch (error) {
    if (error instanceof MergeRefused) return { ok: false, kind: 'merge', errors: error.errors }
    return { ok: false, kind: 'write', message: error instanceof Error ? error.message : String(error) }
  }
}

/** How many errors a list shows before "and N more". */
export const LISTED_ERRORS = 10

/** The first errors to list and how many more there are (the parser's own "and N more" entry included). */
export function errorsToShow(errors: readonly PortfolioError[]): { shown: PortfolioError[]; more: number } {
  let total = errors.length
  const last = errors[errors.length - 1]
  const tail = last && last.path === '$' ? /^and (\d+) more error/.exec(last.message) : null
  const list = tail ? errors.slice(0, -1) : [...errors]
  if (tail) total = list.length + Number(tail[1])
  const shown = list.slice(0, LISTED_ERRORS)
  return { shown, more: total - shown.length }
}
