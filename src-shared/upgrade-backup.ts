/**
 * The backup written before a schema upgrade (db/upgrade-guard.ts hands over the raw dump of the old
 * database). It is written as a normal portfolio archive with its attachments, so the backup list
 * can restore it like any other; the rows of an older version are read by today's schemas, which
 * give the fields added since their defaults, as a portfolio file from that version would be read.
 */
import { TABLE_NAMES, type TableName } from '@shared/entities'
import { parsePortfolioFile, PORTFOLIO_FORMAT, PORTFOLIO_FORMAT_VERSION } from '@shared/portfolio-file'
import { SHA256_PATTERN } from '@shared/file-names'

export type UpgradeBackupPayload = {
  /** A portfolio file, or the raw dump itself when its rows cannot be read as one (see `restorable`). */
  text: string
  /** The attachment hashes the old rows refer to: main adds their files to the archive. */
  attachments: string[]
  /** False when the dump was kept raw: nothing is lost, but the app cannot restore it by itself. */
  restorable: boolean
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
  let stores: Record<string, unknown>
  try {
    const dump = JSON.parse(dumpJson) as { stores?: unknown }
    stores = isRecord(dump?.stores) ? dump.stores : {}
  } catch {
    return { text: dumpJson, attachments: [], restorable: false }
  }
  const attachments = attachmentHashes(stores['attachments'])
  const unknownStore = Object.keys(stores).some((name) => !(TABLE_NAMES as readonly string[]).includes(name))
  if (unknownStore) return { text: dumpJson, attachments, restorable: false }

  const tables = {} as Record<TableName, unknown[]>
  for (const name of TABLE_NAMES) {
    const rows = stores[name]
    tables[name] = Array.isArray(rows) ? rows : []
  }
  const text = JSON.stringify({
    format: PORTFOLIO_FORMAT,
    formatVersion: PORTFOLIO_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    appVersion: appVersion || '0',
    tables
  })
  // The same check a restore makes: if it would refuse the file, the backup keeps the raw dump instead.
  if (!parsePortfolioFile(text).ok) return { text: dumpJson, attachments, restorable: false }
  return { text, attachments, restorable: true }
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
