import { useCallback, useSyncExternalStore } from 'react'

/** The narrow window of the page frame (styles.css): the menu folds and tables stack below it. */
export const NARROW_WINDOW = '(max-width: 48rem)'

/**
 * Whether a CSS media query matches now, updated when it starts or stops matching (a window resized, zoom).
 * Without matchMedia (unit tests' DOM) it never matches.
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window.matchMedia !== 'function') return () => undefined
      const list = window.matchMedia(query)
      list.addEventListener('change', onChange)
      return () => list.removeEventListener('change', onChange)
    },
    [query]
  )
  return useSyncExternalStore(
    subscribe,
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
    () => false
  )
}
