import { describe, expect, it, vi } from 'vitest'
import { act, render, renderHook, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { lazy, Suspense, type ReactElement, type ReactNode } from 'react'
import { HashRouter, Link, Route, Routes } from 'react-router'
import { ADDRESS_DELAY_MS, useListParams } from '@renderer/ui/use-list-params'

const DEFAULTS = { q: '' }

/** A list with a search box, as the list pages use the hook. */
function List() {
  const [params, setParams] = useListParams(DEFAULTS)
  return (
    <>
      <label htmlFor="q">Sök</label>
      <input id="q" value={params.q} onChange={(e) => setParams({ q: e.target.value }, { typing: true })} />
      <Link to="/other">Till nästa sida</Link>
    </>
  )
}

/** The next page is a lazy page whose code has not arrived: the navigation waits in a transition. */
let arrive!: () => void
const Other = lazy(
  () =>
    new Promise<{ default: () => ReactElement }>((resolve) => {
      arrive = () => resolve({ default: () => <h1>Nästa sida</h1> })
    })
)

describe('useListParams() and navigation', () => {
  it('a search typed just before going to a lazy page does not send the user back to the list', async () => {
    window.location.hash = '#/list'
    render(
      <HashRouter>
        <Suspense fallback={<p>Laddar</p>}>
          <Routes>
            <Route path="/list" element={<List />} />
            <Route path="/other" element={<Other />} />
          </Routes>
        </Suspense>
      </HashRouter>
    )
    const box = screen.getByLabelText('Sök')
    await userEvent.type(box, 'abc')
    expect((box as HTMLInputElement).value).toBe('abc')
    // Within the delay, before the text is written to the address, the user goes on.
    await act(async () => screen.getByRole('link', { name: 'Till nästa sida' }).click())
    expect(window.location.hash).toBe('#/other')
    // The list is still drawn while the next page's code loads; the delayed write falls due meanwhile.
    expect(screen.getByLabelText('Sök')).toBeTruthy()
    await act(async () => new Promise((r) => setTimeout(r, ADDRESS_DELAY_MS + 200)))
    expect(window.location.hash).toBe('#/other')
    await act(async () => arrive())
    expect(await screen.findByRole('heading', { name: 'Nästa sida' })).toBeTruthy()
    expect(window.location.hash).toBe('#/other')
  })

  it('a pause in typing still writes the text to the list address', async () => {
    window.location.hash = '#/list'
    render(
      <HashRouter>
        <Routes>
          <Route path="/list" element={<List />} />
        </Routes>
      </HashRouter>
    )
    const box = screen.getByLabelText('Sök')
    await userEvent.type(box, 'kommun')
    await act(async () => new Promise((r) => setTimeout(r, ADDRESS_DELAY_MS + 200)))
    expect(window.location.hash).toBe('#/list?q=kommun')
  })
  it('a filter changed while the typed text’s delayed write is still being drawn keeps that text in the address', () => {
    vi.useFakeTimers()
    try {
      window.location.hash = '#/list'
      const wrapper = ({ children }: { children: ReactNode }) => <HashRouter>{children}</HashRouter>
      const { result } = renderHook(() => useListParams({ q: '', kind: '' }), { wrapper })
      act(() => result.current[1]({ q: 'alb' }, { typing: true }))
      expect(window.location.hash).toBe('#/list')
      // The pause falls due (the text written in a transition) and, before the router has drawn it, a filter
      // changes: the filter's write starts from the address, not from the parameters the router last drew.
      act(() => {
        vi.advanceTimersByTime(ADDRESS_DELAY_MS)
        result.current[1]({ kind: 'region' })
      })
      expect(window.location.hash).toBe('#/list?q=alb&kind=region')
      expect(result.current[0]).toEqual({ q: 'alb', kind: 'region' })
    } finally {
      vi.useRealTimers()
    }
  })
})
