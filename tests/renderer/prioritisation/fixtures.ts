/** Rows for the prioritisation tests: an organisation, an engagement, its areas and criteria. */
import type { RowOf } from '@shared/entities'
import type { MatbarDb } from '@renderer/db/db'
import { newArea } from '@renderer/features/areas/commands'
import { engagementRow, organisationRow } from '../helpers/rows'

const AT = '2026-03-01T10:00:00.000Z'
let seq = 0

/** A valid area row. */
export function areaRow(engagementId: string, title: string, overrides: Partial<RowOf<'areas'>> = {}): RowOf<'areas'> {
  seq += 1
  // Ids in creation order, so ties in a ranking (broken by id) come out the same every run.
  return { ...newArea({ id: 'ws-1', engagementId }, title, AT), id: `area-${seq}`, route: 'open', ...overrides }
}

/** A valid criterion row. */
export function criterionRow(
  engagementId: string,
  name: string,
  weight: number,
  order: number,
  direction: 'benefit' | 'cost' = 'benefit'
): RowOf<'criteria'> {
  seq += 1
  return {
    id: `crit-${seq}`,
    createdAt: AT,
    updatedAt: AT,
    engagementId,
    name,
    weight,
    direction,
    order,
    fromVotes: false
  }
}

/** A valid score row. */
export function scoreRow(areaId: string, criterionId: string, value: number): RowOf<'scores'> {
  seq += 1
  return { id: `score-${seq}`, createdAt: AT, updatedAt: AT, areaId, criterionId, value }
}

/** Stores an organisation and an engagement and returns the engagement id. */
export async function seedEngagement(
  db: MatbarDb,
  kind: RowOf<'organisations'>['kind'] = 'municipality',
  orgName = 'Norrviks kommun'
): Promise<string> {
  const org = organisationRow({ name: orgName, kind })
  const eng = engagementRow(org.id, { title: `Uppdrag hos ${orgName}` })
  await db.organisations.add(org)
  await db.engagements.add(eng)
  return eng.id
}
