import { describe, expect, it } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import { DataTable, type Column } from '@renderer/ui'

type Row = { id: string; name: string; size: number }

/** Three rows and stable columns whose render functions count the rows they draw, by row id. */
function setup() {
  const drawn: string[] = []
  const columns: Column<Row>[] = [
    {
      key: 'name',
      label: 'Namn',
      rowHeader: true,
      render: (r) => {
        drawn.push(r.id)
        return r.name
      }
    },
    { key: 'size', label: 'Storlek', numeric: true, render: (r) => String(r.size) }
  ]
  const rows: Row[] = [
    { id: 'a', name: 'Alingsås', size: 1 },
    { id: 'b', name: 'Borås', size: 2 },
    { id: 'c', name: 'Eksjö', size: 3 }
  ]
  // A new rowClassName function on every render, as a page writes it inline.
  const table = (shown: readonly Row[], cols: readonly Column<Row>[] = columns) => (
    <DataTable
      caption="Kommuner"
      rows={shown}
      columns={cols}
      rowKey={(r) => r.id}
      rowClassName={(r) => (r.size === 1 ? 'first' : undefined)}
    />
  )
  return { drawn, columns, rows, table }
}

function bodyRows(): HTMLElement[] {
  return within(screen.getByRole('table', { name: 'Kommuner' }))
    .getAllByRole('row')
    .slice(1)
}

describe('DataTable rows (memoised, as VirtualTable’s)', () => {
  it('does not draw a row again when a render brings the same row object and the same columns', () => {
    const { drawn, rows, table } = setup()
    const { rerender } = render(table(rows))
    expect(drawn).toEqual(['a', 'b', 'c'])
    drawn.length = 0
    // A new array of the same row objects, a new rowClassName and rowKey function: nothing is drawn again.
    rerender(table([...rows]))
    expect(drawn).toEqual([])
    expect(bodyRows().map((r) => r.className)).toEqual(['first', '', ''])
  })

  it('draws again only the row whose object changed, with its new values', () => {
    const { drawn, rows, table } = setup()
    const { rerender } = render(table(rows))
    drawn.length = 0
    rerender(table([rows[0]!, { ...rows[1]!, name: 'Borås stad' }, rows[2]!]))
    expect(drawn).toEqual(['b'])
    expect(bodyRows().map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Alingsås',
      'Borås stad',
      'Eksjö'
    ])
  })

  it('draws every row again when the columns are a new array (a page that makes them on every render)', () => {
    const { drawn, columns, rows, table } = setup()
    const { rerender } = render(table(rows))
    drawn.length = 0
    rerender(table(rows, [...columns]))
    expect(drawn).toEqual(['a', 'b', 'c'])
  })
})
