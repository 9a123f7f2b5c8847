import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { freshDb } from '../helpers/db'
import { renderApp } from '../helpers/render-app'
import { evaluationRow } from '../helpers/rows'
import { seedEngagement } from '../workshops/fixtures'

describe('features/evaluations/routes', () => {
  describe('evaluationsRoutes', () => {
    it('opens the portfolio-wide evaluations page from the workshop list', async () => {
      const db = freshDb()
      const { first } = await seedEngagement(db)
      await db.evaluations.bulkAdd([evaluationRow(first.id, { overall: 6 }), evaluationRow(first.id, { overall: 5 })])
      renderApp({ db, route: '/workshops' })
      await userEvent.click(await screen.findByRole('link', { name: 'Utvärderingar i hela portföljen' }))
      // The page is loaded on its first visit: the list's heading stays until it is in.
      expect(await screen.findByRole('heading', { level: 1, name: 'Utvärderingar' })).toBeTruthy()
      const summary = await screen.findByRole('region', { name: 'Hela portföljen' })
      expect(within(summary).getByRole('row', { name: /^Helhet/ }).textContent).toContain('5,5')
    })
  })
})
