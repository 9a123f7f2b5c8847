import { describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen, within } from '@testing-library/react'
import { DataTable, VirtualTable, buttonColumn, type Column } from '@renderer/ui'

type Row = { id: string; name: string; size: number }
type SortKey = 'name' | 'size'

const rows: Row[] = Array.from({ length: 500 }, (_, i) => ({ id: `r${i}`, name: `Kommun ${i}`, size: i * 100 }))
const columns: Column<Row, SortKey>[] = [
  { key: 'name', label: 'Namn', width: '2fr', sortKey: 'name', rowHeader: true, render: (r) => r.name },
  { key: 'size', label: 'Storlek', width: '8rem', sortKey: 'size', numeric: true, render: (r) => String(r.size) },
  { key: 'note', label: 'Anteckning', width: '1fr', render: () => '–' }
]

type VirtualProps = Parameters<typeof VirtualTable<Row, SortKey>>[0]
/** The table of these tests: 500 organisations sorted by name, with what a test changes. */
function virtualTable(changes: Partial<VirtualProps> = {}) {
  const props: VirtualProps = {
    label: 'Organisationer',
    rows,
    columns,
    rowKey: (r) => r.id,
    sort: 'name',
    direction: 'asc',
    onSort: () => {},
    ...changes
  }
  return <VirtualTable {...props} />
}

describe('VirtualTable', () => {
  it('is a table of all rows for assistive technology, drawing only some of them', () => {
    render(virtualTable())
    const table = screen.getByRole('table', { name: 'Organisationer' })
    expect(table.getAttribute('aria-rowcount')).toBe('501')
    const drawn = within(table).getAllByRole('row')
    expect(drawn.length).toBeGreaterThan(2)
    expect(drawn.length).toBeLessThan(rows.length)
    expect(drawn[0]!.getAttribute('aria-rowindex')).toBe('1')
    expect(drawn[1]!.getAttribute('aria-rowindex')).toBe('2')
    expect(within(drawn[1]!).getByRole('rowheader').textContent).toBe('Kommun 0')
    expect(
      within(drawn[1]!)
        .getAllByRole('cell')
        .map((c) => c.textContent)
    ).toEqual(['0', '–'])
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent?.replace(/[▲▼↕]/g, ''))
    ).toEqual(['Namn', 'Storlek', 'Anteckning'])
  })

  it('draws the rows at the scroll position, each at its place, however far down', () => {
    const many: Row[] = Array.from({ length: 30_000 }, (_, i) => ({ id: `r${i}`, name: `Kommun ${i}`, size: i }))
    render(virtualTable({ label: 'Områden', rows: many }))
    const table = screen.getByRole('table', { name: 'Områden' })
    const body = within(table).getAllByRole('rowgroup').at(-1)!
    // 44 px rows: row 20 000 starts at 880 000 px.
    body.scrollTop = 880_000
    fireEvent.scroll(body)
    const drawn = within(body).getAllByRole('row')
    expect(drawn.length).toBeLessThan(100)
    const first = drawn.find((r) => r.getAttribute('aria-rowindex') === '20002')!
    expect(within(first).getByRole('rowheader').textContent).toBe('Kommun 20000')
    expect(first.style.transform).toBe('translateY(880000px)')
    expect(within(body).queryByText('Kommun 0')).toBeNull()
  })

  it('marks the sorted column and sorts by a heading’s button', () => {
    const onSort = vi.fn()
    render(virtualTable({ sort: 'size', direction: 'desc', onSort }))
    const headers = screen.getAllByRole('columnheader')
    expect(headers.map((h) => h.getAttribute('aria-sort'))).toEqual([null, 'descending', null])
    fireEvent.click(within(headers[0]!).getByRole('button', { name: /Namn/ }))
    expect(onSort).toHaveBeenCalledWith('name')
    expect(within(headers[2]!).queryByRole('button')).toBeNull()
  })
})

describe('DataTable', () => {
  it('is a native table with caption, column headings, row headings and cells', () => {
    render(<DataTable caption="Uppdrag" rows={rows.slice(0, 3)} columns={columns} rowKey={(r) => r.id} />)
    const table = screen.getByRole('table', { name: 'Uppdrag' })
    const [head, ...body] = within(table).getAllByRole('row')
    expect(body).toHaveLength(3)
    expect(
      within(head!)
        .getAllByRole('columnheader')
        .map((h) => h.textContent)
    ).toEqual(['Namn', 'Storlek', 'Anteckning'])
    expect(within(body[2]!).getByRole('rowheader').textContent).toBe('Kommun 2')
    expect(
      within(body[2]!)
        .getAllByRole('cell')
        .map((c) => c.textContent)
    ).toEqual(['200', '–'])
    // Without onSort the headings are plain text, not buttons.
    expect(within(table).queryByRole('button')).toBeNull()
  })

  it('reads out a hidden heading without showing it (a column of buttons)', () => {
    const withActions: Column<Row, SortKey>[] = [
      ...columns,
      { key: 'actions', label: 'Åtgärder', labelHidden: true, render: () => null }
    ]
    render(<DataTable caption="Uppdrag" rows={rows.slice(0, 1)} columns={withActions} rowKey={(r) => r.id} />)
    const heading = screen.getByRole('columnheader', { name: 'Åtgärder' })
    expect(heading.querySelector('.visually-hidden')?.textContent).toBe('Åtgärder')
    expect(screen.getByRole('columnheader', { name: 'Namn' }).querySelector('.visually-hidden')).toBeNull()
  })

  it('shares the sortable head with VirtualTable', () => {
    const onSort = vi.fn()
    render(
      <DataTable
        label="Uppdrag"
        rows={rows.slice(0, 2)}
        columns={columns}
        rowKey={(r) => r.id}
        sort="name"
        direction="asc"
        onSort={onSort}
      />
    )
    const table = screen.getByRole('table', { name: 'Uppdrag' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.getAttribute('aria-sort'))
    ).toEqual(['ascending', null, null])
    fireEvent.click(within(table).getByRole('button', { name: /Storlek/ }))
    expect(onSort).toHaveBeenCalledWith('size')
  })

  it('shows a short heading with the full name as its title and read out', () => {
    const grades: Column<Row, SortKey>[] = [
      columns[0]!,
      { key: 'six', label: 'Mycket bra', abbr: '6', numeric: true, render: () => '1' }
    ]
    render(<DataTable caption="Betyg" rows={rows.slice(0, 1)} columns={grades} rowKey={(r) => r.id} />)
    const heading = screen.getByRole('columnheader', { name: /Mycket bra/ })
    expect(heading.querySelector('abbr')?.getAttribute('title')).toBe('Mycket bra')
    expect(heading.querySelector('abbr')?.textContent).toBe('6')
    expect(heading.querySelector('.visually-hidden')?.textContent).toBe(' Mycket bra')
  })

  it('shows its empty line instead of a table without rows, and nothing while the rows load', () => {
    const { rerender } = render(
      <DataTable label="Uppdrag" rows={undefined} columns={columns} rowKey={(r) => r.id} empty="Inga uppdrag" />
    )
    expect(screen.queryByRole('table')).toBeNull()
    expect(screen.queryByText('Inga uppdrag')).toBeNull()
    rerender(<DataTable label="Uppdrag" rows={[]} columns={columns} rowKey={(r) => r.id} empty="Inga uppdrag" />)
    expect(screen.queryByRole('table')).toBeNull()
    expect(screen.getByText('Inga uppdrag').className).toBe('muted')
    rerender(
      <DataTable label="Uppdrag" rows={rows.slice(0, 1)} columns={columns} rowKey={(r) => r.id} empty="Inga uppdrag" />
    )
    expect(screen.getByRole('table', { name: 'Uppdrag' })).toBeTruthy()
    expect(screen.queryByText('Inga uppdrag')).toBeNull()
  })

  it('ends in a column of one button a row, named after its row, under a heading read out only', () => {
    const onClick = vi.fn()
    const withButton: Column<Row, SortKey>[] = [
      columns[0]!,
      buttonColumn<Row, SortKey>({
        key: 'remove',
        label: 'Åtgärder',
        text: 'Ta bort',
        ariaLabel: (r) => `Ta bort ${r.name}`,
        onClick
      })
    ]
    render(<DataTable caption="Rader" rows={rows.slice(0, 2)} columns={withButton} rowKey={(r) => r.id} />)
    expect(screen.getByRole('columnheader', { name: 'Åtgärder' }).querySelector('.visually-hidden')).toBeTruthy()
    const button = screen.getByRole('button', { name: 'Ta bort Kommun 1' })
    expect(button.textContent).toBe('Ta bort')
    expect(button.className).toBe('button button-secondary button-small')
    fireEvent.click(button)
    expect(onClick).toHaveBeenCalledWith(rows[1])
  })

  it('labels each cell with its column heading for the stacked layout of a narrow window, and not without stack', () => {
    const withActions: Column<Row, SortKey>[] = [
      ...columns,
      { key: 'actions', label: 'Åtgärder', labelHidden: true, render: () => 'knapp' }
    ]
    const { rerender } = render(
      <DataTable caption="Uppdrag" rows={rows.slice(1, 2)} columns={withActions} rowKey={(r) => r.id} />
    )
    const table = screen.getByRole('table', { name: 'Uppdrag' })
    expect(table.classList.contains('stacks')).toBe(true)
    const row = within(table).getAllByRole('row')[1]!
    // The row header heads the card (no label); a column whose heading is hidden gets none either.
    expect(within(row).getByRole('rowheader').hasAttribute('data-label')).toBe(false)
    const cells = within(row).getAllByRole('cell')
    expect(cells.map((c) => c.getAttribute('data-label'))).toEqual(['Storlek', 'Anteckning', null])
    // The value is one box (wrapped beside or below its label as a whole); the text is unchanged.
    expect(cells.map((c) => c.textContent)).toEqual(['100', '–', 'knapp'])
    expect(cells[0]!.firstElementChild?.className).toBe('cell-value')
    rerender(
      <DataTable caption="Uppdrag" rows={rows.slice(1, 2)} columns={withActions} rowKey={(r) => r.id} stack={false} />
    )
    expect(screen.getByRole('table', { name: 'Uppdrag' }).classList.contains('stacks')).toBe(false)
    expect(document.querySelector('[data-label]')).toBeNull()
  })
})

describe('VirtualTable in a narrow window', () => {
  it('stacks its rows as cards of one line per column, each cell labelled, every row the same height', () => {
    // The narrow window's media query matches (happy-dom has no layout to match it by itself).
    const matchMedia = vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) =>
        ({
          matches: query === '(max-width: 48rem)',
          media: query,
          addEventListener: () => undefined,
          removeEventListener: () => undefined
        }) as unknown as MediaQueryList
    )
    try {
      render(virtualTable())
      const table = screen.getByRole('table', { name: 'Organisationer' })
      expect(table.classList.contains('stacked')).toBe(true)
      const [head, first, second] = within(table).getAllByRole('row')
      // The head keeps its sort buttons (the bar above the cards) and no grid of columns.
      expect(head!.style.gridTemplateColumns).toBe('')
      expect(within(head!).getAllByRole('button')).toHaveLength(2)
      expect(within(first!).getByRole('rowheader').hasAttribute('data-label')).toBe(false)
      expect(
        within(first!)
          .getAllByRole('cell')
          .map((c) => c.getAttribute('data-label'))
      ).toEqual(['Storlek', 'Anteckning'])
      // Three columns: three 24-pixel lines and 12 pixels of padding; the next row starts that far below.
      expect(first!.style.height).toBe('84px')
      expect(second!.style.transform).toBe('translateY(84px)')
    } finally {
      matchMedia.mockRestore()
    }
  })
})

describe('VirtualTable with a two-line column (lines: 2)', () => {
  const twoLines: Column<Row, SortKey>[] = [{ ...columns[0]!, lines: 2 }, columns[1]!, { ...columns[2]!, lines: 2 }]
  const draw = () => render(virtualTable({ columns: twoLines }))

  it('gives every row the height of two lines and puts the value in the box that wraps and is cut after two', () => {
    draw()
    const [, first, second] = within(screen.getByRole('table', { name: 'Organisationer' })).getAllByRole('row')
    const name = within(first!).getByRole('rowheader')
    expect(name.classList.contains('two-lines')).toBe(true)
    expect(name.querySelector(':scope > .vtable-value')?.textContent).toBe('Kommun 0')
    // A one-line column keeps its value as it is.
    expect(within(first!).getAllByRole('cell')[0]!.querySelector('.vtable-value')).toBeNull()
    expect(first!.style.height).toBe('60px')
    expect(second!.style.transform).toBe('translateY(60px)')
  })

  it('in a narrow window counts two lines for the title, and a heading line above its value for another', () => {
    const matchMedia = vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) =>
        ({
          matches: query === '(max-width: 48rem)',
          media: query,
          addEventListener: () => undefined,
          removeEventListener: () => undefined
        }) as unknown as MediaQueryList
    )
    try {
      draw()
      const [, first, second] = within(screen.getByRole('table', { name: 'Organisationer' })).getAllByRole('row')
      // The title's two 24-pixel lines, a one-line cell, a 16-pixel heading over a 24-pixel value, 12 of padding.
      expect(first!.style.height).toBe('124px')
      expect(second!.style.transform).toBe('translateY(124px)')
    } finally {
      matchMedia.mockRestore()
    }
  })
})

describe('DataTable with a hidden caption', () => {
  it('is named by its caption, which is not shown (the heading above says it: the Dokument page)', () => {
    render(<DataTable caption="Dokument, nyaste först" captionHidden rows={rows.slice(0, 2)} columns={columns} />)
    const table = screen.getByRole('table', { name: 'Dokument, nyaste först' })
    expect(table.querySelector('caption')!.classList.contains('visually-hidden')).toBe(true)
  })
})
