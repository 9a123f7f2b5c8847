import { act, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { freshDb } from '../helpers/db'
import { renderApp } from '../helpers/render-app'
import { seedEngagement } from './fixtures'

describe('features/workshops/routes', () => {
  describe('workshopsRoutes', () => {
    it('starts a fresh form when going from editing a workshop to a new one', async () => {
      const db = freshDb()
      const { first } = await seedEngagement(db)
      renderApp({ db, route: `/workshops/${first.id}/edit` })
      const place = () => screen.getByLabelText('Plats') as HTMLInputElement
      await waitFor(() => expect(place().value).toBe('Stadshuset'))
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Ändra workshop')
      // Straight from one form to the other (an address typed or a link followed), as the browser does it.
      act(() => {
        window.history.pushState(null, '', '#/workshops/new')
        window.dispatchEvent(new PopStateEvent('popstate'))
      })
      await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Ny workshop'))
      await waitFor(() => expect(place().value).toBe(''))
    })
  })
})
