import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { luhnCheckDigit } from '@shared/org-number'
import { renderApp } from '../helpers/render-app'
import { organisationRow } from '../helpers/rows'

/** A valid number from nine digits, its check digit computed by the module (only to build input). */
const valid = (nine: string) => `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`

describe('features/organisations', () => {
  describe('OrganisationForm()', () => {
    it('shows the reason next to the organisation number, marks the field invalid and stores nothing', async () => {
      const user = userEvent.setup()
      const { db } = renderApp({ route: '/organisations/new' })
      const form = await screen.findByRole('form', { name: 'Ny organisation' })
      await user.type(within(form).getByLabelText('Namn'), 'Södra kommun')
      const number = within(form).getByLabelText('Organisationsnummer')
      const good = valid('212000014')
      const wrongCheck = good.slice(0, 10) + String((Number(good[10]) + 1) % 10)
      await user.type(number, wrongCheck)
      await user.click(within(form).getByRole('button', { name: 'Spara organisationen' }))

      const message = await within(form).findByText(/Kontrollsiffran stämmer inte/)
      expect(number.getAttribute('aria-invalid')).toBe('true')
      expect(number.getAttribute('aria-describedby')?.split(' ')).toContain(message.id)
      expect(document.activeElement).toBe(number)

      await user.clear(number)
      await user.type(number, '551000-0000')
      await user.tab()
      expect(await within(form).findByText(/Tredje siffran i ett organisationsnummer är minst 2/)).toBeTruthy()
      expect(await db.organisations.count()).toBe(0)
    })

    it('asks for a name and stores a valid organisation normalised, then opens its page', async () => {
      const user = userEvent.setup()
      const { db } = renderApp({ route: '/organisations/new' })
      const form = await screen.findByRole('form', { name: 'Ny organisation' })
      await user.click(within(form).getByRole('button', { name: 'Spara organisationen' }))
      const name = within(form).getByLabelText('Namn')
      expect(await within(form).findByText('Fyll i det här fältet.')).toBeTruthy()
      expect(name.getAttribute('aria-invalid')).toBe('true')

      const good = valid('212000014')
      await user.type(name, 'Södra kommun')
      await user.selectOptions(within(form).getByLabelText('Typ'), 'region')
      await user.type(within(form).getByLabelText('Organisationsnummer'), good.replace('-', ''))
      await user.type(within(form).getByLabelText('Storlek'), '42 300')
      await user.type(within(form).getByLabelText('Taggar'), 'energi, skola, energi')
      await user.click(within(form).getByRole('button', { name: 'Spara organisationen' }))

      expect(await screen.findByRole('heading', { level: 1, name: 'Södra kommun' })).toBeTruthy()
      const [stored] = await db.organisations.toArray()
      expect(stored).toMatchObject({
        name: 'Södra kommun',
        kind: 'region',
        orgNumber: good,
        size: 42300,
        tags: ['energi', 'skola']
      })
    })

    it('refuses a number another organisation has, naming that organisation', async () => {
      const user = userEvent.setup()
      const { db } = renderApp({ route: '/organisations/new' })
      const taken = valid('212000014')
      await db.organisations.put(organisationRow({ name: 'Norrviks kommun', orgNumber: taken }))
      const form = await screen.findByRole('form', { name: 'Ny organisation' })
      await user.type(within(form).getByLabelText('Namn'), 'Kopian')
      await user.type(within(form).getByLabelText('Organisationsnummer'), taken)
      await user.click(within(form).getByRole('button', { name: 'Spara organisationen' }))
      expect(await within(form).findByText('Organisationsnumret finns redan hos Norrviks kommun.')).toBeTruthy()
      await waitFor(() =>
        expect(within(form).getByLabelText('Organisationsnummer').getAttribute('aria-invalid')).toBe('true')
      )
      expect(await db.organisations.count()).toBe(1)
    })

    it('labels every control of the form', async () => {
      renderApp({ route: '/organisations/new' })
      const form = await screen.findByRole('form', { name: 'Ny organisation' })
      for (const control of form.querySelectorAll('input, select, textarea')) {
        expect(control.id).not.toBe('')
        expect(form.querySelector(`label[for="${control.id}"]`)?.textContent).toMatch(/\S/)
      }
    })
  })
})
