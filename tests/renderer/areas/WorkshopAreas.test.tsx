import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { freshDb } from '../helpers/db'
import { renderApp } from '../helpers/render-app'
import { seedEngagement } from '../workshops/fixtures'

describe('WorkshopAreas', () => {
  it('captures five areas from five lines', async () => {
    const db = freshDb()
    const { first } = await seedEngagement(db)
    renderApp({ db, route: `/workshops/${first.id}` })
    await userEvent.type(
      await screen.findByLabelText('Nya områden, ett per rad'),
      'A{Enter}B{Enter}{Enter}C{Enter}D{Enter}E'
    )
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till 5 områden' }))
    const table = await screen.findByRole('table', { name: '5 områden från workshoppen' })
    expect(
      within(table)
        .getAllByRole('link')
        .map((l) => l.textContent)
    ).toEqual(['A', 'B', 'C', 'D', 'E'])
  })
})
