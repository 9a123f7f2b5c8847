/**
 * Keeping what is already drawn: a live query answers with new objects on every read, and a memoised row or
 * section compares its props by identity. These keep the previous object wherever the new one says the same.
 */
import { useState } from 'react'

/** Two rows with the same own fields, compared one level deep (arrays and objects by their JSON). */
export function sameRow(a: object, b: object): boolean {
  if (a === b) return true
  const ka = Object.keys(a)
  if (ka.length !== Object.keys(b).length) return false
  for (const key of ka) {
    const x = (a as Record<string, unknown>)[key]
    const y = (b as Record<string, unknown>)[key]
    if (x === y) continue
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false
    if (JSON.stringify(x) !== JSON.stringify(y)) return false
  }
  return true
}

/**
 * `next` with each row that says what its namesake in `previous` said replaced by that row, and `previous` itself
 * when nothing changed (same length, same rows in the same order).
 */
export function keepRows<T extends { id: string }>(
  previous: readonly T[] | undefined,
  next: readonly T[]
): readonly T[] {
  if (!previous) return next
  const old = new Map(previous.map((row) => [row.id, row]))
  let changed = previous.length !== next.length
  const kept = next.map((row, i) => {
    const was = old.get(row.id)
    const keep = was !== undefined && sameRow(was, row) ? was : row
    if (keep !== previous[i]) changed = true
    return keep
  })
  return changed ? kept : previous
}

/**
 * `next` passed through `keep(last, next)`, which returns what of the last answer still holds: the answer of a
 * live query with its unchanged rows kept. Computed once per new `next`.
 */
export function useKept<T>(next: T, keep: (last: T, next: T) => T): T {
  const [state, setState] = useState({ next, kept: next })
  if (state.next === next) return state.kept
  const kept = keep(state.kept, next)
  setState({ next, kept })
  return kept
}

/**
 * The value last returned while `same(last, value)` holds, else `value`: a derived object keeps its identity
 * across renders that do not change what it says (React's "storing information from previous renders").
 */
export function useStable<T>(value: T, same: (a: T, b: T) => boolean): T {
  const [kept, setKept] = useState(value)
  if (kept === value || same(kept, value)) return kept
  setKept(value)
  return value
}
