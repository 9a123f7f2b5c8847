/** Reading a register's list: through one index and, only when needed, a row test; then sorting it. */
import type { Collection, Dexie, Table } from 'dexie'
import { useMemo } from 'react'

/**
 * Runs a list's reads in one explicit read-only transaction over `tables`. Inside a live query, Dexie's query
 * cache (its default 'cloned' mode) deep-copies every result it hands out; reads in an explicit transaction pass
 * the cache by, while the live query still watches them and runs again on a change. For the stress portfolio the
 * copies were most of a list page's main-thread time: 0.8 s of deepClone and 1.6 s of garbage collection when
 * Organisationer opened from the start page (10 000 organisations; docs/PERFORMANCE.md). Only Dexie calls may be
 * awaited inside `body`.
 */
export function readUncopied<T>(db: Dexie, tables: readonly Table[], body: () => Promise<T>): Promise<T> {
  return db.transaction('r', tables, body)
}

/** A list filter that an index can answer: the indexed field, the value asked for ('' = any), and the same test on a row. */
export type IndexFilter<T> = { index: string; value: string; test: (row: T) => boolean }

/**
 * The rows matching every filter that has a value, and the free text if any (`matchesText` gets it
 * trimmed and lower-cased). The first filter with a value goes through its index; the others and the
 * text are tested inside the cursor. A JS predicate makes Dexie walk a cursor row by row, while without
 * one it reads the index range in bulk (getAll), many times faster for 10 000 rows (see npm run bench):
 * so a predicate is added only when needed.
 */
export async function readMatching<T, Insert>(
  table: Table<T, string, Insert>,
  filters: readonly IndexFilter<T>[],
  text: string,
  matchesText: (row: T, needle: string) => boolean
): Promise<T[]> {
  const [first, ...rest] = filters.filter((f) => f.value !== '')
  const collection: Collection<T, string, Insert> = first
    ? table.where(first.index).equals(first.value)
    : table.toCollection()
  const needle = text.trim().toLocaleLowerCase('sv')
  const tests = [...rest.map((f) => f.test), ...(needle ? [(row: T) => matchesText(row, needle)] : [])]
  return (tests.length > 0 ? collection.filter((row) => tests.every((test) => test(row))) : collection).toArray()
}

/** Whether a text holds the needle (already lower-cased), ignoring case. */
export function holds(text: string, needle: string): boolean {
  return text.toLocaleLowerCase('sv').includes(needle)
}

/**
 * Text to search in for a list kept in memory: the parts lower-cased in the list's language (so "Å" finds "å"
 * and "I" finds "i" as Swedes expect), joined by a character nobody types, so a needle never spans two parts.
 * Built once per row; the needle is `searchText(language, text.trim())`.
 */
export function searchText(language: string, ...parts: string[]): string {
  return parts.join('\u0000').toLocaleLowerCase(language)
}

/**
 * The rows whose search text holds `text` (trimmed, ignoring case), in their order; all rows when `text` is
 * empty. Each row's search text (`haystack`, built with searchText) is made once per change of the rows or of
 * `haystack` (keep it stable: a module function, or useCallback), off the keystroke path: a keystroke then
 * costs one `includes` per row, not lower-casing every name again.
 */
export function useTextMatches<T>(
  rows: readonly T[] | undefined,
  text: string,
  language: string,
  haystack: (row: T) => string
): readonly T[] | undefined {
  const index = useMemo(() => rows?.map(haystack), [rows, haystack])
  return useMemo(() => {
    const needle = searchText(language, text.trim())
    if (!rows || !index || needle === '') return rows
    return rows.filter((_, i) => index[i]!.includes(needle))
  }, [rows, index, text, language])
}

/**
 * Sorts rows in place by `primary` in the given direction; ties keep a stable ascending order by `tie`,
 * whichever way the column is sorted. Rows for which `last` holds (say, an unscored area) come after all
 * others in either direction, in `tie` order.
 */
export function sortRows<T>(
  rows: T[],
  primary: (a: T, b: T) => number,
  direction: 'asc' | 'desc',
  tie: (a: T, b: T) => number,
  last?: (row: T) => boolean
): T[] {
  const sign = direction === 'asc' ? 1 : -1
  if (!last) return rows.sort((a, b) => sign * primary(a, b) || tie(a, b))
  return rows.sort((a, b) => {
    const la = last(a)
    const lb = last(b)
    if (la || lb) return la && lb ? tie(a, b) : la ? 1 : -1
    return sign * primary(a, b) || tie(a, b)
  })
}

/**
 * The order `compare` gives the rows, as a comparator on their positions in it: sort once with an expensive
 * comparator (a collator over 30 000 names takes a good part of a second), then every change of search or filter
 * re-sorts by integers, within a frame. Rows not among `rows` sort first.
 */
export function precomputedOrder<T>(rows: readonly T[], compare: (a: T, b: T) => number): (a: T, b: T) => number {
  const position = new Map<T, number>()
  ;[...rows].sort(compare).forEach((row, i) => position.set(row, i))
  return (a, b) => (position.get(a) ?? -1) - (position.get(b) ?? -1)
}
