/**
 * Names the lists show beside their rows: each client's name, and each engagement's client. Read whole, in
 * primary-key pages (lib/list-query readAll, IndexedDB getAll per page): reading only the index keys looked cheaper
 * but makes Dexie step a key cursor row by row, which in Chromium cost more main-thread time than decoding the rows
 * (30 000 engagements: 1.1 s of cursor steps plus 0.8 s for the primary keys against 2.2 s for the whole rows, at
 * load 6; docs/PERFORMANCE.md). Call inside readUncopied (lib/list-query) so Dexie's query cache does not copy the
 * rows as well.
 */
import type { Organisation } from '@shared/entities'
import { readAll } from '@renderer/lib/list-query'
import type { MatbarDb } from './db'

/** Every organisation's name by id. */
export async function organisationNameById(db: MatbarDb): Promise<Map<string, string>> {
  return new Map((await readAll(db.organisations)).map((o) => [o.id, o.name]))
}

/** Every organisation's name and kind. */
export async function organisationNamesAndKinds(
  db: MatbarDb
): Promise<{ id: string; name: string; kind: Organisation['kind'] }[]> {
  return (await readAll(db.organisations)).map(({ id, name, kind }) => ({ id, name, kind }))
}

/** Every engagement's organisation. */
export async function engagementOrganisations(db: MatbarDb): Promise<{ id: string; organisationId: string }[]> {
  return (await readAll(db.engagements)).map(({ id, organisationId }) => ({ id, organisationId }))
}

/** The client (organisation) name of every engagement, by engagement id; one whose client is gone is left out. */
export async function clientNameByEngagement(db: MatbarDb): Promise<Map<string, string>> {
  const [names, engagements] = await Promise.all([organisationNameById(db), engagementOrganisations(db)])
  const out = new Map<string, string>()
  for (const e of engagements) {
    const name = names.get(e.organisationId)
    if (name !== undefined) out.set(e.id, name)
  }
  return out
}
