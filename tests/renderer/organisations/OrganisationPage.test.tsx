import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../helpers/render-app'
import { organisationRow } from '../helpers/rows'

async function pageFor(overrides: Parameters<typeof organisationRow>[0]) {
  const org = organisationRow({ name: 'Norrviks kommun', kind: 'municipality', ...overrides })
  const { db } = renderApp({ route: `/organisations/${org.id}` })
  await db.organisations.put(org)
  await screen.findByRole('heading', { level: 1, name: 'Norrviks kommun' })
  return document.querySelector('.page-subtitle')!.textContent
}

describe('features/organisations', () => {
  describe('OrganisationPage()', () => {
    it('sums up kind, number and sector under the name', async () => {
      expect(await pageFor({ orgNumber: '212000-4813', sector: 'Offentlig förvaltning' })).toBe(
        'Kommun · 212000-4813 · Offentlig förvaltning'
      )
    })

    it('does not repeat the kind when the sector says the same', async () => {
      expect(await pageFor({ orgNumber: '212000-4813', sector: 'kommun' })).toBe('Kommun · 212000-4813')
    })
  })
})
