/** List filters kept in the URL (?q=…&kind=…), so they survive going to a row's page and back. */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useLocation, useSearchParams } from 'react-router'
import type { SortDirection } from './TableHead'

/** How long typed text waits before it is written to the address: a pause in typing, not every key. */
export const ADDRESS_DELAY_MS = 400

/**
 * The page the address bar shows now, from the hash (the app's router is a HashRouter), or null where there is no
 * hash route. It can differ from the page the router last drew: a navigation to a lazy page is a transition, so
 * the list stays on screen, with its old location, until the new page's code has loaded.
 */
function addressPath(): string | null {
  const hash = window.location.hash
  if (!hash.startsWith('#/')) return null
  return safeDecode(hash.slice(1).split(/[?#]/)[0] ?? '')
}

/**
 * The list parameters the address bar shows now (the hash's part after '?'), or null where there is no hash route.
 * A write starts from these, not from the router's last render: react-router's setSearchParams hands its function
 * the parameters it last drew, so a write made before the router has drawn the one before it (typed text written
 * after a pause, in a transition, then at once a filter changed) would undo that one.
 */
function addressQuery(): URLSearchParams | null {
  const hash = window.location.hash
  if (!hash.startsWith('#/')) return null
  const query = hash.indexOf('?')
  return new URLSearchParams(query === -1 ? '' : hash.slice(query + 1))
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

/** How a change is made: `typing` for text typed key by key (the search box). */
export type ListParamsChange = { typing?: boolean }

/**
 * The current filter, read from the URL over the defaults, and a setter that writes only what differs.
 * Text typed into a search box (`{ typing: true }`) is not written to the address on every key: writing it
 * re-rendered the whole app through the router and cost history.replaceState each time (about 0.3 s over 20
 * keys, docs/PERFORMANCE.md). It is held here and shown at once, and written to the address after a pause
 * (ADDRESS_DELAY_MS), or at once with the next change that is not typing (a filter, a sort).
 * The typed text is set at the key's own priority, not in a transition (nor deferred by the pages): a transition's
 * render is cut into 5 ms slices and each slice waited for the next frame, so at 30 000 rows a key that costs
 * 10-20 ms of work took about 60 ms to show its rows (the stress lists, session 9, docs/PERFORMANCE.md).
 */
export function useListParams<F extends Record<string, string>>(
  defaults: F
): [F, (patch: Partial<F>, change?: ListParamsChange) => void] {
  const [params, setParams] = useSearchParams()
  const { pathname } = useLocation()
  /** The page this list is drawn on, to tell whether the address has moved on before a delayed write. */
  const listPath = useRef(pathname)
  useEffect(() => {
    listPath.current = pathname
  }, [pathname])
  /** Typed text not yet in the address, shown over it. */
  const [typed, setTyped] = useState<Partial<F> | null>(null)
  const pending = useRef<Partial<F>>({})
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const value = useMemo(() => {
    const out = { ...defaults }
    for (const key of Object.keys(defaults) as (keyof F & string)[]) {
      const v = params.get(key)
      if (v !== null) out[key] = v as F[typeof key]
    }
    return typed ? { ...out, ...typed } : out
  }, [defaults, params, typed])
  const write = useCallback(
    (patch: Partial<F>) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(addressQuery() ?? prev)
          for (const [key, v] of Object.entries(patch)) {
            if (v === undefined || v === defaults[key]) next.delete(key)
            else next.set(key, v as string)
          }
          return next
        },
        { replace: true }
      )
    },
    [defaults, setParams]
  )
  const update = useCallback(
    (patch: Partial<F>, { typing = false }: ListParamsChange = {}) => {
      clearTimeout(timer.current)
      pending.current = { ...pending.current, ...patch }
      const flush = () => {
        const all = pending.current
        pending.current = {}
        // Gone to another page within the delay (its code still loading, so this list is still drawn): writing
        // now would navigate relative to the list and send the user back to it. The text stays with the list.
        const shown = addressPath()
        if (shown !== null && shown !== safeDecode(listPath.current)) return
        write(all)
        setTyped(null)
      }
      if (!typing) {
        flush()
        return
      }
      setTyped((before) => ({ ...before, ...patch }))
      timer.current = setTimeout(() => startTransition(flush), ADDRESS_DELAY_MS)
    },
    [write]
  )
  useEffect(() => () => clearTimeout(timer.current), [])
  return [value, update]
}

/** A list parameter as one of the allowed values, or the fallback when the address holds anything else. */
export function oneOf<T extends string, F extends string>(value: string, allowed: readonly T[], fallback: F): T | F {
  return (allowed as readonly string[]).includes(value) ? (value as T) : fallback
}

/** How a list is sorted, and the handler of a column heading: sort by it, or the other way round if it already is. */
export type ListSort<S extends string> = { sort: S; direction: SortDirection; onSort: (key: S) => void }

/**
 * The sort a list's address asks for (`sort` = a known column, `dir` = asc or desc; the defaults for
 * anything else), ready to spread on a table: `<VirtualTable ... {...listSort(...)} />`.
 */
export function listSort<S extends string>(
  params: { sort: string; dir: string },
  setParams: (patch: { sort: string; dir: string }) => void,
  keys: readonly S[],
  defaults: { sort: S; dir: SortDirection }
): ListSort<S> {
  const sort = oneOf(params.sort, keys, defaults.sort)
  const direction = oneOf(params.dir, ['asc', 'desc'] as const, defaults.dir)
  return {
    sort,
    direction,
    onSort: (key) => setParams({ sort: key, dir: key === sort && direction === 'asc' ? 'desc' : 'asc' })
  }
}
