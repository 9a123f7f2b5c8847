import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import { addDays } from '@shared/overview'
import { ServicesContext } from '@renderer/platform/services'
import { localToday } from '@shared/format'
import { EngagementPrioritisation } from '@renderer/features/prioritisation'
import { createApi } from '@renderer/platform/api'
import { freshDb } from '../helpers/db'
import { createFakeMain } from '../helpers/fake-transport'
import { renderApp } from '../helpers/render-app'
import { areaRow, criterionRow, scoreRow, seedEngagement } from './fixtures'

async function portfolio() {
  const db = freshDb()
  const town = await seedEngagement(db, 'municipality', 'Norrviks kommun')
  const region = await seedEngagement(db, 'region', 'Region Mitt')
  const ct = criterionRow(town, 'Effekt', 1, 0)
  const cr = criterionRow(region, 'Effekt', 1, 0)
  const low = areaRow(town, 'Låg poäng', { route: 'direct', status: 'prioritised' })
  const high = areaRow(town, 'Hög poäng', { route: 'open' })
  const mid = areaRow(region, 'Mellan', { route: 'open', status: 'prioritised' })
  const none = areaRow(region, 'Opoängsatt', { route: 'functional' })
  await db.criteria.bulkAdd([ct, cr])
  await db.areas.bulkAdd([low, high, mid, none])
  await db.scores.bulkAdd([scoreRow(low.id, ct.id, 2), scoreRow(high.id, ct.id, 5), scoreRow(mid.id, cr.id, 3)])
  return { db, town }
}

const titles = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((h) => h.textContent)

describe('features/areas', () => {
  describe('AreasPage()', () => {
    it('lists every area by score, highest first, with unscored areas last and marked incomplete', async () => {
      const { db } = await portfolio()
      renderApp({ db, route: '/areas' })
      const table = await screen.findByRole('table', { name: 'Effektiviseringsområden' })
      await waitFor(() => expect(titles(table)).toEqual(['Hög poäng', 'Mellan', 'Låg poäng', 'Opoängsatt']))
      expect(within(table).getByRole('row', { name: /Opoängsatt/ }).textContent).toContain('ofullständig')
      expect(within(table).getByRole('row', { name: /Hög poäng/ }).textContent).toContain('1 av 2')
    })

    it('filters by organisation kind, procurement route and status, and sorts by name', async () => {
      const user = userEvent.setup()
      const { db } = await portfolio()
      renderApp({ db, route: '/areas' })
      const table = await screen.findByRole('table', { name: 'Effektiviseringsområden' })
      await user.selectOptions(screen.getByRole('combobox', { name: 'Organisationstyp' }), 'region')
      await waitFor(() => expect(titles(table)).toEqual(['Mellan', 'Opoängsatt']))
      await user.selectOptions(screen.getByRole('combobox', { name: 'Upphandlingsväg' }), 'functional')
      await waitFor(() => expect(titles(table)).toEqual(['Opoängsatt']))
      await user.selectOptions(screen.getByRole('combobox', { name: 'Organisationstyp' }), '')
      await user.selectOptions(screen.getByRole('combobox', { name: 'Upphandlingsväg' }), '')
      await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'prioritised')
      await waitFor(() => expect(titles(table)).toEqual(['Mellan', 'Låg poäng']))
      await user.click(within(table).getByRole('button', { name: /^Område/ }))
      await waitFor(() => expect(titles(table)).toEqual(['Låg poäng', 'Mellan']))
      await user.click(within(table).getByRole('button', { name: /^Område/ }))
      await waitFor(() => expect(titles(table)).toEqual(['Mellan', 'Låg poäng']))
      expect(screen.getByText('Visar 2 av 4')).toBeTruthy()
    })

    it('sorts by client, then title, once the client order is worked out, and keeps the list on screen meanwhile', async () => {
      const user = userEvent.setup()
      const { db } = await portfolio()
      renderApp({ db, route: '/areas' })
      const table = await screen.findByRole('table', { name: 'Effektiviseringsområden' })
      await waitFor(() => expect(titles(table)).toEqual(['Hög poäng', 'Mellan', 'Låg poäng', 'Opoängsatt']))
      await user.click(within(table).getByRole('button', { name: /^Kund/ }))
      // Never an empty or loading list while the order is computed.
      expect(titles(table)).toHaveLength(4)
      await waitFor(() => expect(titles(table)).toEqual(['Hög poäng', 'Låg poäng', 'Mellan', 'Opoängsatt']))
      await user.click(within(table).getByRole('button', { name: /^Kund/ }))
      await waitFor(() => expect(titles(table)).toEqual(['Opoängsatt', 'Mellan', 'Låg poäng', 'Hög poäng']))
    })

    it('finds areas as you type, by area, client or indicator, whatever the case', async () => {
      const user = userEvent.setup()
      const { db } = await portfolio()
      renderApp({ db, route: '/areas' })
      const table = await screen.findByRole('table', { name: 'Effektiviseringsområden' })
      await user.type(screen.getByRole('searchbox', { name: 'Sök' }), 'region MITT')
      await waitFor(() => expect(titles(table)).toEqual(['Mellan', 'Opoängsatt']))
      await user.clear(screen.getByRole('searchbox', { name: 'Sök' }))
      await user.type(screen.getByRole('searchbox', { name: 'Sök' }), 'hög')
      await waitFor(() => expect(titles(table)).toEqual(['Hög poäng']))
      expect(screen.getByText('Visar 1 av 4')).toBeTruthy()
    })

    it('shows only the areas behind plan when the address asks for ?followUp=off-track', async () => {
      const db = freshDb()
      const town = await seedEngagement(db)
      const today = localToday()
      // 1 000 to 600 over 400 days, 300 of them gone: 0.75 of the way is expected by today.
      const indicator = {
        name: 'Energi',
        unit: 'MWh',
        direction: 'lower-is-better' as const,
        baselineValue: 1000,
        baselineDate: addDays(today, -300),
        targetValue: 600,
        targetDate: addDays(today, 100),
        dataSource: '',
        owner: ''
      }
      const behind = areaRow(town, 'Efter plan', { indicator })
      const onTrack = areaRow(town, 'På väg', { indicator })
      await db.areas.bulkAdd([behind, onTrack])
      const measured = (areaId: string, value: number) => ({
        id: `m-${areaId}`,
        createdAt: '2025-03-01T10:00:00.000Z',
        updatedAt: '2025-03-01T10:00:00.000Z',
        areaId,
        date: today,
        value,
        source: '',
        note: ''
      })
      // 100 of 400 (0.25) is behind; 320 of 400 (0.8) is on track.
      await db.measurements.bulkAdd([measured(behind.id, 900), measured(onTrack.id, 680)])
      renderApp({ db, route: '/areas?followUp=off-track' })
      const table = await screen.findByRole('table', { name: 'Effektiviseringsområden' })
      await waitFor(() => expect(titles(table)).toEqual(['Efter plan']))
      expect((screen.getByRole('combobox', { name: 'Uppföljning' }) as HTMLSelectElement).value).toBe('off-track')
      expect(screen.getByText('Visar 1 av 2')).toBeTruthy()
    })
  })
})

describe('features/prioritisation', () => {
  describe('EngagementPrioritisation()', () => {
    it('summarises the scoring and links to the prioritisation page', async () => {
      const { db, town } = await portfolio()
      render(
        <ServicesContext value={{ db, api: createApi(createFakeMain().transport) }}>
          <MemoryRouter>
            <EngagementPrioritisation engagementId={town} />
          </MemoryRouter>
        </ServicesContext>
      )
      const region = await screen.findByRole('region', { name: 'Prioritering' })
      expect(region.textContent).toContain('Kriterier: 1. Fullständigt poängsatta områden: 2 av 2.')
      expect(region.textContent).toContain('Först: Hög poäng.')
      expect(within(region).getByRole('link', { name: 'Öppna prioriteringen' }).getAttribute('href')).toBe(
        `/engagements/${town}/prioritisation`
      )
    })
  })
})
