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

describe('WorkshopAreas focus (issue 14 point 3)', () => {
  it('keeps the cursor in the capture box after adding, and Ctrl+Enter adds without leaving it', async () => {
    const user = userEvent.setup()
    const db = freshDb()
    const { first } = await seedEngagement(db)
    renderApp({ db, route: `/workshops/${first.id}` })
    const box = await screen.findByLabelText('Nya områden, ett per rad')
    await user.type(box, 'Alfa{Enter}Beta')
    // Added with the button: the box is empty and has the focus again, ready for the next line.
    await user.click(screen.getByRole('button', { name: 'Lägg till 2 områden' }))
    await screen.findByRole('table', { name: '2 områden från workshoppen' })
    expect((box as HTMLTextAreaElement).value).toBe('')
    expect(document.activeElement).toBe(box)
    // Enter is a new line; Ctrl+Enter adds them, and the cursor never left the box.
    await user.keyboard('Gamma{Enter}Delta{Control>}{Enter}{/Control}')
    await screen.findByRole('table', { name: '4 områden från workshoppen' })
    expect((box as HTMLTextAreaElement).value).toBe('')
    expect(document.activeElement).toBe(box)
    await user.keyboard('Epsilon')
    expect((box as HTMLTextAreaElement).value).toBe('Epsilon')
  })
})
