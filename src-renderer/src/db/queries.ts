/** Read helpers shared by the list pages. */
import type { MatbarDb } from './db'

/** The client (organisation) name of every engagement, by engagement id. */
export async function clientNameByEngagement(db: MatbarDb): Promise<Map<string, string>> {
  const [organisations, engagements] = await Promise.all([db.organisations.toArray(), db.engagements.toArray()])
  const orgName = new Map(organisations.map((o) => [o.id, o.name]))
  return new Map(engagements.flatMap((e) => {
    const name = orgName.get(e.organisationId)
    return name === undefined ? [] : [[e.id, name] as const]
  }))
}
