import { describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { UndoToast } from '@renderer/ui'

describe('UndoToast', () => {
  it('shows nothing while there is nothing to undo', () => {
    render(<UndoToast deleted={null} onUndo={() => {}} onDismiss={() => {}} />)
    expect(screen.queryByRole('region')).toBeNull()
  })

  it('names what was deleted and calls back on Ångra and on Stäng', () => {
    const onUndo = vi.fn()
    const onDismiss = vi.fn()
    render(<UndoToast deleted="Kommun A" onUndo={onUndo} onDismiss={onDismiss} />)
    const region = screen.getByRole('region', { name: 'Ångra borttagning' })
    expect(region.textContent).toContain('Kommun A är borttagen.')
    fireEvent.click(screen.getByRole('button', { name: 'Ångra' }))
    expect(onUndo).toHaveBeenCalledTimes(1)
    fireEvent.click(screen.getByRole('button', { name: 'Stäng' }))
    expect(onDismiss).toHaveBeenCalledTimes(1)
  })

  it('undoes on Ctrl+Z outside text fields only', () => {
    const onUndo = vi.fn()
    render(
      <>
        <input aria-label="Text" />
        <UndoToast deleted="Kommun A" onUndo={onUndo} onDismiss={() => {}} />
      </>
    )
    fireEvent.keyDown(screen.getByLabelText('Text'), { key: 'z', ctrlKey: true })
    expect(onUndo).not.toHaveBeenCalled()
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true })
    expect(onUndo).toHaveBeenCalledTimes(1)
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true, shiftKey: true })
    expect(onUndo).toHaveBeenCalledTimes(1)
  })

  it('says so when the undo fails', async () => {
    const { rerender } = render(
      <UndoToast deleted="Kommun A" onUndo={() => Promise.reject(new Error('låst'))} onDismiss={() => {}} />
    )
    fireEvent.click(screen.getByRole('button', { name: 'Ångra' }))
    rerender(<UndoToast deleted={null} onUndo={() => {}} onDismiss={() => {}} />)
    expect(await screen.findByText('Det gick inte att ångra: låst')).toBeTruthy()
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Ångra' })).toBeNull())
  })
})
