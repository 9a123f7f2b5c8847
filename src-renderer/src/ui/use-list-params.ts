/** List filters kept in the URL (?q=…&kind=…), so they survive going to a row's page and back. */
import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'

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
