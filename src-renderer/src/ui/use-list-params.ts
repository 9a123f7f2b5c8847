/** List filters kept in the URL (?q=…&kind=…), so they survive going to a row's page and back. */
import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import type { SortDirection } from './TableHead'

/** The current filter, read from the URL over the defaults, and a setter that writes only what differs. */
export function useListParams<F extends Record<string, string>>(defaults: F): [F, (patch: Partial<F>) => void] {
  const [params, setParams] = useSearchParams()
  const value = useMemo(() => {
    const out = { ...defaults }
    for (const key of Object.keys(defaults) as (keyof F & string)[]) {
      const v = params.get(key)
      if (v !== null) out[key] = v as F[typeof key]
    }
    return out
  }, [defaults, params])
  const update = useCallback(
    (patch: Partial<F>) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev)
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
