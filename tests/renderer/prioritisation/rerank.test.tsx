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

/**
 * Four areas scored the same on both criteria (their scores do not move with the weights: 5,00, 4,00, 2,00, 1,00)
 * around Gatubelysning (effect 5, feasibility 1) and Skolskjuts (1 and 4): at weights 1 and 1 they score 3,00 and
 * 2,50; feasibility at 2 makes them 2,33 and 3,00, so those two change places and no other area changes rank or
 * score.
 */
async function seedSwap(db: MatbarDb) {
  const id = await seedEngagement(db)
  const effect = criterionRow(id, 'Effekt', 1, 0)
  const feasibility = criterionRow(id, 'Genomförbarhet', 1, 1)
  await db.criteria.bulkAdd([effect, feasibility])
  const scored: [string, number, number][] = [
    ['Avfall', 5, 5],
    ['Bibliotek', 4, 4],
    ['Gatubelysning', 5, 1],
    ['Skolskjuts', 1, 4],
    ['Vinterväghållning', 2, 2],
    ['Äldreomsorg', 1, 1]
  ]
  for (const [title, e, f] of scored) {
    const area = areaRow(id, title)
    await db.areas.add(area)
    await db.scores.bulkAdd([scoreRow(area.id, effect.id, e), scoreRow(area.id, feasibility.id, f)])
  }
  return { id }
}

/** The ranking table's rows by area name. */
function rankingRows(): Map<string, HTMLElement> {
  const table = screen.getByRole('table', { name: 'Områdena efter viktad poäng (skala 1–5)' })
  const rows = within(table).getAllByRole('row').slice(1)
  return new Map(rows.map((row) => [within(row).getByRole('rowheader').textContent ?? '', row]))
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

    it('draws again only the ranking rows whose rank or score changed; the others stay as drawn', async () => {
      const user = userEvent.setup()
      const db = freshDb()
      const { id } = await seedSwap(db)
      renderApp({ db, route: route(id) })
      const order = ['Avfall', 'Bibliotek', 'Gatubelysning', 'Skolskjuts', 'Vinterväghållning', 'Äldreomsorg']
      await waitFor(() => expect(rankingOrder()).toEqual(order))
      const weight = await openWeight(user, 'Genomförbarhet')
      const before = new Map([...rankingRows()].map(([name, row]) => [name, reactProps(row)]))
      await user.clear(weight)
      await user.type(weight, '2')
      await waitFor(() =>
        expect(rankingOrder()).toEqual([
          'Avfall',
          'Bibliotek',
          'Skolskjuts',
          'Gatubelysning',
          'Vinterväghållning',
          'Äldreomsorg'
        ])
      )
      const after = rankingRows()
      expect(within(after.get('Skolskjuts')!).getByText('3,00')).toBeTruthy()
      const redrawn = [...after].filter(([name, row]) => reactProps(row) !== before.get(name)).map(([name]) => name)
      // The two that changed place and score, and no other: the rest keep the props React drew them with.
      expect(redrawn.sort()).toEqual(['Gatubelysning', 'Skolskjuts'])
    })

    it('a typed weight draws again its own criterion row and the share cells, not the other rows', async () => {
      const user = userEvent.setup()
      const db = freshDb()
      const { id } = await seedSwap(db)
      renderApp({ db, route: route(id) })
      const weight = await openWeight(user, 'Genomförbarhet')
      const otherName = screen.getByRole('textbox', { name: 'Namn på kriterium 1' })
      const otherWeight = screen.getByRole('textbox', { name: 'Vikt för Effekt' })
      const otherRow = otherName.closest('tr')!
      const shareCell = otherRow.querySelectorAll('td')[2]!
      expect(shareCell.textContent).toBe('50 %')
      const before = { name: reactProps(otherName), weight: reactProps(otherWeight), share: reactProps(shareCell) }
      const typedBefore = reactProps(weight)
      await user.clear(weight)
      await user.type(weight, '3')
      await waitFor(() => expect(shareCell.textContent).toBe('25 %'))
      // The share cell was drawn again, and the typed row; the other row's fields were not.
      expect(reactProps(shareCell)).not.toBe(before.share)
      expect(reactProps(weight)).not.toBe(typedBefore)
      expect(reactProps(otherName)).toBe(before.name)
      expect(reactProps(otherWeight)).toBe(before.weight)
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
