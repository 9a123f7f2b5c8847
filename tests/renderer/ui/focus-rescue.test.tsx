import { describe, expect, it } from 'vitest'
import { act, render, screen, waitFor } from '@testing-library/react'
import { useCallback, useRef, useState } from 'react'
import { useFocusRescue } from '@renderer/ui/focus-rescue'

/**
 * A shell around one page: the safety net on its main landmark. `page` is the route; the page can show
 * its heading late (loading), drop a button, disable a submit button for a moment, or disable an opener.
 */
function Shell() {
  const mainRef = useRef<HTMLElement>(null)
  const [page, setPage] = useState('a')
  const [loaded, setLoaded] = useState(true)
  const [shown, setShown] = useState(true)
  const [saving, setSaving] = useState(false)
  const [done, setDone] = useState(false)
  const focusHeading = useCallback(() => {
    const heading = mainRef.current?.querySelector<HTMLElement>('h1')
    ;(heading ?? mainRef.current)?.focus()
  }, [])
  useFocusRescue(mainRef, page, focusHeading)
  return (
    <>
      <nav>
        <button type="button" onClick={() => (setLoaded(false), setPage('b'))}>
          Till sidan B
        </button>
        <button type="button" onClick={() => setLoaded(true)}>
          Ladda klart
        </button>
      </nav>
      <main ref={mainRef} tabIndex={-1}>
        {loaded ? <h1 tabIndex={-1}>Sidan {page}</h1> : <p>Laddar…</p>}
        {shown ? (
          <button type="button" onClick={() => setShown(false)}>
            Stäng formuläret
          </button>
        ) : null}
        <form>
          <input aria-label="Namn" />
          <button type="submit" disabled={saving} onClick={(e) => (e.preventDefault(), setSaving(true))}>
            Spara
          </button>
          <button type="button" onClick={() => setSaving(false)}>
            Sparat
          </button>
        </form>
        <button type="button" disabled={done} onClick={() => setDone(true)}>
          Slå ihop…
        </button>
      </main>
    </>
  )
}

const click = (name: string) => act(() => screen.getByRole('button', { name }).click())
const heading = () => screen.getByRole('heading', { level: 1 })

describe('useFocusRescue()', () => {
  it('focuses the new page’s heading when it appears after the route changed', async () => {
    render(<Shell />)
    screen.getByRole('button', { name: 'Till sidan B' }).focus()
    click('Till sidan B')
    // No heading yet: the main landmark holds the focus meanwhile.
    expect(document.activeElement).toBe(screen.getByRole('main'))
    click('Ladda klart')
    await waitFor(() => expect(document.activeElement).toBe(heading()))
    expect(heading().textContent).toBe('Sidan b')
  })

  it('sends focus to the heading when the focused control disappears', async () => {
    render(<Shell />)
    const button = screen.getByRole('button', { name: 'Stäng formuläret' })
    button.focus()
    click('Stäng formuläret')
    expect(button.isConnected).toBe(false)
    await waitFor(() => expect(document.activeElement).toBe(heading()))
  })

  it('sends focus to the heading when the focused opener is disabled', async () => {
    render(<Shell />)
    const opener = screen.getByRole('button', { name: 'Slå ihop…' })
    opener.focus()
    // A browser drops focus to the body as the focused button is disabled; happy-dom does not, so it is
    // dropped here first.
    act(() => opener.blur())
    click('Slå ihop…')
    expect((opener as HTMLButtonElement).disabled).toBe(true)
    await waitFor(() => expect(document.activeElement).toBe(heading()))
  })

  it('gives focus back to a submit button once its save is done, instead of the heading', async () => {
    render(<Shell />)
    const save = screen.getByRole('button', { name: 'Spara' })
    save.focus()
    act(() => save.blur())
    click('Spara')
    expect((save as HTMLButtonElement).disabled).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(document.activeElement).toBe(document.body)
    click('Sparat')
    await waitFor(() => expect(document.activeElement).toBe(save))
  })

  it('leaves alone focus the user put on the body (a click on empty space) while the control is still there', async () => {
    render(<Shell />)
    const name = screen.getByLabelText('Namn')
    name.focus()
    act(() => name.blur())
    // Any change in the page wakes the safety net; the field is still there and enabled, so it stays out.
    click('Stäng formuläret')
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(document.activeElement).toBe(document.body)
  })
})
