import { describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen } from '@testing-library/react'
import { ActionButtons, FilePicker } from '@renderer/ui'

describe('FilePicker', () => {
  it('in the browser is a label over a hidden file input that hands over the chosen files and forgets them', () => {
    const onFiles = vi.fn()
    render(<FilePicker label="Bifoga filer…" inputLabel="Välj filer att bifoga" multiple onFiles={onFiles} />)
    const input = screen.getByLabelText('Välj filer att bifoga') as HTMLInputElement
    expect(input.type).toBe('file')
    expect(input.multiple).toBe(true)
    expect(input.className).toBe('visually-hidden')
    // The visible button is the label of the input, so clicking it opens the file dialog.
    const label = screen.getByText('Bifoga filer…')
    expect(label.tagName).toBe('LABEL')
    expect(label.getAttribute('for')).toBe(input.id)
    // Its name starts with the text on the button (label in name), then says more.
    expect(screen.getByLabelText('Bifoga filer…')).toBe(input)
    expect(
      input
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => document.getElementById(id)!.textContent)
    ).toEqual(['Bifoga filer…', 'Välj filer att bifoga'])
    const file = new File(['x'], 'avtal.pdf', { type: 'application/pdf' })
    fireEvent.change(input, { target: { files: [file] } })
    expect(onFiles).toHaveBeenCalledWith([file])
    expect(input.value).toBe('')
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('in the desktop app is a button that asks for the native dialog', () => {
    const onChoose = vi.fn()
    const { rerender } = render(<FilePicker label="Bifoga filer…" onChoose={onChoose} onFiles={vi.fn()} />)
    fireEvent.click(screen.getByRole('button', { name: 'Bifoga filer…' }))
    expect(onChoose).toHaveBeenCalledOnce()
    expect(document.querySelector('input[type="file"]')).toBeNull()
    rerender(<FilePicker label="Bifogar…" onChoose={onChoose} disabled onFiles={vi.fn()} />)
    expect((screen.getByRole('button', { name: 'Bifogar…' }) as HTMLButtonElement).disabled).toBe(true)
  })
})

describe('ActionButtons', () => {
  it('shows the given actions in order, named for their item, leaving out the falsy ones', () => {
    const open = vi.fn()
    render(
      <ActionButtons
        className="row-actions"
        small
        actions={[
          { key: 'open', label: 'Öppna', ariaLabel: 'Öppna avtal.pdf', onClick: open },
          false,
          { key: 'remove', label: 'Ta bort', ariaLabel: 'Ta bort avtal.pdf', onClick: vi.fn() }
        ]}
      />
    )
    const buttons = screen.getAllByRole('button')
    expect(buttons.map((b) => [b.textContent, b.getAttribute('aria-label')])).toEqual([
      ['Öppna', 'Öppna avtal.pdf'],
      ['Ta bort', 'Ta bort avtal.pdf']
    ])
    expect(buttons[0]!.className).toBe('button button-secondary button-small')
    expect(buttons[0]!.parentElement?.className).toBe('row-actions')
    fireEvent.click(screen.getByRole('button', { name: 'Öppna avtal.pdf' }))
    expect(open).toHaveBeenCalledOnce()
  })
})
