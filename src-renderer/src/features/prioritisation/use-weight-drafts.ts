/**
 * Weights as they are typed: the page ranks from them at once, and each is saved a moment later (after a pause in
 * the typing, when the field is left, or when the page is), so the ranking never waits for the write and the
 * live query's answer to it. A failed save is announced and the stored weight shown again.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Criterion } from '@shared/entities'

/** How long typing may pause before the weight is saved. */
export const WEIGHT_SAVE_DELAY_MS = 300

type Save = (criterionId: string, weight: number) => Promise<unknown>

/**
 * The criteria with the typed weights in place of the stored ones (the same array while nothing is typed), a
 * function to type a weight, and one that saves what waits at once.
 */
export function useWeightDrafts(
  stored: readonly Criterion[] | undefined,
  save: Save,
  failed: (error: unknown) => void
): {
  criteria: readonly Criterion[] | undefined
  setWeight: (criterionId: string, weight: number) => void
  flush: () => void
} {
  const [drafts, setDrafts] = useState<ReadonlyMap<string, number>>(new Map())
  /** Weights typed and not yet written, by criterion, with their timers. */
  const waiting = useRef(new Map<string, { weight: number; timer: ReturnType<typeof setTimeout> }>())
  /** Writes begun and not yet ended, by criterion. */
  const writing = useRef(new Map<string, number>())
  const latest = useRef({ stored, save, failed })
  useEffect(() => {
    latest.current = { stored, save, failed }
  })

  /**
   * Drops the drafts written and no longer needed: those the stored rows now say, and, on a new stored answer
   * (`answered`), any written one (a later change from elsewhere wins, as in every other field).
   */
  const settle = useCallback((answered: boolean) => {
    setDrafts((current) => {
      let next: Map<string, number> | null = null
      for (const [id, weight] of current) {
        if (waiting.current.has(id) || writing.current.has(id)) continue
        const row = latest.current.stored?.find((c) => c.id === id)
        if (answered || row === undefined || row.weight === weight) (next ??= new Map(current)).delete(id)
      }
      return next ?? current
    })
  }, [])

  const write = useCallback(
    (id: string) => {
      const job = waiting.current.get(id)
      if (!job) return
      clearTimeout(job.timer)
      waiting.current.delete(id)
      writing.current.set(id, (writing.current.get(id) ?? 0) + 1)
      const done = () => {
        const left = (writing.current.get(id) ?? 1) - 1
        if (left > 0) writing.current.set(id, left)
        else writing.current.delete(id)
      }
      latest.current.save(id, job.weight).then(
        () => {
          done()
          settle(false)
        },
        (error: unknown) => {
          done()
          // The stored weight is shown again, unless another weight has been typed since.
          setDrafts((current) => {
            if (current.get(id) !== job.weight || waiting.current.has(id)) return current
            const next = new Map(current)
            next.delete(id)
            return next
          })
          latest.current.failed(error)
        }
      )
    },
    [settle]
  )

  const flush = useCallback(() => {
    for (const id of [...waiting.current.keys()]) write(id)
  }, [write])

  const setWeight = useCallback(
    (id: string, weight: number) => {
      setDrafts((current) => (current.get(id) === weight ? current : new Map(current).set(id, weight)))
      const job = waiting.current.get(id)
      if (job) clearTimeout(job.timer)
      waiting.current.set(id, { weight, timer: setTimeout(() => write(id), WEIGHT_SAVE_DELAY_MS) })
    },
    [write]
  )

  // A new stored answer may end a draft (the write came back, or another window changed the weight since).
  const answered = useRef(stored)
  useEffect(() => {
    if (answered.current === stored) return
    answered.current = stored
    settle(true)
  }, [stored, settle])

  // Leaving the page (or closing the window) saves what was typed and not yet written.
  useEffect(() => {
    window.addEventListener('pagehide', flush)
    return () => {
      window.removeEventListener('pagehide', flush)
      flush()
    }
  }, [flush])

  const criteria = useMemo(() => {
    if (stored === undefined || drafts.size === 0) return stored
    let changed = false
    const next = stored.map((c) => {
      const weight = drafts.get(c.id)
      if (weight === undefined || weight === c.weight) return c
      changed = true
      return { ...c, weight }
    })
    return changed ? next : stored
  }, [stored, drafts])

  return { criteria, setWeight, flush }
}
