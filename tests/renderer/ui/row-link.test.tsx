import { describe, expect, it } from 'vitest'
import { fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HashRouter, MemoryRouter, Route, Routes } from 'react-router'
import { RowLink, VirtualTable, type Column } from '@renderer/ui'

type Row = { id: string; name: string }
const rows: Row[] = Array.from({ length: 50 }, (_, i) => ({ id: `r${i}`, name: `Kommun ${i}` }))
const columns: Column<Row, 'name'>[] = [
  {
    key: 'name',
    label: 'Namn',
    width: '1fr',
    rowHeader: true,
    render: (r) => (
      <RowLink to={`/organisationer/${r.id}`} className="row-link" title={r.name}>
        {r.name}
      </RowLink>
    )
  }
]

function List() {
  return (
    <VirtualTable
      label="Organisationer"
      rows={rows}
      columns={columns}
      rowKey={(r) => r.id}
      sort="name"
      direction="asc"
      onSort={() => {}}
    />
  )
}

function App() {
  return (
    <Routes>
      <Route path="/" element={<List />} />
      <Route path="/organisationer/:id" element={<h1>Organisationens sida</h1>} />
    </Routes>
  )
}

function renderApp() {
  return render(
    <MemoryRouter>
      <App />
    </MemoryRouter>
  )
}

describe('RowLink', () => {
  it('in a VirtualTable is a plain anchor with the router’s href, and a click on it goes there through the router', async () => {
    const user = userEvent.setup()
    renderApp()
    const link = within(screen.getByRole('table', { name: 'Organisationer' })).getByRole('link', { name: 'Kommun 1' })
    expect(link.getAttribute('href')).toBe('/organisationer/r1')
    expect(link.getAttribute('title')).toBe('Kommun 1')
    await user.click(link)
    expect(await screen.findByRole('heading', { name: 'Organisationens sida' })).toBeTruthy()
  })

  it('is followed by keyboard alone: Enter on the focused link', async () => {
    const user = userEvent.setup()
    renderApp()
    within(screen.getByRole('table', { name: 'Organisationer' }))
      .getByRole('link', { name: 'Kommun 2' })
      .focus()
    await user.keyboard('{Enter}')
    expect(await screen.findByRole('heading', { name: 'Organisationens sida' })).toBeTruthy()
  })

  it('leaves a click with a modifier key, or with another button, to the browser', () => {
    renderApp()
    const link = screen.getByRole('link', { name: 'Kommun 3' })
    for (const click of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { button: 1 }]) {
      // fireEvent returns false when a handler called preventDefault.
      expect(fireEvent.click(link, click)).toBe(true)
    }
    expect(screen.queryByRole('heading', { name: 'Organisationens sida' })).toBeNull()
    expect(screen.getByRole('table', { name: 'Organisationer' })).toBeTruthy()
  })

  it('has the hash href under the app’s HashRouter, as a Link there has', () => {
    render(
      <HashRouter>
        <App />
      </HashRouter>
    )
    expect(screen.getByRole('link', { name: 'Kommun 4' }).getAttribute('href')).toBe('#/organisationer/r4')
  })

  it('outside a VirtualTable is the router’s Link', async () => {
    const user = userEvent.setup()
    render(
      <MemoryRouter>
        <Routes>
          <Route path="/" element={<RowLink to="/organisationer/r9">Kommun 9</RowLink>} />
          <Route path="/organisationer/:id" element={<h1>Organisationens sida</h1>} />
        </Routes>
      </MemoryRouter>
    )
    const link = screen.getByRole('link', { name: 'Kommun 9' })
    expect(link.hasAttribute('data-row-link')).toBe(false)
    expect(link.getAttribute('href')).toBe('/organisationer/r9')
    await user.click(link)
    expect(await screen.findByRole('heading', { name: 'Organisationens sida' })).toBeTruthy()
  })
})
