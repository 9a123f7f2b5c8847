/**
 * No dead ends (issue 11, part 3): a new engagement with no client, and a new workshop with no engagement,
 * offer to create the missing row in place; it is then chosen and nothing typed is lost.
 */
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { freshDb } from '../helpers/db'
import { renderApp } from '../helpers/render-app'

describe('creating a missing row in place', () => {
  it('creates the client from the new-engagement form, chooses it and keeps the title typed', async () => {
    const user = userEvent.setup()
    const { db } = renderApp({ db: freshDb(), route: '/engagements' })
    await user.click(await screen.findByRole('link', { name: 'Nytt uppdrag' }))
    const form = await screen.findByRole('form', { name: 'Nytt uppdrag' })
    await user.type(within(form).getByLabelText('Benämning'), 'Energiworkshop')
    expect(await screen.findByText(/Det finns ingen kund i registret ännu/)).toBeTruthy()

    await user.click(screen.getByRole('button', { name: 'Ny kund…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Ny kund' })
    await user.type(within(dialog).getByLabelText('Namn'), 'Vikbo kommun')
    await user.click(within(dialog).getByRole('button', { name: 'Spara organisationen' }))

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Ny kund' })).toBeNull())
    const [org] = await db.organisations.toArray()
    expect(org).toMatchObject({ name: 'Vikbo kommun' })
    const client = within(form).getByLabelText('Kund') as HTMLSelectElement
    await waitFor(() => expect(client.value).toBe(org!.id))
    expect(document.activeElement).toBe(client)
    expect((within(form).getByLabelText('Benämning') as HTMLInputElement).value).toBe('Energiworkshop')
    expect(screen.getByText(/Finns inte kunden i registret\?/)).toBeTruthy()

    await user.click(within(form).getByRole('button', { name: 'Spara uppdraget' }))
    await waitFor(async () => expect(await db.engagements.count()).toBe(1))
    expect((await db.engagements.toArray())[0]).toMatchObject({ title: 'Energiworkshop', organisationId: org!.id })
  })

  it('changes nothing when the client dialog is cancelled, and keeps what was typed', async () => {
    const user = userEvent.setup()
    const { db } = renderApp({ db: freshDb(), route: '/engagements' })
    await user.click(await screen.findByRole('link', { name: 'Nytt uppdrag' }))
    const form = await screen.findByRole('form', { name: 'Nytt uppdrag' })
    await user.type(within(form).getByLabelText('Benämning'), 'Skolworkshop')
    await user.click(await screen.findByRole('button', { name: 'Ny kund…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Ny kund' })
    await user.type(within(dialog).getByLabelText('Namn'), 'Halvfärdig AB')
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Ny kund' })).toBeNull())
    expect(await db.organisations.count()).toBe(0)
    expect((within(form).getByLabelText('Benämning') as HTMLInputElement).value).toBe('Skolworkshop')
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ny kund…' }))
  })

  it('closes only the inner dialog on Escape, keeping the engagement typed in the outer one', async () => {
    const user = userEvent.setup()
    const { db } = renderApp({ db: freshDb(), route: '/workshops/new' })
    await user.click(await screen.findByRole('button', { name: 'Nytt uppdrag…' }))
    const engagementDialog = await screen.findByRole('dialog', { name: 'Nytt uppdrag' })
    await user.type(within(engagementDialog).getByLabelText('Benämning'), 'Energiworkshop')
    await user.click(within(engagementDialog).getByRole('button', { name: 'Ny kund…' }))
    const clientDialog = await screen.findByRole('dialog', { name: 'Ny kund' })
    await user.type(within(clientDialog).getByLabelText('Namn'), 'Vikbo')
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Ny kund' })).toBeNull())
    expect(screen.getByRole('dialog', { name: 'Nytt uppdrag' })).toBe(engagementDialog)
    expect((within(engagementDialog).getByLabelText('Benämning') as HTMLInputElement).value).toBe('Energiworkshop')
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Nytt uppdrag' })).toBeNull())
    expect(await db.organisations.count()).toBe(0)
    expect(await db.engagements.count()).toBe(0)
  })

  it('creates the engagement, and its client inside it, from the new-workshop form and keeps the place typed', async () => {
    const user = userEvent.setup()
    const { db } = renderApp({ db: freshDb(), route: '/workshops/new' })
    const place = await screen.findByLabelText('Plats')
    await user.type(place, 'Stadshuset, sal B')
    expect(screen.getByText(/Det finns inget uppdrag ännu/)).toBeTruthy()

    await user.click(screen.getByRole('button', { name: 'Nytt uppdrag…' }))
    const engagementDialog = await screen.findByRole('dialog', { name: 'Nytt uppdrag' })
    await user.type(within(engagementDialog).getByLabelText('Benämning'), 'Energiworkshop')
    await user.click(within(engagementDialog).getByRole('button', { name: 'Ny kund…' }))
    const clientDialog = await screen.findByRole('dialog', { name: 'Ny kund' })
    await user.type(within(clientDialog).getByLabelText('Namn'), 'Vikbo kommun')
    await user.click(within(clientDialog).getByRole('button', { name: 'Spara organisationen' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Ny kund' })).toBeNull())
    const [org] = await db.organisations.toArray()
    const client = within(engagementDialog).getByLabelText('Kund') as HTMLSelectElement
    await waitFor(() => expect(client.value).toBe(org!.id))
    expect((within(engagementDialog).getByLabelText('Benämning') as HTMLInputElement).value).toBe('Energiworkshop')
    await user.click(within(engagementDialog).getByRole('button', { name: 'Spara uppdraget' }))

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Nytt uppdrag' })).toBeNull())
    const [engagement] = await db.engagements.toArray()
    expect(engagement).toMatchObject({ title: 'Energiworkshop', organisationId: org!.id })
    const select = screen.getByLabelText('Uppdrag') as HTMLSelectElement
    await waitFor(() => expect(select.value).toBe(engagement!.id))
    expect((screen.getByLabelText('Plats') as HTMLInputElement).value).toBe('Stadshuset, sal B')

    await user.type(screen.getByLabelText('Datum'), '2026-05-20')
    await user.click(screen.getByRole('button', { name: 'Spara workshop' }))
    await waitFor(async () => expect(await db.workshops.count()).toBe(1))
    expect((await db.workshops.toArray())[0]).toMatchObject({
      engagementId: engagement!.id,
      place: 'Stadshuset, sal B'
    })
  })
})
