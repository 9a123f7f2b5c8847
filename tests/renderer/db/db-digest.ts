/** A SHA-256 over every row of every table, in a fixed order: equal digests mean equal databases. */
import { TABLE_NAMES } from '@shared/entities'
import type { MatbarDb } from '@renderer/db/db'

/** Stable JSON: object keys sorted, so the same rows always give the same text. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(',')}}`
  }
  return JSON.stringify(value)
}

/** The digest of the whole database. */
export async function databaseDigest(db: MatbarDb): Promise<string> {
  const parts: string[] = []
  for (const name of TABLE_NAMES) {
    const rows = await db.entityTable(name).toArray()
    rows.sort((a, b) => ((a as { id: string }).id < (b as { id: string }).id ? -1 : 1))
    parts.push(`${name}:${stable(rows)}`)
  }
  const bytes = new TextEncoder().encode(parts.join('\n'))
  const hash = await crypto.subtle.digest('SHA-256', bytes)
  return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('')
}
