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
      const list = mediaQueryList(query)
      if (!list) return () => undefined
      list.addEventListener('change', onChange)
      return () => list.removeEventListener('change', onChange)
    },
    [query]
  )
  return useSyncExternalStore(
    subscribe,
    () => mediaQueryList(query)?.matches ?? false,
    () => false
  )
}

/**
 * One MediaQueryList per query, kept: React reads the snapshot on every render of a component using the hook
 * (VirtualTable, on every keystroke of a list's search), and matchMedia parsed the query each time. Made again
 * when window.matchMedia itself is another function (a test replacing it).
 */
const lists = new Map<string, { from: typeof window.matchMedia; list: MediaQueryList }>()
function mediaQueryList(query: string): MediaQueryList | null {
  if (typeof window.matchMedia !== 'function') return null
  const kept = lists.get(query)
  if (kept && kept.from === window.matchMedia) return kept.list
  const list = window.matchMedia(query)
  lists.set(query, { from: window.matchMedia, list })
  return list
}
