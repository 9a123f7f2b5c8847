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
 * A typed weight: waiting for its save, or written, when `base` is the stored row as the write ended. A written
 * draft counts until the stored row changes (the write's own answer, or a change made elsewhere since), in the
 * same render as that answer: no render shows the stored row's other fields beside the draft's weight.
 */
type Draft = { weight: number; written: boolean; base?: Criterion | undefined }

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
  const [drafts, setDrafts] = useState<ReadonlyMap<string, Draft>>(new Map())
  /** Weights typed and not yet written, by criterion, with their timers. */
  const waiting = useRef(new Map<string, { weight: number; timer: ReturnType<typeof setTimeout> }>())
  /** Writes begun and not yet ended, by criterion. */
  const writing = useRef(new Map<string, number>())
  const latest = useRef({ stored, save, failed })
  useEffect(() => {
    latest.current = { stored, save, failed }
  })

  /** Changes one draft, if it still holds `weight` and nothing newer waits to be written. */
  const update = useCallback((id: string, weight: number, change: (draft: Draft) => Draft | null) => {
    setDrafts((current) => {
      const draft = current.get(id)
      if (!draft || draft.weight !== weight || waiting.current.has(id) || writing.current.has(id)) return current
      const next = new Map(current)
      const changed = change(draft)
      if (changed) next.set(id, changed)
      else next.delete(id)
      return next
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
          const base = latest.current.stored?.find((c) => c.id === id)
          update(id, job.weight, (draft) => (base?.weight === job.weight ? null : { ...draft, written: true, base }))
        },
        (error: unknown) => {
          done()
          // The stored weight is shown again, unless another weight has been typed since.
          update(id, job.weight, () => null)
          latest.current.failed(error)
        }
      )
    },
    [update]
  )

  const flush = useCallback(() => {
    for (const id of [...waiting.current.keys()]) write(id)
  }, [write])

  const setWeight = useCallback(
    (id: string, weight: number) => {
      setDrafts((current) => {
        const draft = current.get(id)
        return draft && draft.weight === weight && !draft.written
          ? current
          : new Map(current).set(id, { weight, written: false })
      })
      const job = waiting.current.get(id)
      if (job) clearTimeout(job.timer)
      waiting.current.set(id, { weight, timer: setTimeout(() => write(id), WEIGHT_SAVE_DELAY_MS) })
    },
    [write]
  )

  // Written drafts the stored rows have moved past are forgotten (they no longer count, see Draft).
  useEffect(() => {
    setDrafts((current) => {
      let next: Map<string, Draft> | null = null
      for (const [id, draft] of current) {
        if (draft.written && stored?.find((c) => c.id === id) !== draft.base) (next ??= new Map(current)).delete(id)
      }
      return next ?? current
    })
  }, [stored])

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
      const draft = drafts.get(c.id)
      if (draft === undefined || draft.weight === c.weight || (draft.written && draft.base !== c)) return c
      changed = true
      return { ...c, weight: draft.weight }
    })
    return changed ? next : stored
  }, [stored, drafts])

  return { criteria, setWeight, flush }
}
