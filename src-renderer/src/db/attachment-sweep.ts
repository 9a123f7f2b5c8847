/**
 * Which attachment files no row refers to any more (issue 13, point 2): after an import, a restore,
 * and a cascade delete whose undo window closed, the renderer names these hashes to main
 * (attachments:sweep), which deletes exactly those. Main never gets a list of the hashes to keep:
 * a stale or partial one could then empty the store.
 */
import type { MatbarDb } from './db'
import { lastDeletion, type UndoEntry } from './undo'

/** The hashes a remembered deletion would bring back on undo: their files must stay meanwhile. */
export function hashesHeldBy(entry: UndoEntry | null): Set<string> {
  const rows = (entry?.snapshot.deleted.attachments ?? []) as { sha256?: unknown }[]
  return new Set(rows.flatMap((row) => (typeof row.sha256 === 'string' ? [row.sha256] : [])))
}

/**
 * The candidates no attachment row refers to (read in one transaction), leaving out those the
 * current undo entry holds.
 */
export async function unreferencedHashes(db: MatbarDb, candidates: Iterable<string>): Promise<string[]> {
  const held = hashesHeldBy(lastDeletion(db))
  const unique = [...new Set(candidates)].filter((sha256) => !held.has(sha256))
  if (unique.length === 0) return []
  return db.transaction('r', db.attachments, async () => {
    const out: string[] = []
    for (const sha256 of unique)
      if ((await db.attachments.where('sha256').equals(sha256).count()) === 0) out.push(sha256)
    return out
  })
}
