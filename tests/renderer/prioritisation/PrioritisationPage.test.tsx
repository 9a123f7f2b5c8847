import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { freshDb } from '../helpers/db'
import { renderApp } from '../helpers/render-app'
import { areaRow, criterionRow, scoreRow, seedEngagement } from './fixtures'

const route = (id: string) => `/engagements/${id}/prioritisation`

/** Opens the criteria's editing controls (they read as a table until asked for). */
async function editCriteria(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Ändra kriterier och vikter' }))
}

describe('features/prioritisation', () => {
  describe('PrioritisationPage()', () => {
    it('gives an engagement without criteria the default set, weights shown as shares of 100 %', async () => {
      const user = userEvent.setup()
      const db = freshDb()
      const id = await seedEngagement(db)
      await db.areas.add(areaRow(id, 'Gatubelysning'))
      renderApp({ db, route: route(id) })
      const names = [
        'Effekt',
        'Mätbarhet',
        'Upphandlingens nödvändighet',
        'Genomförbarhet',
        'Strategisk koppling',
        'Risk'
      ]
      await waitFor(async () =>
        expect((await db.criteria.toArray()).map((c) => c.name).sort()).toEqual([...names].sort())
      )
      // Read first: a compact table with the shares, no controls before the grid.
      const read = await screen.findByRole('table', { name: 'Kriterier' })
      await waitFor(() => expect(within(read).getAllByRole('row')).toHaveLength(7))
      expect(within(read).getByRole('row', { name: /Effekt/ }).textContent).toContain('25 %')
      expect(screen.queryByRole('textbox', { name: 'Vikt för Effekt' })).toBeNull()
      await editCriteria(user)
      // The cursor goes to the first name, ready to type.
      expect(document.activeElement?.getAttribute('aria-label')).toBe('Namn på kriterium 1')
      for (const [i, name] of names.entries()) {
        expect(
          ((await screen.findByRole('textbox', { name: `Namn på kriterium ${i + 1}` })) as HTMLInputElement).value
        ).toBe(name)
      }
      const risk = (await screen.findByRole('combobox', { name: 'Riktning för Risk' })) as HTMLSelectElement
      expect(risk.value).toBe('cost')
      const table = screen.getByRole('table', { name: 'Kriterier' })
      expect(within(table).getByRole('row', { name: /Effekt/ }).textContent).toContain('25 %')
      expect(within(table).getByRole('row', { name: /Risk/ }).textContent).toContain('8,3 %')
      // Creating the defaults again (a second visit) adds nothing.
      renderApp({ db, route: route(id) })
      await screen.findAllByRole('grid')
      expect(await db.criteria.count()).toBe(6)
    })

    it('re-normalises the shares when a weight is typed, and refuses a bad weight without saving it', async () => {
      const user = userEvent.setup()
      const db = freshDb()
      const id = await seedEngagement(db)
      await db.criteria.bulkAdd([criterionRow(id, 'Effekt', 1, 0), criterionRow(id, 'Risk', 1, 1, 'cost')])
      renderApp({ db, route: route(id) })
      await editCriteria(user)
      const weight = await screen.findByRole('textbox', { name: 'Vikt för Effekt' })
      await user.clear(weight)
      await user.type(weight, '3')
      const table = screen.getByRole('table', { name: 'Kriterier' })
      await waitFor(() => expect(within(table).getByRole('row', { name: /Effekt/ }).textContent).toContain('75 %'))
      await user.clear(weight)
      await user.type(weight, 'x')
      expect(weight.getAttribute('aria-invalid')).toBe('true')
      expect(screen.getByText('Skriv ett tal som är 0 eller större.')).toBeTruthy()
      // The valid weight typed before is saved (a moment after the typing), the bad one never.
      await waitFor(async () => expect((await db.criteria.toArray()).find((c) => c.name === 'Effekt')?.weight).toBe(3))
    })

    it('shows a weight left valid as stored, keeps a field being edited, and shows changes made elsewhere', async () => {
      const user = userEvent.setup()
      const db = freshDb()
      const id = await seedEngagement(db)
      const effect = criterionRow(id, 'Effekt', 1, 0)
      await db.criteria.bulkAdd([effect, criterionRow(id, 'Risk', 1, 1, 'cost')])
      renderApp({ db, route: route(id) })
      await editCriteria(user)
      const weight = (await screen.findByRole('textbox', { name: 'Vikt för Effekt' })) as HTMLInputElement
      await user.clear(weight)
      await user.type(weight, '2.50')
      await waitFor(async () => expect((await db.criteria.get(effect.id))?.weight).toBe(2.5))
      // While the field has focus it keeps what was typed, even after the stored value changed.
      expect(weight.value).toBe('2.50')
      await user.tab()
      await waitFor(() => expect(weight.value).toBe('2,5'))
      // A change from elsewhere (another window) shows in the fields not being edited.
      await db.criteria.update(effect.id, { name: 'Nytta', weight: 4 })
      const name = screen.getByRole('textbox', { name: 'Namn på kriterium 1' }) as HTMLInputElement
      await waitFor(() => expect(name.value).toBe('Nytta'))
      expect(weight.value).toBe('4')
      // An emptied name is refused with its message and not saved.
      await user.clear(name)
      // The form's check resolves a moment after the key (react-hook-form's resolver is asynchronous).
      await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'))
      expect(screen.getByText('Skriv ett namn.')).toBeTruthy()
      expect((await db.criteria.get(effect.id))?.name).toBe('Nytta')
    })

    it('adds, reorders and removes criteria', async () => {
      const user = userEvent.setup()
      const db = freshDb()
      const id = await seedEngagement(db)
      await db.criteria.bulkAdd([criterionRow(id, 'Effekt', 1, 0), criterionRow(id, 'Risk', 1, 1, 'cost')])
      renderApp({ db, route: route(id) })
      await editCriteria(user)
      await user.click(await screen.findByRole('button', { name: 'Lägg till kriterium' }))
      await screen.findByRole('button', { name: 'Ta bort Nytt kriterium' })
      await user.click(screen.getByRole('button', { name: 'Flytta upp Risk' }))
      await waitFor(async () => {
        const sorted = (await db.criteria.toArray()).sort((a, b) => a.order - b.order).map((c) => c.name)
        expect(sorted).toEqual(['Risk', 'Effekt', 'Nytt kriterium'])
      })
      await user.click(screen.getByRole('button', { name: 'Ta bort Effekt' }))
      await waitFor(async () =>
        expect((await db.criteria.toArray()).map((c) => c.name).sort()).toEqual(['Nytt kriterium', 'Risk'])
      )
    })

    it('scores by keyboard: digits set, arrows move, Delete clears; an unscored cell makes the area incomplete, not 0', async () => {
      const user = userEvent.setup()
      const db = freshDb()
      const id = await seedEngagement(db)
      const effect = criterionRow(id, 'Effekt', 3, 0)
      const risk = criterionRow(id, 'Risk', 1, 1, 'cost')
      await db.criteria.bulkAdd([effect, risk])
      await db.areas.bulkAdd([areaRow(id, 'Alfa'), areaRow(id, 'Beta')])
      renderApp({ db, route: route(id) })
      const grid = await screen.findByRole('grid', { name: 'Poäng 1–5 per område och kriterium' })
      const first = within(grid).getByRole('gridcell', { name: 'Alfa, Effekt: ej poängsatt' })
      // Roving tabindex: exactly one cell is in the tab order.
      expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1)
      expect(first.getAttribute('tabindex')).toBe('0')
      expect(within(grid).getByRole('gridcell', { name: 'Alfa, viktad poäng: ofullständig' })).toBeTruthy()

      first.focus()
      await user.keyboard('4')
      await user.keyboard('{ArrowRight}2')
      // Alfa: (3·4 + 1·(6 − 2)) / 4 = 4.
      await within(grid).findByRole('gridcell', { name: 'Alfa, viktad poäng: 4,00' })
      expect(within(grid).getByRole('gridcell', { name: 'Alfa, rang: 1' })).toBeTruthy()
      await user.keyboard('{ArrowDown}5{ArrowLeft}9')
      // 9 is not a score: the cell stays empty and Beta stays incomplete.
      expect(within(grid).getByRole('gridcell', { name: 'Beta, Effekt: ej poängsatt' })).toBeTruthy()
      await user.keyboard('5')
      // Beta: (3·5 + 1·(6 − 5)) / 4 = 4 as well: a shared first place.
      await within(grid).findByRole('gridcell', { name: 'Beta, viktad poäng: 4,00' })
      expect(within(grid).getByRole('gridcell', { name: 'Beta, rang: 1' })).toBeTruthy()
      await user.keyboard('{Delete}')
      await within(grid).findByRole('gridcell', { name: 'Beta, viktad poäng: ofullständig' })
      expect(
        await db.scores
          .where('areaId')
          .equals((await db.areas.toArray()).find((a) => a.title === 'Beta')!.id)
          .count()
      ).toBe(1)
      expect(document.activeElement?.getAttribute('aria-label')).toBe('Beta, Effekt: ej poängsatt')
      expect(document.activeElement?.getAttribute('tabindex')).toBe('0')
    })

    it('is one Tab stop: Tab leaves the grid, Shift+Tab comes back to the last cell; Home, End, PageDown move', async () => {
      const user = userEvent.setup()
      const db = freshDb()
      const id = await seedEngagement(db)
      await db.criteria.bulkAdd([criterionRow(id, 'Effekt', 1, 0), criterionRow(id, 'Risk', 1, 1, 'cost')])
      await db.areas.bulkAdd([areaRow(id, 'Alfa'), areaRow(id, 'Beta'), areaRow(id, 'Gamma')])
      renderApp({ db, route: route(id) })
      const grid = await screen.findByRole('grid')
      const label = () => document.activeElement?.getAttribute('aria-label')
      // From the criteria's one button, a single Tab reaches the grid.
      screen.getByRole('button', { name: 'Ändra kriterier och vikter' }).focus()
      await user.tab()
      expect(label()).toBe('Alfa, Effekt: ej poängsatt')
      await user.keyboard('{End}')
      expect(label()).toBe('Alfa, rang: –')
      await user.keyboard('{Home}{PageDown}')
      expect(label()).toBe('Gamma, Effekt: ej poängsatt')
      await user.keyboard('{Control>}{End}{/Control}')
      expect(label()).toBe('Gamma, rang: –')
      await user.keyboard('{Control>}{Home}{/Control}{ArrowRight}{ArrowDown}')
      expect(label()).toBe('Beta, Risk: ej poängsatt')
      expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1)
      // Tab leaves the grid at once; Shift+Tab returns to the cell last in use.
      await user.tab()
      expect(grid.contains(document.activeElement)).toBe(false)
      await user.tab({ shift: true })
      expect(label()).toBe('Beta, Risk: ej poängsatt')
      await user.tab({ shift: true })
      expect(grid.contains(document.activeElement)).toBe(false)
    })

    it('stores dot votes and, when asked, turns them into a computed 1–5 criterion', async () => {
      const user = userEvent.setup()
      const db = freshDb()
      const id = await seedEngagement(db)
      await db.criteria.bulkAdd([criterionRow(id, 'Effekt', 1, 0)])
      await db.areas.bulkAdd([areaRow(id, 'Alfa'), areaRow(id, 'Beta'), areaRow(id, 'Gamma')])
      renderApp({ db, route: route(id) })
      await editCriteria(user)
      for (const [title, votes] of [
        ['Alfa', '2'],
        ['Beta', '12'],
        ['Gamma', '7']
      ] as const) {
        const input = await screen.findByRole('textbox', { name: `Röster för ${title}` })
        await user.type(input, votes)
      }
      await waitFor(async () =>
        expect((await db.areas.toArray()).map((a) => a.votes).sort((a, b) => a! - b!)).toEqual([2, 7, 12])
      )
      await user.click(screen.getByRole('checkbox', { name: 'Låt rösterna bli ett kriterium' }))
      const grid = screen.getByRole('grid')
      // round(1 + 4·(v − 2)/10): 2 → 1, 7 → 3, 12 → 5.
      await within(grid).findByRole('gridcell', { name: 'Alfa, Röster (räknas från rösterna): 1' })
      expect(
        within(grid)
          .getByRole('gridcell', { name: 'Gamma, Röster (räknas från rösterna): 3' })
          .getAttribute('aria-readonly')
      ).toBe('true')
      expect(within(grid).getByRole('gridcell', { name: 'Beta, Röster (räknas från rösterna): 5' })).toBeTruthy()
      // Typing into a computed cell changes nothing.
      within(grid).getByRole('gridcell', { name: 'Alfa, Röster (räknas från rösterna): 1' }).focus()
      await user.keyboard('4')
      expect(await db.scores.count()).toBe(0)
      await user.click(screen.getByRole('checkbox', { name: 'Låt rösterna bli ett kriterium' }))
      await waitFor(async () => expect((await db.criteria.toArray()).map((c) => c.name)).toEqual(['Effekt']))
    })

    it('says in words how far each weight may move before the top changes', async () => {
      const db = freshDb()
      const id = await seedEngagement(db)
      const a = criterionRow(id, 'Effekt', 1, 0)
      const b = criterionRow(id, 'Mätbarhet', 1, 1)
      const x = areaRow(id, 'Xylofon')
      const y = areaRow(id, 'Yrkesskola')
      await db.criteria.bulkAdd([a, b])
      await db.areas.bulkAdd([x, y])
      // X = (5 + 1)/2 = 3, Y = (1 + 4)/2 = 2.5. Effekt at p: X = 1 + 4p, Y = 4 − 3p, equal at 3/7 = 42.86 %.
      // Mätbarhet at q: X = 5 − 4q, Y = 1 + 3q, equal at 4/7 = 57.14 %.
      await db.scores.bulkAdd([
        scoreRow(x.id, a.id, 5),
        scoreRow(x.id, b.id, 1),
        scoreRow(y.id, a.id, 1),
        scoreRow(y.id, b.id, 4)
      ])
      renderApp({ db, route: route(id) })
      const section = await screen.findByRole('region', { name: 'Hur stabil är rangordningen?' })
      await within(section).findByText(
        'Rangordningen håller tills vikten för Effekt sjunker under 42,9 %; då går Yrkesskola först.'
      )
      expect(
        within(section).getByText(
          'Rangordningen håller tills vikten för Mätbarhet stiger över 57,1 %; då går Yrkesskola först.'
        )
      ).toBeTruthy()
      expect(within(section).getByText(/^Stabil rangordning/)).toBeTruthy()
    })

    it('flags a fragile ranking when a weight needs less than 5 percentage points', async () => {
      const db = freshDb()
      const id = await seedEngagement(db)
      const a = criterionRow(id, 'Effekt', 11, 0)
      const b = criterionRow(id, 'Mätbarhet', 10, 1)
      const x = areaRow(id, 'Xylofon')
      const y = areaRow(id, 'Yrkesskola')
      await db.criteria.bulkAdd([a, b])
      await db.areas.bulkAdd([x, y])
      // X = 3 + p, Y = 4 − p: equal at p = 50 %, 2.38 points below today's 52.38 %.
      await db.scores.bulkAdd([
        scoreRow(x.id, a.id, 4),
        scoreRow(x.id, b.id, 3),
        scoreRow(y.id, a.id, 3),
        scoreRow(y.id, b.id, 4)
      ])
      renderApp({ db, route: route(id) })
      const section = await screen.findByRole('region', { name: 'Hur stabil är rangordningen?' })
      await within(section).findByText(/^Känslig rangordning/)
      expect(
        within(section).getByText(
          'Rangordningen håller tills vikten för Effekt sjunker under 50 %; då går Yrkesskola först.'
        )
      ).toBeTruthy()
      expect(within(section).getByText('Effekt').parentElement?.textContent).toContain('nu 52,4 %')
    })

    it('draws the matrix as numbered dots with quadrant names, an accessible name and the legend as its text', async () => {
      const db = freshDb()
      const id = await seedEngagement(db)
      const effect = criterionRow(id, 'Effekt', 1, 0)
      const feasibility = criterionRow(id, 'Genomförbarhet', 1, 1)
      const x = areaRow(id, 'Xylofon')
      const y = areaRow(id, 'Yrkesskola')
      await db.criteria.bulkAdd([effect, feasibility])
      await db.areas.bulkAdd([x, y])
      await db.scores.bulkAdd([
        scoreRow(x.id, effect.id, 5),
        scoreRow(x.id, feasibility.id, 4),
        scoreRow(y.id, effect.id, 2)
      ])
      renderApp({ db, route: route(id) })
      await screen.findByRole('heading', { name: 'Värde mot genomförbarhet' })
      const picture = await waitFor(() => {
        const svg = document.querySelector('.prio-matrix svg')
        if (!svg) throw new Error('no matrix yet')
        return svg
      })
      // happy-dom computes no names for SVG; the browser test runs axe on the real one.
      expect(picture.getAttribute('role')).toBe('img')
      const [titleId] = (picture.getAttribute('aria-labelledby') ?? '').split(' ')
      expect(document.getElementById(titleId!)?.textContent).toBe('Matris: Effekt mot Genomförbarhet')
      for (const title of ['Gör först', 'Planera', 'Gör vid tillfälle', 'Avvakta'])
        expect(picture.textContent).toContain(title)
      // One dot, numbered; no area names on the picture.
      expect(picture.querySelectorAll('rect.matrix-dot')).toHaveLength(1)
      expect(picture.querySelector('text.matrix-number')?.textContent).toBe('1')
      expect(picture.textContent).not.toContain('Xylofon')
      expect(
        screen.getByText('Linjerna mellan rutorna går mellan 3 och 4: poäng 4 och 5 räknas som höga, 1–3 som låga.')
      ).toBeTruthy()
      expect(screen.getByText('Saknar poäng på axlarna och visas inte: Yrkesskola')).toBeTruthy()
      const table = screen.getByRole('table', { name: 'Områdena i matrisen', hidden: true })
      const xylofon = within(table).getByRole('row', { name: /Xylofon/, hidden: true })
      expect([...xylofon.querySelectorAll('th, td')].map((c) => c.textContent)).toEqual([
        '1',
        'Xylofon',
        '1',
        '5',
        '4',
        'Gör först'
      ])
      expect(within(table).getByRole('row', { name: /Yrkesskola/, hidden: true }).textContent).toContain(
        'Inte i bilden'
      )
    })

    it('says so when the engagement does not exist', async () => {
      renderApp({ route: route('no-such') })
      expect(await screen.findByText('Uppdraget finns inte. Det kan ha tagits bort.')).toBeTruthy()
    })
  })
})
