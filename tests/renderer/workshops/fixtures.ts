/** Rows for the workshop, area and evaluation tests: an organisation with an engagement and two workshops. */
import type { MatbarDb } from '@renderer/db/db'
import { newArea } from '@renderer/features/areas/commands'
import type { Area, RowOf } from '@shared/entities'
import { engagementRow, organisationRow } from '../helpers/rows'

const NOW = '2026-02-01T10:00:00.000Z'
let seq = 0

/** A valid workshop row. */
export function workshopRow(engagementId: string, overrides: Partial<RowOf<'workshops'>> = {}): RowOf<'workshops'> {
  seq += 1
  return {
    id: `ws-${seq}`,
    createdAt: NOW,
    updatedAt: NOW,
    engagementId,
    title: `Workshop ${seq}`,
    startsAt: '2026-02-12T09:00',
    place: 'Stadshuset',
    digital: false,
    questionId: null,
    startingQuestion: 'Vilka problem i vården kostar mest pengar?',
    purpose: '',
    agenda: [],
    participantCount: null,
    notes: '',
    ...overrides
  }
}

/** An area row in a workshop. */
export function areaRow(w: { id: string; engagementId: string }, overrides: Partial<Area> = {}): Area {
  return { ...newArea(w, 'Område', NOW), ...overrides }
}

/** Seeds an organisation (kind as given), an engagement and two workshops of it; returns them. */
export async function seedEngagement(db: MatbarDb, kind: RowOf<'organisations'>['kind'] = 'municipality') {
  const organisation = organisationRow({
    kind,
    goals: [{ id: 'g1', text: 'Ekonomi i balans 2027', targetValue: null, targetUnit: '', targetYear: 2027 }]
  })
  const engagement = engagementRow(organisation.id)
  const first = workshopRow(engagement.id)
  const second = workshopRow(engagement.id, { startsAt: '2026-03-12T09:00', title: 'Uppföljning' })
  await db.organisations.add(organisation)
  await db.engagements.add(engagement)
  await db.workshops.bulkAdd([first, second])
  return { organisation, engagement, first, second }
}
