/** Small valid rows for database tests; each call gives a new id. */
import type { RowOf } from '@shared/entities'

const NOW = '2025-03-01T10:00:00.000Z'
let seq = 0
const nextId = (prefix: string) => `${prefix}-${++seq}`

/** A valid organisation row. */
export function organisationRow(overrides: Partial<RowOf<'organisations'>> = {}): RowOf<'organisations'> {
  return {
    id: nextId('org'),
    createdAt: NOW,
    updatedAt: NOW,
    name: `Organisation ${seq}`,
    kind: 'municipality',
    orgNumber: null,
    sector: '',
    size: null,
    sizeUnit: 'inhabitants',
    address: '',
    website: '',
    notes: '',
    tags: [],
    goals: [],
    ...overrides
  }
}

/** A valid engagement row for an organisation. */
export function engagementRow(
  organisationId: string,
  overrides: Partial<RowOf<'engagements'>> = {}
): RowOf<'engagements'> {
  return {
    id: nextId('eng'),
    createdAt: NOW,
    updatedAt: NOW,
    organisationId,
    title: `Uppdrag ${seq}`,
    kind: 'workshop',
    status: 'won',
    statusHistory: [{ status: 'won', at: NOW }],
    valueSek: 45000,
    expectedStart: null,
    expectedEnd: null,
    notes: '',
    ...overrides
  }
}

/** A valid evaluation row for a workshop. */
export function evaluationRow(workshopId: string, overrides: Partial<RowOf<'evaluations'>> = {}): RowOf<'evaluations'> {
  return {
    id: nextId('eval'),
    createdAt: NOW,
    updatedAt: NOW,
    workshopId,
    overall: 5,
    content: 5,
    delivery: 5,
    comment: '',
    quotable: false,
    reference: false,
    name: '',
    contactId: null,
    ...overrides
  }
}
