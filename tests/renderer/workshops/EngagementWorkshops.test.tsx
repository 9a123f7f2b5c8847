import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ServicesContext } from '@renderer/platform/services'
import { EngagementWorkshops } from '@renderer/features/workshops'
import { createApi } from '@renderer/platform/api'
import { MemoryRouter } from 'react-router'
import { freshDb } from '../helpers/db'
import { createFakeMain } from '../helpers/fake-transport'
import { evaluationRow } from '../helpers/rows'
import { seedEngagement } from './fixtures'

describe('EngagementWorkshops', () => {
  it('lists the engagement’s workshops with their overall mean', async () => {
    const db = freshDb()
    const { first, engagement } = await seedEngagement(db)
    await db.evaluations.bulkAdd([evaluationRow(first.id, { overall: 6 }), evaluationRow(first.id, { overall: 5 })])
    render(
      <ServicesContext value={{ db, api: createApi(createFakeMain().transport) }}>
        <MemoryRouter>
          <EngagementWorkshops engagementId={engagement.id} />
        </MemoryRouter>
      </ServicesContext>
    )
    const table = await screen.findByRole('table', { name: 'Uppdragets workshops' })
    expect(within(table).getAllByRole('row')).toHaveLength(3)
    expect(table.textContent).toContain('5,5')
    expect(screen.getByRole('link', { name: 'Ny workshop' }).getAttribute('href')).toContain(
      `engagement=${engagement.id}`
    )
  })
})
