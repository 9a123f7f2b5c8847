import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { MatbarDb } from '@renderer/db/db'
import { freshDb } from '../helpers/db'
import { renderApp } from '../helpers/render-app'
import { areaRow, criterionRow, scoreRow, seedEngagement } from './fixtures'

const route = (id: string) => `/engagements/${id}/prioritisation`

/**
 * Two criteria of weight 1 and three areas: Gatubelysning first (effect 5, feasibility 1: 3,00), then Skolskjuts
 * (1 and 4: 2,50), then Vinterväghållning (2 and 2: 2,00). Feasibility at weight 9 turns the order round:
 * Skolskjuts 3,70, Vinterväghållning 2,00, Gatubelysning 1,40.
 */
async function seed(db: MatbarDb) {
  const id = await seedEngagement(db)
  const effect = criterionRow(id, 'Effekt', 1, 0)
  const feasibility = criterionRow(id, 'Genomförbarhet', 1, 1)
  const lights = areaRow(id, 'Gatubelysning')
  const bus = areaRow(id, 'Skolskjuts')
  const winter = areaRow(id, 'Vinterväghållning')
  await db.criteria.bulkAdd([effect, feasibility])
  await db.areas.bulkAdd([lights, bus, winter])
  await db.scores.bulkAdd([
    scoreRow(lights.id, effect.id, 5),
    scoreRow(lights.id, feasibility.id, 1),
    scoreRow(bus.id, effect.id, 1),
    scoreRow(bus.id, feasibility.id, 4),
    scoreRow(winter.id, effect.id, 2),
    scoreRow(winter.id, feasibility.id, 2)
  ])
  return { id, feasibility }
}

/** Holds every explicit transaction of the database (the prioritisation's writes) until released. */
function holdWrites(db: MatbarDb) {
  const original = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>
  let release: () => void = () => {}
  const gate = new Promise<void>((resolve) => (release = resolve))
  const spy = vi
    .spyOn(db, 'transaction')
    .mockImplementation(((...args: unknown[]) => gate.then(() => original(...args))) as never)
  return { spy, release }
}

/** The area names of the ranking table, in its order. */
function rankingOrder(): string[] {
  const table = screen.getByRole('table', { name: 'Områdena efter viktad poäng (skala 1–5)' })
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '')
}

async function openWeight(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(await screen.findByRole('button', { name: 'Ändra kriterier och vikter' }))
  return screen.findByRole('textbox', { name: `Vikt för ${name}` })
}

/** The props React last gave a DOM element: a new object whenever the component that draws it rendered again. */
function reactProps(element: Element): unknown {
  const key = Object.keys(element).find((k) => k.startsWith('__reactProps$'))
  if (!key) throw new Error('not an element React drew')
  return (element as unknown as Record<string, unknown>)[key]
}

describe('features/prioritisation', () => {
  describe('PrioritisationPage(): a weight as it is typed', () => {
    it('re-ranks from the typed weight while its write is still pending, then stores it', async () => {
      const user = userEvent.setup()
      const db = freshDb()
      const { id, feasibility } = await seed(db)
      renderApp({ db, route: route(id) })
      await waitFor(() => expect(rankingOrder()).toEqual(['Gatubelysning', 'Skolskjuts', 'Vinterväghållning']))
      const weight = await openWeight(user, 'Genomförbarhet')
      const writes = holdWrites(db)
      await user.clear(weight)
      await user.type(weight, '9')
      await waitFor(() => expect(rankingOrder()).toEqual(['Skolskjuts', 'Vinterväghållning', 'Gatubelysning']))
      // Leaving the field begins the write; the page keeps the new order while it has not been written.
      await user.tab()
      await waitFor(() => expect(writes.spy).toHaveBeenCalled())
      expect((await db.criteria.get(feasibility.id))?.weight).toBe(1)
      expect(rankingOrder()).toEqual(['Skolskjuts', 'Vinterväghållning', 'Gatubelysning'])
      writes.release()
      await waitFor(async () => expect((await db.criteria.get(feasibility.id))?.weight).toBe(9))
      expect(rankingOrder()).toEqual(['Skolskjuts', 'Vinterväghållning', 'Gatubelysning'])
      expect((weight as HTMLInputElement).value).toBe('9')
    })

    it('saves a typed weight when the page goes before the pause that saves it', async () => {
      const user = userEvent.setup()
      const db = freshDb()
      const { id, feasibility } = await seed(db)
      const app = renderApp({ db, route: route(id) })
      const weight = await openWeight(user, 'Genomförbarhet')
      const writes = vi.spyOn(db, 'transaction')
      await user.clear(weight)
      await user.type(weight, '6')
      // The page goes without the field being left first (no blur), as when the window closes.
      app.unmount()
      // The write began as the page went (unless the pause had already passed on a slow machine), not on a timer
      // that might outlive the page.
      expect(writes).toHaveBeenCalled()
      await waitFor(async () => expect((await db.criteria.get(feasibility.id))?.weight).toBe(6))
    })

    it('says so when a typed weight cannot be saved, and ranks by the stored weight again', async () => {
      const user = userEvent.setup()
      const db = freshDb()
      const { id, feasibility } = await seed(db)
      renderApp({ db, route: route(id) })
      const weight = await openWeight(user, 'Genomförbarhet')
      // The write fails, but only once released: a slow machine may reach the pause that saves before the check.
      let fail: () => void = () => {}
      const failing = new Promise<void>((resolve) => (fail = resolve))
      vi.spyOn(db, 'transaction').mockImplementation((() =>
        failing.then(() => Promise.reject(new Error('disken är full')))) as never)
      await user.clear(weight)
      await user.type(weight, '9')
      await waitFor(() => expect(rankingOrder()[0]).toBe('Skolskjuts'))
      await user.tab()
      fail()
      expect(await screen.findByText('Ändringen kunde inte sparas: disken är full')).toBeTruthy()
      await waitFor(() => expect(rankingOrder()[0]).toBe('Gatubelysning'))
      expect((await db.criteria.get(feasibility.id))?.weight).toBe(1)
    })

    it('draws again only the score and rank cells of the grid, not its rows', async () => {
      const user = userEvent.setup()
      const db = freshDb()
      const { id } = await seed(db)
      renderApp({ db, route: route(id) })
      const grid = await screen.findByRole('grid', { name: 'Poäng 1–5 per område och kriterium' })
      const weight = await openWeight(user, 'Genomförbarhet')
      const cell = (name: string) => within(grid).getByRole('gridcell', { name })
      await waitFor(() => expect(cell('Skolskjuts, viktad poäng: 2,50')).toBeTruthy())
      const rows = within(grid)
        .getAllByRole('row')
        .slice(1)
        .map((row) => ({
          header: within(row).getByRole('rowheader'),
          first: within(row).getAllByRole('gridcell')[0]!
        }))
      expect(rows).toHaveLength(3)
      const before = rows.map((r) => [reactProps(r.header), reactProps(r.first)])
      const total = cell('Skolskjuts, viktad poäng: 2,50')
      const totalBefore = reactProps(total)
      await user.clear(weight)
      await user.type(weight, '9')
      await waitFor(() => expect(cell('Skolskjuts, viktad poäng: 3,70')).toBe(total))
      // The score cell was drawn again (the probe sees a render); the rows' header and score cells were not.
      expect(reactProps(total)).not.toBe(totalBefore)
      rows.forEach((r, i) => {
        expect(reactProps(r.header)).toBe(before[i]![0])
        expect(reactProps(r.first)).toBe(before[i]![1])
      })
      // Nor once the weight is stored and read back.
      await user.tab()
      await waitFor(async () => expect((await db.criteria.toArray()).some((c) => c.weight === 9)).toBe(true))
      await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
      rows.forEach((r, i) => {
        expect(reactProps(r.header)).toBe(before[i]![0])
        expect(reactProps(r.first)).toBe(before[i]![1])
      })
    })
  })
})
