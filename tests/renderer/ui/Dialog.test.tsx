import { describe, expect, it, vi } from 'vitest'
import { fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { ConfirmDialog, Dialog, ShellContext } from '@renderer/ui'

/** A page with a heading, a button that opens the dialog, and (optionally) the button removed on close. */
function Page({ removeOpener = false, onClose = () => {} }: { removeOpener?: boolean; onClose?: () => void }) {
  const [open, setOpen] = useState(false)
  const [gone, setGone] = useState(false)
  const focusHeading = () => document.querySelector<HTMLElement>('h1')?.focus()
  return (
    <ShellContext.Provider value={{ status: '', announce: () => {}, focusHeading }}>
      <h1 tabIndex={-1}>Sidan</h1>
      {gone ? null : (
        <button type="button" onClick={() => setOpen(true)}>
          Öppna
        </button>
      )}
      <Dialog
        open={open}
        title="Ändra tröskel"
        onClose={() => {
          onClose()
          if (removeOpener) setGone(true)
          setOpen(false)
        }}
      >
        <label>
          Värde <input />
        </label>
        <button type="button" onClick={() => setOpen(false)}>
          Klar
        </button>
      </Dialog>
    </ShellContext.Provider>
  )
}

describe('Dialog', () => {
  it('opens as a modal dialog named by its title', () => {
    render(<Page />)
    expect(screen.queryByRole('dialog')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Öppna' }))
    const dialog = screen.getByRole('dialog', { name: 'Ändra tröskel' }) as HTMLDialogElement
    expect(dialog.open).toBe(true)
    expect(screen.getByRole('heading', { level: 2, name: 'Ändra tröskel' })).toBeTruthy()
  })

  it('closes on Escape through onClose and gives focus back to the button that opened it', () => {
    const onClose = vi.fn()
    render(<Page onClose={onClose} />)
    const opener = screen.getByRole('button', { name: 'Öppna' })
    opener.focus()
    fireEvent.click(opener)
    // Focus is inside the dialog (the browser moves it there; happy-dom does not, so do it here).
    screen.getByLabelText('Värde').focus()
    fireEvent.keyDown(screen.getByLabelText('Värde'), { key: 'Escape' })
    expect(onClose).toHaveBeenCalledTimes(1)
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(document.activeElement).toBe(opener)
  })

  it('treats the browser’s own close request (cancel) like Escape', () => {
    const onClose = vi.fn()
    render(<Page onClose={onClose} />)
    fireEvent.click(screen.getByRole('button', { name: 'Öppna' }))
    const cancel = new Event('cancel', { cancelable: true })
    screen.getByRole('dialog').dispatchEvent(cancel)
    expect(onClose).toHaveBeenCalledTimes(1)
    expect(cancel.defaultPrevented).toBe(true)
  })

  it('gives focus to the page heading when the opener is gone', () => {
    render(<Page removeOpener />)
    const opener = screen.getByRole('button', { name: 'Öppna' })
    opener.focus()
    fireEvent.click(opener)
    screen.getByLabelText('Värde').focus()
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' })
    expect(screen.queryByRole('button', { name: 'Öppna' })).toBeNull()
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }))
  })
})

describe('Dialog focus when the opener no longer applies (issue 14 point 3)', () => {
  /** The merge dialog's case: once done, its opener is disabled (nothing left to merge). */
  function DisablingPage() {
    const [open, setOpen] = useState(false)
    const [done, setDone] = useState(false)
    const focusHeading = () => document.querySelector<HTMLElement>('h1')?.focus()
    return (
      <ShellContext.Provider value={{ status: '', announce: () => {}, focusHeading }}>
        <h1 tabIndex={-1}>Området</h1>
        <button type="button" disabled={done} onClick={() => setOpen(true)}>
          Slå ihop…
        </button>
        <Dialog
          open={open}
          title="Slå ihop"
          onClose={() => {
            setDone(true)
            setOpen(false)
          }}
        >
          <button type="button">Slå ihop nu</button>
        </Dialog>
      </ShellContext.Provider>
    )
  }

  it('gives focus to the page heading when the opener is disabled on closing, never to the body', () => {
    render(<DisablingPage />)
    const opener = screen.getByRole('button', { name: 'Slå ihop…' })
    opener.focus()
    fireEvent.click(opener)
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' })
    expect((opener as HTMLButtonElement).disabled).toBe(true)
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }))
  })
})

describe('ConfirmDialog', () => {
  function Confirm({ onConfirm, onCancel }: { onConfirm: () => void; onCancel: () => void }) {
    const [open, setOpen] = useState(true)
    return (
      <ConfirmDialog
        open={open}
        title="Ta bort Kommun A?"
        confirmLabel="Ta bort"
        onConfirm={() => {
          onConfirm()
          setOpen(false)
        }}
        onCancel={() => {
          onCancel()
          setOpen(false)
        }}
      >
        <p>Tre uppdrag tas också bort.</p>
      </ConfirmDialog>
    )
  }

  it('asks with its title and text and starts on Cancel, so Enter never confirms by a slip', () => {
    render(<Confirm onConfirm={() => {}} onCancel={() => {}} />)
    expect(screen.getByRole('dialog', { name: 'Ta bort Kommun A?' })).toBeTruthy()
    expect(screen.getByText('Tre uppdrag tas också bort.')).toBeTruthy()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Avbryt' }))
  })

  it('confirms with the confirm button only', () => {
    const onConfirm = vi.fn()
    const onCancel = vi.fn()
    render(<Confirm onConfirm={onConfirm} onCancel={onCancel} />)
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort' }))
    expect(onConfirm).toHaveBeenCalledTimes(1)
    expect(onCancel).not.toHaveBeenCalled()
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('cancels with Cancel and with Escape', () => {
    const onConfirm = vi.fn()
    const onCancel = vi.fn()
    const { unmount } = render(<Confirm onConfirm={onConfirm} onCancel={onCancel} />)
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }))
    unmount()
    render(<Confirm onConfirm={onConfirm} onCancel={onCancel} />)
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' })
    expect(onCancel).toHaveBeenCalledTimes(2)
    expect(onConfirm).not.toHaveBeenCalled()
  })

  it('keeps the confirm button disabled while busy', () => {
    render(
      <ConfirmDialog open title="Ta bort?" confirmLabel="Ta bort" onConfirm={() => {}} onCancel={() => {}} busy>
        x
      </ConfirmDialog>
    )
    expect((screen.getByRole('button', { name: 'Ta bort' }) as HTMLButtonElement).disabled).toBe(true)
  })
})
