/**
 * The backup written before a schema upgrade (db/upgrade-guard.ts hands over the raw dump of the old
 * database). It is written as a normal portfolio archive with its attachments, so the backup list
 * can restore it like any other; the rows of an older version are read by today's schemas, which
 * give the fields added since their defaults, as a portfolio file from that version would be read.
 */
import { TABLE_NAMES, type TableName } from '@shared/entities'
import { checkPortfolioData, PORTFOLIO_FORMAT, PORTFOLIO_FORMAT_VERSION } from '@shared/portfolio-file'
import { SHA256_PATTERN } from '@shared/file-names'

/** The format name db/upgrade-guard.ts gives its raw dump of every IndexedDB store. */
export const RAW_DUMP_FORMAT = 'matbar-idb-dump'

export type UpgradeBackupPayload = {
  /** A portfolio file, or the raw dump itself when its rows cannot be read as one (see `restorable`). */
  text: string
  /** The attachment hashes the old rows refer to: main adds their files to the archive. */
  attachments: string[]
  /** False when the dump was kept raw: nothing is lost, but the app cannot restore it by itself. */
  restorable: boolean
}

/**
 * What the before-upgrade backup is made of, to be sent in pieces (never as one string): `head` is the
 * file without its rows, `key` the member that holds them (last in the file), `tables` the rows by
 * table. Joined, `{...head, [key]: tables}` is the file upgradeBackupPayload gives as text.
 */
export type UpgradeBackupParts = {
  head: Record<string, unknown>
  key: 'tables' | 'stores'
  tables: Record<string, readonly unknown[]>
  /** The attachment hashes the old rows refer to: main adds their files to the archive. */
  attachments: string[]
  /** False when the dump is kept raw: nothing is lost, but the app cannot restore it by itself. */
  restorable: boolean
}

/**
 * The before-upgrade backup of a raw dump (db/upgrade-guard.ts) as parts: a portfolio file when its
 * rows read as one, else the raw dump itself, unchanged. Null when `dump` is not a raw dump at all.
 */
export function upgradeBackupParts(
  dump: unknown,
  appVersion: string,
  now: Date = new Date()
): UpgradeBackupParts | null {
  if (!isRecord(dump) || dump['format'] !== RAW_DUMP_FORMAT || !isRecord(dump['stores'])) return null
  const stores = dump['stores']
  // dumpRawStores gives every store as an array (getAll); anything else is not a dump of ours.
  if (Object.values(stores).some((rows) => !Array.isArray(rows))) return null
  const attachments = attachmentHashes(stores['attachments'])
  const { stores: _rows, ...rawHead } = dump
  const raw: UpgradeBackupParts = {
    head: rawHead,
    key: 'stores',
    tables: stores as Record<string, readonly unknown[]>,
    attachments,
    restorable: false
  }
  const portfolio = portfolioOf(stores, appVersion, now)
  if (!portfolio) return raw
  // The same check a restore makes: if it would refuse the file, the backup keeps the raw dump instead.
  if (!checkPortfolioData(portfolio).ok) return raw
  const { tables, ...head } = portfolio
  return { head, key: 'tables', tables, attachments, restorable: true }
}

/**
 * Turns the raw dump's JSON into what main writes as the before-upgrade backup. Never throws: a dump
 * that is not a portfolio (a store the code no longer knows, a row today's schema refuses) is kept
 * raw rather than changed, since it is the only copy of the data as it was.
 */
export function upgradeBackupPayload(
  dumpJson: string,
  appVersion: string,
  now: Date = new Date()
): UpgradeBackupPayload {
  let dump: unknown
  try {
    dump = JSON.parse(dumpJson)
  } catch {
    return { text: dumpJson, attachments: [], restorable: false }
  }
  const parts = upgradeBackupParts(dump, appVersion, now)
  if (!parts) return { text: dumpJson, attachments: [], restorable: false }
  if (!parts.restorable) return { text: dumpJson, attachments: parts.attachments, restorable: false }
  return {
    text: JSON.stringify({ ...parts.head, tables: parts.tables }),
    attachments: parts.attachments,
    restorable: true
  }
}

/**
 * A raw dump read back from a backup (the before-upgrade backups written before they were portfolio
 * archives hold one) as a portfolio file's text, for the restore to check like any other; any other
 * text is given back as it is. Only text that starts as a dump is parsed here.
 */
export function portfolioTextFromDump(text: string, appVersion: string, now: Date = new Date()): string {
  if (!DUMP_START.test(text.slice(0, 64))) return text
  const stores = dumpStores(text)
  return (stores && portfolioTextOf(stores, appVersion, now)) ?? text
}

// JSON.stringify(dump) in db/upgrade-guard.ts writes the format first.
const DUMP_START = new RegExp(`^\\s*\\{\\s*"format"\\s*:\\s*"${RAW_DUMP_FORMAT}"`)

/** The stores of a raw dump, or null when the text is not one. */
function dumpStores(dumpJson: string): Record<string, unknown> | null {
  try {
    const dump = JSON.parse(dumpJson) as { format?: unknown; stores?: unknown }
    return isRecord(dump) && dump.format === RAW_DUMP_FORMAT && isRecord(dump.stores) ? dump.stores : null
  } catch {
    return null
  }
}

/** The stores as a portfolio file (a table the old version lacked is empty); null when a store is unknown. */
function portfolioOf(
  stores: Record<string, unknown>,
  appVersion: string,
  now: Date
): {
  format: string
  formatVersion: number
  exportedAt: string
  appVersion: string
  tables: Record<TableName, unknown[]>
} | null {
  if (Object.keys(stores).some((name) => !(TABLE_NAMES as readonly string[]).includes(name))) return null
  const tables = {} as Record<TableName, unknown[]>
  for (const name of TABLE_NAMES) {
    const rows = stores[name]
    tables[name] = Array.isArray(rows) ? rows : []
  }
  return {
    format: PORTFOLIO_FORMAT,
    formatVersion: PORTFOLIO_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    appVersion: appVersion || '0',
    tables
  }
}

function portfolioTextOf(stores: Record<string, unknown>, appVersion: string, now: Date): string | null {
  const portfolio = portfolioOf(stores, appVersion, now)
  return portfolio && JSON.stringify(portfolio)
}

/** The distinct well-formed SHA-256 hashes of the attachment rows, whatever else the rows hold. */
function attachmentHashes(rows: unknown): string[] {
  if (!Array.isArray(rows)) return []
  const hashes = new Set<string>()
  for (const row of rows) {
    const sha256 = isRecord(row) ? row['sha256'] : undefined
    if (typeof sha256 === 'string' && SHA256_PATTERN.test(sha256)) hashes.add(sha256)
  }
  return [...hashes]
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
