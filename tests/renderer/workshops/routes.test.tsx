import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { freshDb } from '../helpers/db'
import { renderApp } from '../helpers/render-app'
import { seedEngagement } from './fixtures'

describe('features/workshops/routes', () => {
  describe('workshopsRoutes', () => {
    it('edits a workshop in place of its details, and a new workshop afterwards starts from an empty form', async () => {
      const user = userEvent.setup()
      const db = freshDb()
      const { first } = await seedEngagement(db)
      renderApp({ db, route: `/workshops/${first.id}` })
      const details = await screen.findByRole('region', { name: 'Uppgifter' })
      await user.click(within(details).getByRole('button', { name: 'Ändra uppgifter' }))
      const form = await within(details).findByRole('form', { name: 'Ändra workshop' })
      const place = () => screen.getByLabelText('Plats') as HTMLInputElement
      await waitFor(() => expect(place().value).toBe('Stadshuset'))
      await user.clear(place())
      await user.type(place(), 'Biblioteket')
      await user.click(within(form).getByRole('button', { name: 'Spara workshop' }))
      await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Workshoppen är sparad.'))
      expect(within(details).queryByRole('form')).toBeNull()
      expect(await within(details).findByText('Biblioteket')).toBeTruthy()
      expect((await db.workshops.get(first.id))?.place).toBe('Biblioteket')
      // Straight to a new workshop (an address typed or a link followed), as the browser does it.
      act(() => {
        window.history.pushState(null, '', '#/workshops/new')
        window.dispatchEvent(new PopStateEvent('popstate'))
      })
      await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Ny workshop'))
      await waitFor(() => expect(place().value).toBe(''))
    })
  })
})
