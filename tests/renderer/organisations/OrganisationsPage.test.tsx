import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../helpers/render-app'
import { engagementRow, organisationRow } from '../helpers/rows'

async function seeded() {
  const rendered = renderApp({ route: '/organisations' })
  const a = organisationRow({ name: 'Östra kommun', kind: 'municipality', tags: ['energi'] })
  const b = organisationRow({ name: 'Ängby AB', kind: 'company', tags: ['skola'] })
  const c = organisationRow({ name: 'Alby region', kind: 'region', tags: ['energi', 'vård'] })
  await rendered.db.organisations.bulkPut([a, b, c])
  await rendered.db.engagements.bulkPut([engagementRow(a.id), engagementRow(a.id)])
  return { ...rendered, a, b, c }
}

const rowNames = (table: HTMLElement) =>
  within(table)
    .queryAllByRole('rowheader')
    .map((h) => h.textContent)

describe('features/organisations', () => {
  describe('OrganisationsPage()', () => {
    it('lists organisations in a table with row count and engagement counts', async () => {
      await seeded()
      const table = await screen.findByRole('table', { name: 'Alla organisationer' })
      await waitFor(() => expect(rowNames(table)).toEqual(['Alby region', 'Ängby AB', 'Östra kommun']))
      expect(table.getAttribute('aria-rowcount')).toBe('4')
      const ostra = within(table)
        .getByRole('rowheader', { name: 'Östra kommun' })
        .closest('[role="row"]') as HTMLElement
      await waitFor(() => expect(within(ostra).getAllByRole('cell').at(-1)?.textContent).toBe('2'))
    })

    it('searches as you type and filters by kind and tag', async () => {
      const user = userEvent.setup()
      await seeded()
      const table = await screen.findByRole('table', { name: 'Alla organisationer' })
      await user.type(screen.getByRole('searchbox', { name: 'Sök' }), 'by')
      await waitFor(() => expect(rowNames(table)).toEqual(['Alby region', 'Ängby AB']))
      await user.clear(screen.getByRole('searchbox', { name: 'Sök' }))
      await user.selectOptions(screen.getByRole('combobox', { name: 'Tagg' }), 'energi')
      await waitFor(() => expect(rowNames(table)).toEqual(['Alby region', 'Östra kommun']))
      await user.selectOptions(screen.getByRole('combobox', { name: 'Typ' }), 'municipality')
      await waitFor(() => expect(rowNames(table)).toEqual(['Östra kommun']))
      expect(screen.getByText('Visar 1 av 3')).toBeTruthy()
    })

    it('filters as each key is typed, and writes the text to the address only after a pause or with a filter change', async () => {
      const user = userEvent.setup()
      await seeded()
      const table = await screen.findByRole('table', { name: 'Alla organisationer' })
      const box = screen.getByRole('searchbox', { name: 'Sök' })
      await user.type(box, 'al')
      await waitFor(() => expect(rowNames(table)).toEqual(['Alby region']))
      // The count says which text its rows answer (data-search), the mark a benchmark waits for.
      expect(document.querySelector('.list-count')?.getAttribute('data-search')).toBe('al')
      // Not yet in the address: a write per key re-rendered the whole app through the router.
      expect(window.location.hash).toBe('#/organisations')
      await waitFor(() => expect(window.location.hash).toBe('#/organisations?q=al'))
      await user.type(box, 'b')
      await user.selectOptions(screen.getByRole('combobox', { name: 'Typ' }), 'region')
      // A filter change writes at once, with the text typed just before it.
      expect(window.location.hash).toBe('#/organisations?q=alb&kind=region')
      await waitFor(() => expect(rowNames(table)).toEqual(['Alby region']))
      expect((box as HTMLInputElement).value).toBe('alb')
    })

    it('sorts by a column header and says which way', async () => {
      const user = userEvent.setup()
      await seeded()
      const table = await screen.findByRole('table', { name: 'Alla organisationer' })
      const nameHeader = within(table).getByRole('columnheader', { name: /Namn/ })
      expect(nameHeader.getAttribute('aria-sort')).toBe('ascending')
      await user.click(within(nameHeader).getByRole('button'))
      await waitFor(() => expect(rowNames(table)).toEqual(['Östra kommun', 'Ängby AB', 'Alby region']))
      expect(nameHeader.getAttribute('aria-sort')).toBe('descending')
      await user.click(within(within(table).getByRole('columnheader', { name: /Typ/ })).getByRole('button'))
      await waitFor(() =>
        expect(within(table).getByRole('columnheader', { name: /Typ/ }).getAttribute('aria-sort')).toBe('ascending')
      )
    })
  })
})
