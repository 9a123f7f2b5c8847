import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { BUILT_IN_QUESTIONS } from '@renderer/features/workshops/commands'
import { freshDb } from '../helpers/db'
import { renderApp } from '../helpers/render-app'
import { seedEngagement } from './fixtures'

describe('WorkshopFormPage', () => {
  it('plans a workshop with a library question and a named participant, then opens it', async () => {
    const db = freshDb()
    const { engagement } = await seedEngagement(db)
    renderApp({ db, route: `/workshops/new?engagement=${engagement.id}` })
    const date = await screen.findByLabelText('Datum')
    await userEvent.type(date, '2026-05-20')
    await waitFor(() => expect(screen.getAllByRole('option', { name: BUILT_IN_QUESTIONS[0]!.text })).toHaveLength(1))
    await userEvent.selectOptions(screen.getByLabelText('Frågebibliotek'), BUILT_IN_QUESTIONS[0]!.id)
    expect((screen.getByLabelText('Startfråga') as HTMLTextAreaElement).value).toBe(BUILT_IN_QUESTIONS[0]!.text)
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till deltagare' }))
    await userEvent.type(screen.getByLabelText('Namn, deltagare 1'), 'Karin')
    // "Ta bort" on screen (the fields keep the room at 1024 px), the participant's number in its name.
    expect(screen.getByRole('button', { name: 'Ta bort deltagare 1' }).textContent).toBe('Ta bort')
    await userEvent.click(screen.getByRole('button', { name: 'Spara workshop' }))
    await waitFor(async () => expect(await db.participants.count()).toBe(1))
    const saved = (await db.workshops.toArray()).find((w) => w.startsAt === '2026-05-20T09:00')
    expect(saved).toMatchObject({ engagementId: engagement.id, questionId: BUILT_IN_QUESTIONS[0]!.id })
    expect((await db.participants.toArray()).map((p) => [p.workshopId, p.name])).toEqual([[saved!.id, 'Karin']])
    await waitFor(() => expect(window.location.hash).toBe(`#/workshops/${saved!.id}`))
    // The workshop's page says it is saved, as every other form does.
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Workshoppen är sparad.'))
  })

  it('refuses a workshop without an engagement at its field, with the focus there', async () => {
    const db = freshDb()
    await seedEngagement(db)
    renderApp({ db, route: '/workshops/new' })
    await userEvent.type(await screen.findByLabelText('Datum'), '2026-05-20')
    await userEvent.click(screen.getByRole('button', { name: 'Spara workshop' }))
    const engagement = screen.getByLabelText('Uppdrag')
    await waitFor(() => expect(engagement.getAttribute('aria-invalid')).toBe('true'))
    expect(document.activeElement).toBe(engagement)
    expect(document.getElementById(engagement.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Fyll i det här fältet.'
    )
    expect(await db.workshops.count()).toBe(2)
  })
})
