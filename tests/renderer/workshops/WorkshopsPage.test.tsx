import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { addDays } from '@shared/overview'
import { localToday } from '@shared/format'
import { freshDb } from '../helpers/db'
import { renderApp } from '../helpers/render-app'
import { seedEngagement, workshopRow } from './fixtures'

const titles = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((h) => h.textContent)

describe('WorkshopsPage', () => {
  it('lists the workshops latest first, each title opening its workshop, with client, date, stage and question', async () => {
    const db = freshDb()
    const { organisation, first, second } = await seedEngagement(db)
    renderApp({ db, route: '/workshops' })
    const table = await screen.findByRole('table', { name: 'Alla workshops' })
    await waitFor(() => expect(titles(table)).toEqual(['Uppföljning', first.title]))
    const headers = within(table).getAllByRole('rowheader')
    expect(within(headers[0]!).getByRole('link').getAttribute('href')).toBe(`#/workshops/${second.id}`)
    expect(within(headers[1]!).getByRole('link').getAttribute('href')).toBe(`#/workshops/${first.id}`)
    const row = within(table).getAllByRole('row')[1]!
    expect(row.textContent).toContain(organisation.name)
    expect(row.textContent).toContain('12 mars 2026')
    expect(row.textContent).toContain(second.startingQuestion)
  })

  it('finds workshops as you type and tells upcoming from held ones', async () => {
    const user = userEvent.setup()
    const db = freshDb()
    const { engagement } = await seedEngagement(db)
    const later = workshopRow(engagement.id, {
      title: 'Energiworkshop',
      startsAt: `${addDays(localToday(), 20)}T09:30`,
      place: 'Kommunhuset i Ålby'
    })
    await db.workshops.add(later)
    renderApp({ db, route: '/workshops' })
    const table = await screen.findByRole('table', { name: 'Alla workshops' })
    await waitFor(() => expect(titles(table)).toHaveLength(3))
    expect(within(table).getByRole('row', { name: /Energiworkshop/ }).textContent).toContain('Kommande')
    expect(within(table).getByRole('row', { name: /Uppföljning/ }).textContent).toContain('Genomförd')

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'upcoming')
    await waitFor(() => expect(titles(table)).toEqual(['Energiworkshop']))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), '')
    await user.type(screen.getByRole('searchbox', { name: 'Sök' }), 'ÅLBY')
    await waitFor(() => expect(titles(table)).toEqual(['Energiworkshop']))
    expect(screen.getByText('Visar 1 av 3')).toBeTruthy()
  })
})
