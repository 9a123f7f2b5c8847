/**
 * Focus that follows the work (issue 14 point 3), once for every page: the shell's safety net for focus
 * that would otherwise fall to the page body.
 *
 * - After a route change the new page's h1 gets focus as soon as it exists: pages load their row
 *   asynchronously, so the heading may appear (or replace a loading heading) a moment after the address
 *   changed. Until then focus stays where the shell put it (the main landmark).
 * - When the focused control disappears (a form that closes, a row that is deleted) or becomes disabled
 *   (an opener that no longer applies), focus goes to the page heading; a submit button disabled while
 *   its form saves gets it back once it is enabled again (or the heading, if that takes over 2 s). A user who clicks on empty space also
 *   leaves focus on the body, but their control is still there and enabled: that is left alone.
 *
 * Components that know a better next place (the capture box, the new row, the first refused field) move
 * focus themselves; this only catches what nobody placed.
 */
import { useEffect, useRef, type RefObject } from 'react'

/** How long after a route change a late heading still takes focus, and a disabled control is waited for. */
const SETTLE_MS = 2000

/** Whether focus is where the shell put it on navigation: the main landmark or a (previous) page heading. */
function isMainOrHeading(active: Element | null, main: HTMLElement): boolean {
  return active === main || (active instanceof HTMLElement && active.tagName === 'H1')
}

function lost(): boolean {
  const active = document.activeElement
  return active === null || active === document.body
}

/** Whether focus can go back to this element: still in the page, enabled and drawn. */
function usable(element: HTMLElement): boolean {
  if (!element.isConnected || element.closest('[inert]')) return false
  if ('disabled' in element && (element as HTMLButtonElement).disabled) return false
  return element.getClientRects().length > 0
}

/**
 * Installs the safety net on the main landmark. `pathname` is the route: when it changes, the heading
 * of the new page takes focus (see above). `focusHeading` focuses the page's h1, or main without one.
 */
export function useFocusRescue(
  mainRef: RefObject<HTMLElement | null>,
  pathname: string,
  focusHeading: () => void
): void {
  const routeChangedAt = useRef<number | null>(null)
  const lastFocused = useRef<HTMLElement | null>(null)
  const waitingSince = useRef<number | null>(null)
  const first = useRef(true)

  // After navigation, focus the new page's heading (now, or when it appears).
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    focusHeading()
    // No heading yet (the page is loading its row, or a lazy page its code, while the old page or the
    // shell's "Laddar…" still shows): the new page's heading takes focus when it appears.
    routeChangedAt.current = Date.now()
  }, [pathname, focusHeading, mainRef])

  useEffect(() => {
    const main = mainRef.current
    if (!main) return
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof HTMLElement && event.target !== document.body) {
        lastFocused.current = event.target
        waitingSince.current = null
      }
    }
    let timer: ReturnType<typeof setTimeout> | undefined
    const check = () => {
      const now = Date.now()
      const heading = main.querySelector<HTMLElement>('h1')
      // A page whose heading came late (or replaced its loading heading): focus it, unless the user moved on.
      if (routeChangedAt.current !== null) {
        if (now - routeChangedAt.current > SETTLE_MS) routeChangedAt.current = null
        else if (
          heading &&
          document.activeElement !== heading &&
          (lost() || isMainOrHeading(document.activeElement, main))
        ) {
          routeChangedAt.current = null
          heading.focus()
          return
        }
      }
      if (!lost() || document.querySelector('dialog[open]')) return
      const previous = lastFocused.current
      if (!previous) return
      if (usable(previous)) {
        // Still there and enabled: either it was only disabled for a moment (and is back), or the user
        // clicked empty space. Only the first is ours to mend.
        if (waitingSince.current !== null) {
          waitingSince.current = null
          previous.focus()
        }
        return
      }
      if (previous.isConnected && previous.matches('[type="submit"]:disabled')) {
        // A submit button disabled while its form saves: wait a little for it to come back.
        waitingSince.current ??= now
        if (now - waitingSince.current < SETTLE_MS) {
          clearTimeout(timer)
          timer = setTimeout(check, 100)
          return
        }
      }
      waitingSince.current = null
      lastFocused.current = null
      focusHeading()
    }
    // Checked a moment after the change, so a component that places focus itself (in an effect) goes first.
    const soon = () => {
      clearTimeout(timer)
      timer = setTimeout(check, 50)
    }
    const observer = new MutationObserver(soon)
    observer.observe(main, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['disabled', 'hidden']
    })
    document.addEventListener('focusin', onFocusIn)
    return () => {
      observer.disconnect()
      clearTimeout(timer)
      document.removeEventListener('focusin', onFocusIn)
    }
  }, [mainRef, focusHeading])
}
