import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../helpers/render-app'
import { organisationRow } from '../helpers/rows'

describe('features/contacts', () => {
  describe('OrganisationContacts()', () => {
    it('refuses an e-mail address that is not one, then adds the contact and lists it with a link to the person page', async () => {
      const user = userEvent.setup()
      const org = organisationRow({ name: 'Norrviks kommun' })
      const { db } = renderApp({ route: `/organisations/${org.id}` })
      await db.organisations.put(org)
      await user.click(await screen.findByRole('button', { name: 'Lägg till kontaktperson' }))
      const form = screen.getByRole('form', { name: 'Ny kontaktperson' })
      await user.type(within(form).getByLabelText('Namn'), 'Annika Lindqvist')
      const email = within(form).getByLabelText('E-post')
      await user.type(email, 'annika')
      await user.click(within(form).getByRole('button', { name: 'Spara kontaktpersonen' }))

      const message = await within(form).findByText(/Skriv en e-postadress/)
      expect(email.getAttribute('aria-invalid')).toBe('true')
      expect(email.getAttribute('aria-describedby')?.split(' ')).toContain(message.id)
      expect(await db.contacts.count()).toBe(0)

      await user.clear(email)
      await user.type(email, 'annika@norrvik.example')
      await user.click(within(form).getByRole('button', { name: 'Spara kontaktpersonen' }))
      const table = await screen.findByRole('table', { name: 'Kontaktpersoner' })
      const link = within(table).getByRole('link', { name: 'Annika Lindqvist' })
      const [contact] = await db.contacts.toArray()
      expect(contact).toMatchObject({
        organisationId: org.id,
        name: 'Annika Lindqvist',
        email: 'annika@norrvik.example'
      })
      expect(link.getAttribute('href')).toBe(`#/contacts/${contact!.id}`)
      // The new contact takes the focus (issue 14 point 3), not the button that adds the next one.
      await waitFor(() => expect(document.activeElement).toBe(link))
      await waitFor(() =>
        expect(screen.getByRole('status').textContent).toContain('Annika Lindqvist är tillagd som kontaktperson.')
      )
    })
  })
})
