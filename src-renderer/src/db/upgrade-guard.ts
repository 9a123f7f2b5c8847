/**
 * Before Dexie upgrades the database to a newer schema version, the data as it is gets backed up.
 * Dexie cannot open an older database without upgrading it, so the stored version is read with raw
 * IndexedDB first, and if it is older than the code's, every object store is dumped raw (no schema
 * of ours applied) and handed to main as a backup. Only then does the app open the database.
 */
import { RAW_DUMP_FORMAT } from '@shared/upgrade-backup'

/** Dexie stores version n as IndexedDB version n * 10. */
const DEXIE_VERSION_FACTOR = 10

export type RawDump = {
  format: typeof RAW_DUMP_FORMAT
  database: string
  dexieVersion: number
  exportedAt: string
  stores: Record<string, unknown[]>
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

/**
 * The Dexie version of the stored database, or null when there is none yet (nothing is created). Opened without a
 * version, which gives the stored one; an upgradeneeded means it did not exist, so the upgrade is aborted and nothing
 * is kept. Not `indexedDB.databases()`: in Chromium that lists every database of the origin and took 80–420 ms of
 * a 10 000-organisation page load, where this open took about 10 ms and leaves the database open for Dexie's own
 * (docs/PERFORMANCE.md, session 8).
 */
export async function storedVersion(idb: IDBFactory, name: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const req = idb.open(name)
    let created = false
    req.onupgradeneeded = () => {
      created = true
      req.transaction?.abort()
    }
    req.onsuccess = () => {
      const version = req.result.version / DEXIE_VERSION_FACTOR
      req.result.close()
      resolve(version)
    }
    req.onerror = () => (created ? resolve(null) : reject(req.error))
  })
}

/** Reads every object store of the database as it is, at its stored version. */
export async function dumpRawStores(idb: IDBFactory, name: string, now: Date = new Date()): Promise<RawDump> {
  const db = await request(idb.open(name))
  try {
    const stores: Record<string, unknown[]> = {}
    const names = [...db.objectStoreNames]
    if (names.length > 0) {
      const tx = db.transaction(names, 'readonly')
      for (const store of names) stores[store] = await request(tx.objectStore(store).getAll())
    }
    return {
      format: RAW_DUMP_FORMAT,
      database: name,
      dexieVersion: db.version / DEXIE_VERSION_FACTOR,
      exportedAt: now.toISOString(),
      stores
    }
  } finally {
    db.close()
  }
}

export type GuardOutcome = 'new' | 'current' | 'backed-up' | 'backup-failed'

/**
 * Runs before the app's first query. When the stored database is older than `codeVersion`, dumps it
 * and calls `backup` with the dump (sent on in pieces, never as one JSON string); the upgrade then
 * happens when Dexie opens.
 */
export async function guardUpgrade(options: {
  idb: IDBFactory
  name: string
  codeVersion: number
  backup: (dump: RawDump) => Promise<boolean>
  log?: (message: string) => void
}): Promise<GuardOutcome> {
  const version = await storedVersion(options.idb, options.name)
  if (version === null) return 'new'
  if (version >= options.codeVersion) return 'current'
  try {
    const dump = await dumpRawStores(options.idb, options.name)
    return (await options.backup(dump)) ? 'backed-up' : 'backup-failed'
  } catch (error) {
    options.log?.(`backup before the database upgrade failed: ${String(error)}`)
    return 'backup-failed'
  }
}
