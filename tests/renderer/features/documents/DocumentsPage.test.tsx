import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { paths } from '@renderer/lib/paths'
import { freshDb } from '../../helpers/db'
import { createFakeMain } from '../../helpers/fake-transport'
import { renderApp } from '../../helpers/render-app'
import { seedEngagement } from '../../workshops/fixtures'

describe('features/documents', () => {
  describe('DocumentsPage()', () => {
    it('arrives with the engagement the address names already chosen (Översikt: Skriv förslaget)', async () => {
      const db = freshDb()
      const { engagement } = await seedEngagement(db)
      renderApp({ db, main: createFakeMain(), route: paths.documents(engagement.id) })
      const select = await screen.findByLabelText<HTMLSelectElement>('Uppdrag')
      await expect.poll(() => select.value).toBe(engagement.id)
      expect(await screen.findByRole('button', { name: 'Skapa förslag' })).toBeTruthy()
    })

    it('ignores an engagement that does not exist and asks for a choice', async () => {
      const db = freshDb()
      await seedEngagement(db)
      renderApp({ db, main: createFakeMain(), route: paths.documents('no-such-engagement') })
      const select = await screen.findByLabelText<HTMLSelectElement>('Uppdrag')
      await expect.poll(() => select.options.length).toBeGreaterThan(1)
      await expect.poll(() => select.value).toBe('')
      // The select shows '' as soon as the unknown id has no option; the choice itself is cleared a render later.
      await expect.poll(() => screen.queryByRole('button', { name: 'Skapa förslag' })).toBeNull()
    })
  })
})
