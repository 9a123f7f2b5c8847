import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../helpers/render-app'
import { engagementRow, organisationRow } from '../helpers/rows'

const T0 = '2026-01-01T09:00:00.000Z'

describe('features/engagements', () => {
  describe('EngagementsPage()', () => {
    it('adds an engagement: the client must be chosen and the amount readable, then its page opens', async () => {
      const user = userEvent.setup()
      const { db } = renderApp({ route: '/engagements' })
      const org = organisationRow({ name: 'Norrviks kommun' })
      await db.organisations.put(org)
      await user.click(await screen.findByRole('link', { name: 'Nytt uppdrag' }))
      const form = await screen.findByRole('form', { name: 'Nytt uppdrag' })
      await user.type(within(form).getByRole('textbox', { name: 'Benämning' }), 'Energiworkshop')
      await user.type(within(form).getByRole('textbox', { name: /Värde i kronor/ }), 'tolv')
      await user.click(within(form).getByRole('button', { name: 'Spara uppdraget' }))
      const client = within(form).getByRole('combobox', { name: 'Kund' })
      expect(client.getAttribute('aria-invalid')).toBe('true')
      expect(within(form).getByText('Välj vilken kund uppdraget gäller.')).toBeTruthy()
      expect(within(form).getByText('Skriv ett belopp i kronor, till exempel 45 000.')).toBeTruthy()
      await user.selectOptions(client, org.id)
      const value = within(form).getByRole('textbox', { name: /Värde i kronor/ })
      await user.clear(value)
      await user.type(value, '45 000')
      await user.click(within(form).getByRole('button', { name: 'Spara uppdraget' }))
      await screen.findByRole('heading', { level: 1, name: 'Energiworkshop' })
      const [stored] = await db.engagements.toArray()
      expect(stored).toMatchObject({
        organisationId: org.id,
        title: 'Energiworkshop',
        valueSek: 45_000,
        status: 'lead'
      })
    })

    it("makes a client's new engagement on its own page: the client given, the trail back, the page says it is saved", async () => {
      const user = userEvent.setup()
      const { db } = renderApp({ route: '/organisations/org-x' })
      await db.organisations.put(organisationRow({ id: 'org-x', name: 'Norrviks kommun' }))
      const section = await screen.findByRole('region', { name: 'Uppdrag' })
      await user.click(within(section).getByRole('link', { name: 'Nytt uppdrag' }))
      await screen.findByRole('heading', { level: 1, name: 'Nytt uppdrag' })
      const trail = document.querySelector('.breadcrumb')!
      await waitFor(() => expect(trail.textContent).toBe('Uppdrag · Norrviks kommun'))
      const form = screen.getByRole('form', { name: 'Nytt uppdrag' })
      expect(within(form).queryByRole('combobox', { name: 'Kund' })).toBeNull()
      await user.type(within(form).getByRole('textbox', { name: 'Benämning' }), 'Skolworkshop')
      await user.click(within(form).getByRole('button', { name: 'Spara uppdraget' }))
      await screen.findByRole('heading', { level: 1, name: 'Skolworkshop' })
      await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Uppdraget ”Skolworkshop” är sparat.'))
      expect((await db.engagements.toArray())[0]).toMatchObject({ organisationId: 'org-x', title: 'Skolworkshop' })
    })

    it('filters the list by status and kind', async () => {
      const user = userEvent.setup()
      const { db } = renderApp({ route: '/engagements' })
      const org = organisationRow({ name: 'Norrviks kommun' })
      await db.organisations.put(org)
      await db.engagements.bulkPut([
        engagementRow(org.id, {
          title: 'Energiworkshop',
          kind: 'workshop',
          status: 'lead',
          statusHistory: [{ status: 'lead', at: T0 }]
        }),
        engagementRow(org.id, {
          title: 'Utbildning LOU',
          kind: 'training',
          status: 'won',
          statusHistory: [{ status: 'won', at: T0 }]
        })
      ])
      const table = await screen.findByRole('table', { name: 'Alla uppdrag' })
      await within(table).findByText('Utbildning LOU')
      await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'lead')
      await waitFor(() => expect(within(table).queryByText('Utbildning LOU')).toBeNull())
      expect(within(table).getByText('Energiworkshop')).toBeTruthy()
      await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), '')
      await user.selectOptions(screen.getByRole('combobox', { name: 'Typ av uppdrag' }), 'training')
      await waitFor(() => expect(within(table).queryByText('Energiworkshop')).toBeNull())
      expect(within(table).getByText('Utbildning LOU')).toBeTruthy()
    })
  })

  describe('EngagementPage()', () => {
    it('changes the status and lists the change first in the history', async () => {
      const user = userEvent.setup()
      const org = organisationRow({ name: 'Norrviks kommun' })
      const e = engagementRow(org.id, {
        title: 'Energiworkshop',
        status: 'lead',
        statusHistory: [{ status: 'lead', at: T0 }]
      })
      const { db } = renderApp({ route: `/engagements/${e.id}` })
      await db.organisations.put(org)
      await db.engagements.put(e)
      await user.selectOptions(await screen.findByRole('combobox', { name: 'Ändra status' }), 'won')
      const history = await screen.findByRole('table', { name: 'Statushistorik, senaste först' })
      await waitFor(() => expect(within(history).getAllByRole('row')).toHaveLength(3))
      expect(within(history).getAllByRole('row')[1]!.textContent).toContain('Vunnet')
      // Statuses read the same everywhere: the history's are the kit's badges, as in the lists.
      expect(within(history).getByText('Vunnet').className).toBe('status-badge tone-success')
      expect(within(history).getByText('Intresse').className).toBe('status-badge tone-info')
      expect((await db.engagements.get(e.id))?.statusHistory.map((h) => h.status)).toEqual(['lead', 'won'])
      expect(screen.getByRole('link', { name: 'Norrviks kommun' }).getAttribute('href')).toBe(
        `#/organisations/${org.id}`
      )
    })

    it('refuses an end date before the start date when editing', async () => {
      const user = userEvent.setup()
      const org = organisationRow()
      const e = engagementRow(org.id, { statusHistory: [{ status: 'lead', at: T0 }], status: 'lead' })
      const { db } = renderApp({ route: `/engagements/${e.id}` })
      await db.organisations.put(org)
      await db.engagements.put(e)
      await user.click(await screen.findByRole('button', { name: 'Ändra uppgifter' }))
      const form = await screen.findByRole('form', { name: 'Ändra uppdraget' })
      const start = within(form).getByLabelText('Förväntad start')
      const end = within(form).getByLabelText('Förväntat slut')
      await user.type(start, '2026-05-01')
      await user.type(end, '2026-04-01')
      await user.click(within(form).getByRole('button', { name: 'Spara' }))
      expect(await within(form).findByText('Slutdatum kan inte ligga före startdatum.')).toBeTruthy()
      expect(end.getAttribute('aria-invalid')).toBe('true')
      expect((await db.engagements.get(e.id))?.expectedEnd).toBe(e.expectedEnd)
    })
  })
})
