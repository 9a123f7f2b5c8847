import { describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { MemoryRouter } from 'react-router'
import { AREA_STATUSES, ENGAGEMENT_STATUSES } from '@shared/entities'
import {
  Breadcrumbs,
  EmptyState,
  Notice,
  SearchField,
  StatusBadge,
  areaStatusTone,
  engagementStatusTone
} from '@renderer/ui'

describe('SearchField', () => {
  it('is a labelled search box that reports each change', () => {
    const onChange = vi.fn()
    render(<SearchField label="Sök" placeholder="Namn eller tagg" value="" onChange={onChange} />)
    const box = screen.getByRole('searchbox', { name: 'Sök' })
    fireEvent.change(box, { target: { value: 'kom' } })
    expect(onChange).toHaveBeenLastCalledWith('kom')
    expect((box as HTMLInputElement).value).toBe('kom')
  })

  it('takes over a value changed from outside (back button, link)', () => {
    function Outer() {
      const [q, setQ] = useState('a')
      return (
        <>
          <SearchField label="Sök" value={q} onChange={setQ} />
          <button type="button" onClick={() => setQ('')}>
            Rensa
          </button>
        </>
      )
    }
    render(<Outer />)
    fireEvent.click(screen.getByRole('button', { name: 'Rensa' }))
    expect((screen.getByRole('searchbox', { name: 'Sök' }) as HTMLInputElement).value).toBe('')
  })

  it('keeps keystrokes typed while the outside value lags behind (late echoes are not changes)', () => {
    const onChange = vi.fn()
    const { rerender } = render(<SearchField label="Sök" value="" onChange={onChange} />)
    const box = screen.getByRole('searchbox', { name: 'Sök' }) as HTMLInputElement
    for (const text of ['9', '99', '999', '9999']) fireEvent.change(box, { target: { value: text } })
    // The address catches up one render at a time, each a step behind what is typed.
    for (const echo of ['9', '99', '999']) {
      rerender(<SearchField label="Sök" value={echo} onChange={onChange} />)
      expect(box.value).toBe('9999')
    }
    rerender(<SearchField label="Sök" value="9999" onChange={onChange} />)
    expect(box.value).toBe('9999')
    // A change from elsewhere afterwards is still taken over.
    rerender(<SearchField label="Sök" value="kommun" onChange={onChange} />)
    expect(box.value).toBe('kommun')
  })
})

describe('EmptyState', () => {
  it('says its message, with the actions under it when given', () => {
    const { container, rerender } = render(<EmptyState message="Inga uppdrag ännu." />)
    expect(container.querySelector('p.empty-state')?.textContent).toBe('Inga uppdrag ännu.')
    rerender(
      <EmptyState message="Inga uppdrag ännu.">
        <button type="button">Nytt uppdrag</button>
      </EmptyState>
    )
    expect(screen.getByText('Inga uppdrag ännu.').tagName).toBe('P')
    expect(screen.getByRole('button', { name: 'Nytt uppdrag' })).toBeTruthy()
  })
})

describe('Breadcrumbs', () => {
  it('links the steps above the page, leaving out the unknown ones', () => {
    render(
      <MemoryRouter>
        <Breadcrumbs
          items={[{ to: '/workshops', label: 'Workshoppar' }, null, { to: '/organisations/o1', label: 'Kommun A' }]}
        />
      </MemoryRouter>
    )
    const links = screen.getAllByRole('link')
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Workshoppar', '/workshops'],
      ['Kommun A', '/organisations/o1']
    ])
    expect(links[0]!.parentElement?.textContent).toBe('Workshoppar · Kommun A')
  })
})

describe('StatusBadge', () => {
  it('shows its text, coloured by its tone', () => {
    render(<StatusBadge tone="success">Vunnen</StatusBadge>)
    expect(screen.getByText('Vunnen').className).toBe('status-badge tone-success')
  })

  it('gives every engagement and area status a tone', () => {
    expect(ENGAGEMENT_STATUSES.map(engagementStatusTone)).toEqual([
      'info',
      'warning',
      'success',
      'active',
      'neutral',
      'danger'
    ])
    expect(AREA_STATUSES.map(areaStatusTone)).toEqual(['neutral', 'accent', 'warning', 'success', 'success'])
  })
})

describe('Notice', () => {
  it('reports a success politely and an error as an alert, and nothing without a message', () => {
    const { rerender, container } = render(<Notice message={{ text: 'Säkerhetskopian är gjord.', error: false }} />)
    expect(screen.getByRole('status').textContent).toBe('Säkerhetskopian är gjord.')
    rerender(<Notice message={{ text: 'Disken är full.', error: true }} />)
    expect(screen.getByRole('alert').textContent).toBe('Disken är full.')
    expect(screen.queryByRole('status')).toBeNull()
    rerender(<Notice message={null} />)
    expect(container.textContent).toBe('')
  })
})
