import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../helpers/render-app'
import { organisationRow } from '../helpers/rows'

/** The props React last gave a DOM element: a new object whenever the component that draws it rendered again. */
function reactProps(element: Element): unknown {
  const key = Object.keys(element).find((k) => k.startsWith('__reactProps$'))
  if (!key) throw new Error('not an element React drew')
  return (element as unknown as Record<string, unknown>)[key]
}

/** The list answers the text: its count names the text its rows were found for (ListView's data-search). */
const answered = (text: string) =>
  waitFor(() => expect(document.querySelector('.list-count')?.getAttribute('data-search')).toBe(text))

describe('ui/VirtualTable in a list page', () => {
  it('a keystroke that keeps the matching rows draws none of the visible rows again', async () => {
    const user = userEvent.setup()
    const rendered = renderApp({ route: '/organisations' })
    const names = ['Alby kommun', 'Boda kommun', 'Dala kommun', 'Edsby kommun', 'Fors kommun', 'Gimo region']
    await rendered.db.organisations.bulkPut(names.map((name) => organisationRow({ name, kind: 'municipality' })))
    const table = await screen.findByRole('table', { name: 'Alla organisationer' })
    await waitFor(() => expect(within(table).getAllByRole('rowheader')).toHaveLength(6))
    const box = screen.getByRole('searchbox', { name: 'Sök' })
    await user.type(box, 'kom')
    await answered('kom')
    await waitFor(() => expect(within(table).getAllByRole('rowheader')).toHaveLength(5))
    const rows = () => within(table).getAllByRole('row').slice(1)
    const before = new Map(rows().map((row) => [row.textContent, reactProps(row)]))
    // "komm", "kommu", "kommun": the same five rows each time.
    await user.type(box, 'mun')
    await answered('kommun')
    const after = rows()
    expect(after).toHaveLength(5)
    const redrawn = after.filter((row) => reactProps(row) !== before.get(row.textContent))
    expect(redrawn.map((row) => row.textContent)).toEqual([])
  })
})

describe('ui/ListView and VirtualTable: what a keystroke draws again', () => {
  it('neither the column headings nor the drop-down filters are drawn again by a key typed in the search box', async () => {
    const user = userEvent.setup()
    const rendered = renderApp({ route: '/organisations' })
    const names = ['Alby kommun', 'Boda kommun', 'Gimo region']
    await rendered.db.organisations.bulkPut(names.map((name) => organisationRow({ name, kind: 'municipality' })))
    const table = await screen.findByRole('table', { name: 'Alla organisationer' })
    await waitFor(() => expect(within(table).getAllByRole('rowheader')).toHaveLength(3))
    const box = screen.getByRole('searchbox', { name: 'Sök' })
    await user.type(box, 'b')
    await answered('b')
    const headings = within(table).getAllByRole('columnheader')
    const kind = screen.getByRole('combobox', { name: 'Typ' })
    // The select's field (happy-dom's select element is a proxy that Object.keys cannot list).
    const kindField = kind.closest('.field')!
    const before = [...headings, kindField].map(reactProps)
    await user.type(box, 'y')
    await answered('by')
    await waitFor(() => expect(within(table).getAllByRole('rowheader')).toHaveLength(1))
    const redrawn = [...headings, kindField].filter((element, i) => reactProps(element) !== before[i])
    expect(redrawn.map((element) => element.textContent)).toEqual([])
    // A filter chosen still draws its select again, and still filters.
    await user.selectOptions(kind, 'municipality')
    await waitFor(() => expect(window.location.hash).toContain('kind=municipality'))
    expect(within(table).getAllByRole('rowheader')).toHaveLength(1)
    expect(reactProps(kindField) === before.at(-1)).toBe(false)
  })
})
