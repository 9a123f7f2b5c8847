import { describe, expect, it } from 'vitest'
import { fireEvent, render, screen, within } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { Facts, FormSection, MissingRowPage, Section, ShellContext, TableSection } from '@renderer/ui'

describe('Section', () => {
  it('is a region named by its heading, with the action beside the heading', () => {
    render(
      <Section id="s-contacts" heading="Kontaktpersoner" action={<button type="button">Ny kontakt</button>}>
        <p>Innehåll</p>
      </Section>
    )
    const region = screen.getByRole('region', { name: 'Kontaktpersoner' })
    expect(within(region).getByRole('heading', { level: 2 }).parentElement?.className).toBe('section-head')
    expect(within(region).getByRole('button', { name: 'Ny kontakt' })).toBeTruthy()
    expect(within(region).getByText('Innehåll')).toBeTruthy()
  })

  it('without an action has the heading alone, and takes extra classes', () => {
    render(<Section id="s-delete" heading="Ta bort" className="danger-zone" />)
    const region = screen.getByRole('region', { name: 'Ta bort' })
    expect(region.className).toBe('panel panel-wide danger-zone')
    expect(region.querySelector('.section-head')).toBeNull()
  })
})

describe('FormSection', () => {
  function renderSection(replace: boolean, announced: string[]) {
    return render(
      <ShellContext.Provider value={{ status: '', announce: (m) => announced.push(m), focusHeading: () => {} }}>
        <FormSection<{ name: string }>
          heading="Uppgifter"
          openLabel="Redigera"
          replace={replace}
          saved={(row) => `Sparade ${row.name}.`}
          form={({ onSaved, onCancel }) => (
            <div>
              <button type="button" onClick={() => onSaved({ name: 'Anna' })}>
                Spara
              </button>
              <button type="button" onClick={onCancel}>
                Avbryt
              </button>
            </div>
          )}
        >
          <p>Visning</p>
        </FormSection>
      </ShellContext.Provider>
    )
  }

  it('opens the form from its button, which hides meanwhile; the form gives way to the content (replace)', () => {
    const announced: string[] = []
    renderSection(true, announced)
    expect(screen.getByRole('region', { name: 'Uppgifter' })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Redigera' }))
    expect(screen.queryByRole('button', { name: 'Redigera' })).toBeNull()
    expect(screen.queryByText('Visning')).toBeNull()
    // The heading row stays while the form is open, so the section does not shift.
    expect(screen.getByRole('heading', { name: 'Uppgifter' }).parentElement?.className).toBe('section-head')
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }))
    expect(screen.getByText('Visning')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Redigera' })).toBeTruthy()
    expect(announced).toEqual(['Sparade Anna.'])
  })

  it('keeps the content under the form without replace, and a cancel announces nothing', () => {
    const announced: string[] = []
    renderSection(false, announced)
    fireEvent.click(screen.getByRole('button', { name: 'Redigera' }))
    expect(screen.getByText('Visning')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }))
    expect(screen.queryByRole('button', { name: 'Spara' })).toBeNull()
    expect(announced).toEqual([])
  })

  it('gives the focus back to its button when the form closes, so the keyboard can add the next row', () => {
    renderSection(false, [])
    for (const close of ['Spara', 'Avbryt']) {
      fireEvent.click(screen.getByRole('button', { name: 'Redigera' }))
      const button = screen.getByRole('button', { name: close })
      button.focus()
      fireEvent.click(button)
      expect(document.activeElement, close).toBe(screen.getByRole('button', { name: 'Redigera' }))
    }
  })
})

describe('FormSection focus (issue 14 point 3)', () => {
  it('puts the cursor in the opened form’s first field instead of leaving it on the body', () => {
    render(
      <ShellContext.Provider value={{ status: '', announce: () => {}, focusHeading: () => {} }}>
        <FormSection<{ name: string }>
          heading="Kontaktpersoner"
          openLabel="Lägg till kontaktperson"
          saved="Sparad."
          form={() => (
            <form aria-label="Ny kontaktperson">
              <input type="hidden" name="id" />
              <label>
                Namn <input />
              </label>
            </form>
          )}
        />
      </ShellContext.Provider>
    )
    const opener = screen.getByRole('button', { name: 'Lägg till kontaktperson' })
    opener.focus()
    fireEvent.click(opener)
    expect(document.activeElement).toBe(screen.getByLabelText('Namn'))
  })
})

describe('TableSection', () => {
  type Row = { id: string; name: string }
  const columns = [{ key: 'name', label: 'Namn', rowHeader: true, render: (r: Row) => r.name }]

  it('is a section whose heading names its table too; without rows it says its empty line', () => {
    const { rerender } = render(
      <TableSection<Row> heading="Kontakter" rows={[{ id: 'a', name: 'Anna' }]} columns={columns} empty="Inga" />
    )
    const region = screen.getByRole('region', { name: 'Kontakter' })
    const table = within(region).getByRole('table', { name: 'Kontakter' })
    expect(within(table).getByRole('rowheader').textContent).toBe('Anna')
    rerender(<TableSection<Row> heading="Kontakter" rows={[]} columns={columns} empty="Inga" />)
    expect(screen.queryByRole('table')).toBeNull()
    expect(within(screen.getByRole('region', { name: 'Kontakter' })).getByText('Inga')).toBeTruthy()
  })

  it('with add, opens the form for a new row and announces it once saved', () => {
    const announced: string[] = []
    render(
      <ShellContext.Provider value={{ status: '', announce: (m) => announced.push(m), focusHeading: () => {} }}>
        <TableSection<Row>
          heading="Kontakter"
          rows={[]}
          columns={columns}
          empty="Inga"
          add={{
            label: 'Ny kontakt',
            saved: (row) => `${row.name} är tillagd.`,
            form: ({ onSaved }) => (
              <button type="button" onClick={() => onSaved({ id: 'b', name: 'Bo' })}>
                Lägg till
              </button>
            )
          }}
        />
      </ShellContext.Provider>
    )
    fireEvent.click(screen.getByRole('button', { name: 'Ny kontakt' }))
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till' }))
    expect(announced).toEqual(['Bo är tillagd.'])
    expect(screen.getByRole('button', { name: 'Ny kontakt' })).toBeTruthy()
  })
})

describe('Facts', () => {
  it('lists terms and values, an empty value reading "Ej angivet", multi-line text keeping its breaks', () => {
    const { container } = render(
      <Facts
        items={[
          { term: 'Typ', value: 'Kommun' },
          { term: 'Sektor', value: '' },
          { term: 'Storlek', value: null },
          { term: 'Taggar', value: false },
          { term: 'Adress', value: 'Storgatan 1\n123 45 Ort', preLine: true }
        ]}
      />
    )
    const terms = [...container.querySelectorAll('dt')].map((dt) => dt.textContent)
    const values = [...container.querySelectorAll('dd')].map((dd) => dd.textContent)
    expect(terms).toEqual(['Typ', 'Sektor', 'Storlek', 'Taggar', 'Adress'])
    expect(values).toEqual(['Kommun', 'Ej angivet', 'Ej angivet', 'Ej angivet', 'Storgatan 1\n123 45 Ort'])
    expect(container.querySelectorAll('dd')[4]!.className).toBe('pre-line')
  })
})

describe('MissingRowPage', () => {
  const back = { to: '/organisations', label: 'Till listan' }

  it('says "Loading…" while the row loads, under the page heading when one is given', () => {
    const { rerender } = render(<MissingRowPage row={undefined} notFound="Finns inte" back={back} />)
    expect(screen.getByText('Laddar…')).toBeTruthy()
    expect(screen.queryByRole('heading')).toBeNull()
    rerender(<MissingRowPage row={undefined} notFound="Finns inte" back={back} loadingHeading="Område" />)
    expect(screen.getByRole('heading', { level: 1, name: 'Område' })).toBeTruthy()
  })

  it('shows the not-found page with its way back when the row is gone', () => {
    render(
      <MemoryRouter>
        <MissingRowPage row={null} notFound="Organisationen finns inte" back={back} />
      </MemoryRouter>
    )
    expect(screen.getByRole('heading', { level: 1, name: 'Organisationen finns inte' })).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Till listan' }).getAttribute('href')).toBe('/organisations')
    expect(screen.queryByText('Laddar…')).toBeNull()
  })
})
