import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { PersonalDataExport } from '@shared/personal-data'
import { createFakeMain } from '../helpers/fake-transport'
import { renderApp } from '../helpers/render-app'
import { engagementRow, evaluationRow, organisationRow } from '../helpers/rows'

const NOW = '2026-03-01T10:00:00.000Z'

async function person(main = createFakeMain()) {
  const rendered = renderApp({ route: '/contacts/c-1', main })
  const { db } = rendered
  const org = organisationRow({ name: 'Norrviks kommun' })
  const eng = engagementRow(org.id)
  await db.organisations.put(org)
  await db.engagements.put(eng)
  await db.contacts.put({
    id: 'c-1',
    createdAt: NOW,
    updatedAt: NOW,
    organisationId: org.id,
    name: 'Annika Lindqvist',
    role: 'Energistrateg',
    email: 'annika@norrvik.example',
    phone: '',
    notes: ''
  })
  await db.workshops.put({
    id: 'ws-1',
    createdAt: NOW,
    updatedAt: NOW,
    engagementId: eng.id,
    title: 'Energiworkshop',
    startsAt: '2026-02-12T09:00',
    place: 'Stadshuset',
    digital: false,
    questionId: null,
    startingQuestion: '',
    purpose: '',
    agenda: [],
    participantCount: null,
    notes: ''
  })
  await db.participants.put({
    id: 'p-1',
    createdAt: NOW,
    updatedAt: NOW,
    workshopId: 'ws-1',
    contactId: 'c-1',
    name: 'Annika Lindqvist',
    role: 'Energistrateg'
  })
  await db.evaluations.put(
    evaluationRow('ws-1', {
      id: 'e-1',
      contactId: 'c-1',
      name: 'Annika Lindqvist',
      comment: 'Mycket lärorik',
      overall: 6
    })
  )
  return { ...rendered, org }
}

describe('features/contacts', () => {
  describe('PersonPage()', () => {
    it('shows everything held about the person: details, workshops attended and evaluations given', async () => {
      await person()
      expect(await screen.findByRole('heading', { level: 1, name: 'Annika Lindqvist' })).toBeTruthy()
      const workshops = await screen.findByRole('table', { name: 'Workshops personen har deltagit i' })
      expect(within(workshops).getByRole('rowheader', { name: 'Energiworkshop' })).toBeTruthy()
      const evaluations = await screen.findByRole('table', { name: 'Utvärderingar personen har lämnat' })
      expect(within(evaluations).getByText('Mycket lärorik')).toBeTruthy()
      expect(screen.getByRole('link', { name: 'annika@norrvik.example' })).toBeTruthy()
    })

    it('sends the export to the main process in the export schema', async () => {
      const user = userEvent.setup()
      const main = createFakeMain()
      const inner = main.transport
      main.transport = async (channel, input) =>
        channel === 'people:exportPersonalData'
          ? (main.calls.push({ channel, input }), { ok: true, value: { outcome: 'saved', fileName: 'annika.json' } })
          : inner(channel, input)
      await person(main)
      await user.click(await screen.findByRole('button', { name: 'Exportera personuppgifter' }))
      await waitFor(() =>
        expect(screen.getByRole('status').textContent).toBe('Personuppgifterna är sparade i annika.json.')
      )
      const call = main.calls.find((c) => c.channel === 'people:exportPersonalData')!
      const data = PersonalDataExport.parse((call.input as { data: unknown }).data)
      expect(data.contact?.name).toBe('Annika Lindqvist')
      expect(data.evaluations.map((e) => e.comment)).toEqual(['Mycket lärorik'])
      expect(data.workshopsAttended.map((w) => w.workshop?.title)).toEqual(['Energiworkshop'])
    })

    it('downloads the file itself when the main process hands it back (browser harness)', async () => {
      const user = userEvent.setup()
      const main = createFakeMain()
      const inner = main.transport
      main.transport = async (channel, input) =>
        channel === 'people:exportPersonalData'
          ? { ok: true, value: { outcome: 'download', fileName: 'p.json', json: '{}' } }
          : inner(channel, input)
      const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
      await person(main)
      await user.click(await screen.findByRole('button', { name: 'Exportera personuppgifter' }))
      await waitFor(() => expect(click).toHaveBeenCalled())
      expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('p.json')
      click.mockRestore()
    })

    it('erases the person after confirmation: contact gone, ratings kept without name or comment', async () => {
      const user = userEvent.setup()
      const { db } = await person()
      await user.click(await screen.findByRole('button', { name: 'Radera personuppgifter…' }))
      const dialog = await screen.findByRole('dialog', { name: 'Radera allt om Annika Lindqvist?' })
      await user.click(within(dialog).getByRole('button', { name: 'Radera' }))
      expect(await screen.findByRole('heading', { level: 1, name: 'Personuppgifter raderade' })).toBeTruthy()
      expect(screen.getByText(/Personuppgifterna om Annika Lindqvist är raderade/)).toBeTruthy()
      expect(screen.getByText('Inga sparade dokument eller säkerhetskopior innehåller personen.')).toBeTruthy()
      await user.click(screen.getByRole('link', { name: 'Till organisationen' }))
      expect(await screen.findByRole('heading', { level: 1, name: 'Norrviks kommun' })).toBeTruthy()
      expect(await db.contacts.get('c-1')).toBeUndefined()
      expect(await db.evaluations.get('e-1')).toMatchObject({ name: '', comment: '', contactId: null, overall: 6 })
      expect(await db.participants.get('p-1')).toMatchObject({ name: '', contactId: null })
    })
  })
})
