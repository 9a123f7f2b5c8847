import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { freshDb } from '../helpers/db'
import { renderApp } from '../helpers/render-app'
import { seedEngagement } from './fixtures'

describe('WorkshopsPage', () => {
  it('lists the workshops latest first, each date opening its workshop, with client and starting question', async () => {
    const db = freshDb()
    const { organisation, first, second } = await seedEngagement(db)
    renderApp({ db, route: '/workshops' })
    const table = await screen.findByRole('table', { name: 'Alla workshops, de senaste först' })
    const dates = within(table).getAllByRole('rowheader')
    expect(dates.map((d) => d.textContent)).toEqual(['12 mars 2026', '12 feb. 2026'])
    expect(within(dates[0]!).getByRole('link').getAttribute('href')).toBe(`#/workshops/${second.id}`)
    expect(within(dates[1]!).getByRole('link').getAttribute('href')).toBe(`#/workshops/${first.id}`)
    const row = within(table).getAllByRole('row')[1]!
    expect(row.textContent).toContain(organisation.name)
    expect(row.textContent).toContain(second.startingQuestion)
  })
})
