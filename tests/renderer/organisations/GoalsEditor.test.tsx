import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../helpers/render-app'
import { organisationRow } from '../helpers/rows'

describe('features/organisations', () => {
  describe('GoalsEditor()', () => {
    it('refuses a target value that is not a number, then stores the goal read the Swedish way and shows it', async () => {
      const user = userEvent.setup()
      const org = organisationRow({ name: 'Norrviks kommun', goals: [] })
      const { db } = renderApp({ route: `/organisations/${org.id}` })
      await db.organisations.put(org)
      await user.click(await screen.findByRole('button', { name: 'Lägg till mål' }))
      const form = screen.getByRole('form', { name: 'Mål' })
      await user.click(within(form).getByRole('button', { name: 'Lägg till ett mål' }))
      await user.type(await within(form).findByLabelText('Mål 1'), 'Fler invånare')
      const value = within(form).getByLabelText('Målvärde')
      await user.type(value, 'många')
      await user.type(within(form).getByLabelText('År'), '2035')
      await user.click(within(form).getByRole('button', { name: 'Spara målen' }))

      const message = await within(form).findByText(/Skriv ett tal/)
      expect(value.getAttribute('aria-invalid')).toBe('true')
      expect(value.getAttribute('aria-describedby')?.split(' ')).toContain(message.id)
      expect((await db.organisations.get(org.id))?.goals).toEqual([])

      await user.clear(value)
      await user.type(value, '12,5')
      await user.type(within(form).getByLabelText('Enhet'), '%')
      await user.click(within(form).getByRole('button', { name: 'Spara målen' }))
      expect(await screen.findByText('Mål: 12,5 % till 2035')).toBeTruthy()
      expect((await db.organisations.get(org.id))?.goals).toMatchObject([
        { text: 'Fler invånare', targetValue: 12.5, targetUnit: '%', targetYear: 2035 }
      ])
    })
  })
})
