/** Reading a register's list: through one index and, only when needed, a row test; then sorting it. */
import type { Collection, Dexie, Table } from 'dexie'
import { useEffect, useMemo, useState } from 'react'

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
export async function readMatching<T extends { id: string }, Insert>(
  table: Table<T, string, Insert>,
  filters: readonly IndexFilter<T>[],
  text: string,
  matchesText: (row: T, needle: string) => boolean
): Promise<T[]> {
  const [first, ...rest] = filters.filter((f) => f.value !== '')
  const needle = text.trim().toLocaleLowerCase('sv')
  const tests = [...rest.map((f) => f.test), ...(needle ? [(row: T) => matchesText(row, needle)] : [])]
  // No index filter: the whole table in pages (readAll), tested in memory, so no one task decodes it all.
  if (!first) {
    const rows = await readAll(table)
    return tests.length > 0 ? rows.filter((row) => tests.every((test) => test(row))) : rows
  }
  const collection: Collection<T, string, Insert> = table.where(first.index).equals(first.value)
  return (tests.length > 0 ? collection.filter((row) => tests.every((test) => test(row))) : collection).toArray()
}

/** Whether a text holds the needle (already lower-cased), ignoring case. */
export function holds(text: string, needle: string): boolean {
  return lowerCase(text, 'sv').includes(needle)
}

/** Languages whose lower case differs from Unicode's default (SpecialCasing.txt: Lithuanian, Turkish, Azeri). */
const OWN_LOWER_CASE = /^(lt|tr|az)\b/i

/**
 * `text` in lower case as `language` writes it. For every language but Lithuanian, Turkish and Azeri that is
 * Unicode's default lower case, so toLowerCase() gives the same string as toLocaleLowerCase(language), without
 * the locale lookup that made building 30 000 rows' search texts a task of 150 ms (docs/PERFORMANCE.md).
 */
export function lowerCase(text: string, language: string): string {
  return OWN_LOWER_CASE.test(language) ? text.toLocaleLowerCase(language) : text.toLowerCase()
}

/**
 * Text to search in for a list kept in memory: the parts lower-cased in the list's language (so "Å" finds "å"
 * and "I" finds "i" as Swedes expect), joined by a character nobody types, so a needle never spans two parts.
 * Built once per row; the needle is `searchText(language, text.trim())`.
 */
export function searchText(language: string, ...parts: string[]): string {
  return lowerCase(parts.join('\u0000'), language)
}

/** A list's rows in their order, each with its search text (searchText) at the same place. */
export type PreparedRows<T> = { rows: readonly T[]; haystacks: readonly string[] }

/**
 * `rows` sorted by `compare` (stably; null: as they are) with each row's search text (`haystack`), worked out in
 * slices after each change of the three (useSliced: the previous result stays until the new one is ready), so
 * neither a read of 30 000 rows nor a change of sort column is one long task: sorting 30 000 engagements inside
 * their live query was 160 ms and their search texts in the render 150 ms (docs/PERFORMANCE.md). A keystroke then
 * costs one `includes` per row (useTextMatches), and no sort. Keep `compare` and `haystack` stable (useMemo,
 * useCallback): a new one starts the work again.
 */
export function usePreparedRows<T>(
  rows: readonly T[] | undefined,
  compare: ((a: T, b: T) => number) | null,
  haystack: (row: T) => string
): PreparedRows<T> | undefined {
  const input = useMemo(() => (rows ? { rows, compare, haystack } : undefined), [rows, compare, haystack])
  return useSliced(input, prepareRows)
}

async function prepareRows<T>(
  {
    rows,
    compare,
    haystack
  }: { rows: readonly T[]; compare: ((a: T, b: T) => number) | null; haystack: (row: T) => string },
  slicer: Slicer
): Promise<PreparedRows<T>> {
  const sorted = compare ? await sortSliced(rows, compare, slicer) : rows
  const haystacks = new Array<string>(sorted.length)
  for (let i = 0; i < sorted.length; i++) {
    haystacks[i] = haystack(sorted[i]!)
    if ((i & 255) === 255 && slicer.due()) await slicer.pause()
  }
  return { rows: sorted, haystacks }
}

/**
 * The prepared rows whose search text holds `text` (trimmed, ignoring case), in their order; all rows when `text`
 * is empty; undefined until they are prepared (usePreparedRows). Narrows as the user types (useNarrowingSearch).
 */
export function useTextMatches<T>(
  prepared: PreparedRows<T> | undefined,
  text: string,
  language: string
): readonly T[] | undefined {
  return useNarrowingSearch(prepared?.rows, prepared?.haystacks, text, language)
}

/** The last search of a useNarrowingSearch: over which rows, for which needle, and the positions it found. */
type LastSearch = { haystacks: readonly string[]; needle: string; positions: readonly number[] }

/**
 * The positions in `haystacks` whose text holds `needle`, ascending. When `last` searched the same haystacks for a
 * needle that `needle` holds (a key typed at the end, or anywhere in it), only its positions can match, and only
 * they are read: as a search narrows key by key, each key reads the rows the key before found instead of all
 * 30 000.
 */
export function matchPositions(haystacks: readonly string[], needle: string, last: LastSearch | null): number[] {
  const out: number[] = []
  if (last && last.haystacks === haystacks && needle.includes(last.needle)) {
    for (const i of last.positions) if (haystacks[i]!.includes(needle)) out.push(i)
  } else {
    for (let i = 0; i < haystacks.length; i++) if (haystacks[i]!.includes(needle)) out.push(i)
  }
  return out
}

/**
 * The rows whose search text (`haystacks`, at the same places as `rows`) holds `text`, trimmed and lower-cased in
 * `language` (searchText), in their order; all rows when `text` is empty; undefined while `rows` is. Keep `rows`
 * and `haystacks` the same arrays while only the text changes (useMemo them on the other filters): the search then
 * narrows as the user types, each key reading only the rows the key before found (matchPositions).
 */
export function useNarrowingSearch<T>(
  rows: readonly T[] | undefined,
  haystacks: readonly string[] | undefined,
  text: string,
  language: string
): readonly T[] | undefined {
  // A cache beside the memo, not state: reading it gives the same rows as a whole search would, only sooner.
  const [last] = useState<{ search: LastSearch | null }>(() => ({ search: null }))
  return useMemo(() => {
    if (!rows || !haystacks) return undefined
    const needle = searchText(language, text.trim())
    if (needle === '') return rows
    const positions = matchPositions(haystacks, needle, last.search)
    last.search = { haystacks, needle, positions }
    return positions.map((i) => rows[i]!)
  }, [rows, haystacks, text, language, last])
}

/**
 * A comparator by `primary` in the given direction; ties keep a stable ascending order by `tie`, whichever way the
 * column is sorted. Rows for which `last` holds (say, an unscored area) come after all others in either direction,
 * in `tie` order.
 */
export function rowOrder<T>(
  primary: (a: T, b: T) => number,
  direction: 'asc' | 'desc',
  tie: (a: T, b: T) => number,
  last?: (row: T) => boolean
): (a: T, b: T) => number {
  const sign = direction === 'asc' ? 1 : -1
  if (!last) return (a, b) => sign * primary(a, b) || tie(a, b)
  return (a, b) => {
    const la = last(a)
    const lb = last(b)
    if (la || lb) return la && lb ? tie(a, b) : la ? 1 : -1
    return sign * primary(a, b) || tie(a, b)
  }
}

/** Sorts rows in place in rowOrder(primary, direction, tie, last). */
export function sortRows<T>(
  rows: T[],
  primary: (a: T, b: T) => number,
  direction: 'asc' | 'desc',
  tie: (a: T, b: T) => number,
  last?: (row: T) => boolean
): T[] {
  return rows.sort(rowOrder(primary, direction, tie, last))
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

/** Rows per IndexedDB request when a list reads a whole table (readAll). */
export const PAGE_ROWS = 1000

/**
 * Every row of `table`, in primary-key pages of about `size` rows. Chromium decodes an IndexedDB result on the page's
 * main thread in the task that delivers it: one getAll of 30 000 areas was a task of 1–2 s at the stress size, which
 * froze the page; a page of 1 000 rows is decoded in its own task, and the browser draws and answers input between
 * them. Asked for one after another, though, each page waits for the one before: the browser's IndexedDB reads a
 * page while the page before is decoded, not at the same time, and at the stress size the ten pages of the
 * organisation list were most of the page load (docs/PERFORMANCE.md). So the first page is read alone (a table that
 * fits in it costs one request), and the rest of the key space is then cut into ranges of about `size` rows each,
 * asked for all at once: the app's ids are random UUIDs, spread evenly over their hex digits, so the first page's
 * last key says how far `size` rows reach (pageRanges). Ids that are not hex (an imported slug) are read one page
 * after another as before. The ranges cover every key above the first page, so whatever their sizes no row is
 * missed or read twice. Read through the primary key, a live query watches the ranges read; an index read instead
 * makes Dexie add every key returned to its watch set (30 000 keys into its range tree). The rows come in
 * primary-key order. Only Dexie calls are awaited, so it may run inside readUncopied.
 */
export async function readAll<T extends { id: string }, Insert>(
  table: Table<T, string, Insert>,
  size = PAGE_ROWS
): Promise<T[]> {
  const rows: T[] = []
  let last: string | null = null
  for (;;) {
    const page: T[] = await (last === null ? table.toCollection() : table.where(':id').above(last))
      .limit(size)
      .toArray()
    for (const row of page) rows.push(row)
    if (page.length < size) return rows
    last = page[page.length - 1]!.id
    const bounds = pageRanges(rows[0]!.id, last, rows.length, size)
    if (bounds) {
      const ranges = bounds.map((lower, i) =>
        i + 1 < bounds.length
          ? table.where(':id').between(lower, bounds[i + 1]!, false, true)
          : table.where(':id').above(lower)
      )
      for (const part of await Promise.all(ranges.map((range) => range.toArray())))
        for (const row of part) rows.push(row)
      return rows
    }
  }
}

/** Hex digits of a key that pageRanges reads as a fraction of the key space (16^6: finer than any page). */
const KEY_DIGITS = 6

/**
 * Where to cut the keys above `last` into ranges of about `size` rows, given that `count` rows lay from `first` to
 * `last`: each range runs from one bound (left out) to the next (taken in), the last one upwards without end. Null
 * when the keys do not start with hex digits: then they are not UUIDs, and their spread says nothing.
 */
export function pageRanges(first: string, last: string, count: number, size: number): string[] | null {
  const HEX = new RegExp(`^[0-9a-f]{${KEY_DIGITS}}`)
  if (!HEX.test(first) || !HEX.test(last)) return null
  const span = 16 ** KEY_DIGITS
  const from = parseInt(last.slice(0, KEY_DIGITS), 16)
  const perKey = count / Math.max(1, from + 1 - parseInt(first.slice(0, KEY_DIGITS), 16))
  const left = Math.ceil(((span - from) * perKey) / size)
  // A guess from a dense first page could ask for thousands of tiny ranges: no more than 64 requests at once.
  const parts = Math.min(64, Math.max(1, left))
  const step = (span - from) / parts
  const bounds = [last]
  for (let i = 1; i < parts; i++) {
    const at = Math.floor(from + i * step)
    if (at > from) bounds.push(`${at.toString(16).padStart(KEY_DIGITS, '0')}\uffff`)
  }
  return [...new Set(bounds)]
}

/** Thrown out of a Slicer's pause() when its work is no longer wanted (the input changed or the page closed). */
export class SliceStopped extends Error {
  constructor() {
    super('Work stopped: its result is no longer wanted')
  }
}

/** Waits for a new task: scheduler.yield() where the browser has it (Chromium), else a zero timeout. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0))
}

/**
 * Cuts long work on the main thread into tasks of about `budget` ms: the work calls `due()` in its loops and, when
 * it holds, awaits `pause()`, which lets the browser draw and handle input before going on. A task over 50 ms is a
 * long task to the browser; the limit is 200 ms, and a loaded machine stretches each slice, hence 30 ms.
 */
export class Slicer {
  private started = performance.now()
  private stopped = false
  constructor(private readonly budget = 30) {}
  /** Whether this slice has used its time. */
  due(): boolean {
    return performance.now() - this.started >= this.budget
  }
  /** Yields to the browser, then starts a new slice; throws SliceStopped if stop() was called meanwhile. */
  async pause(): Promise<void> {
    await nextTask()
    if (this.stopped) throw new SliceStopped()
    this.started = performance.now()
  }
  /** The work's result is no longer wanted: its next pause() throws. */
  stop(): void {
    this.stopped = true
  }
  get isStopped(): boolean {
    return this.stopped
  }
}

/**
 * `derive(input)` worked out in slices (Slicer) after each change of `input`, off the render: the rows of a list
 * page built from 30 000 stored rows (joins, rankings, search text, a collator's order) took one task of 1–2 s
 * in a useMemo at the stress size. Until the first result it is undefined; after a change of `input` the previous
 * result stays until the new one is ready, as a live query's does. Keep `derive` stable (useCallback): a new one
 * starts the work again. An error in `derive` is thrown in the render, as a useMemo's would be.
 */
export function useSliced<I, O>(input: I | undefined, derive: (input: I, slicer: Slicer) => Promise<O>): O | undefined {
  const [state, setState] = useState<{ output: O } | { error: unknown } | undefined>(undefined)
  useEffect(() => {
    if (input === undefined) return
    const slicer = new Slicer()
    derive(input, slicer).then(
      (output) => {
        if (!slicer.isStopped) setState({ output })
      },
      (error: unknown) => {
        if (!(error instanceof SliceStopped)) setState({ error })
      }
    )
    return () => slicer.stop()
  }, [input, derive])
  if (state && 'error' in state) throw state.error
  return state?.output
}

/**
 * `items` sorted by `compare` (stably), in slices: runs of 512 sorted natively, then merged pairwise, pausing when
 * the slice is due. The same comparisons as one sort (n log n), spread over tasks: a collator's order of 30 000
 * titles was a task of a good part of a second under load.
 */
export async function sortSliced<T>(
  items: readonly T[],
  compare: (a: T, b: T) => number,
  slicer: Slicer
): Promise<T[]> {
  const RUN = 512
  let from = items.slice()
  for (let lo = 0; lo < from.length; lo += RUN) {
    const run = from.slice(lo, lo + RUN).sort(compare)
    for (let k = 0; k < run.length; k++) from[lo + k] = run[k]!
    if (slicer.due()) await slicer.pause()
  }
  let to = new Array<T>(from.length)
  for (let width = RUN; width < from.length; width *= 2) {
    for (let lo = 0; lo < from.length; lo += 2 * width) {
      const mid = Math.min(lo + width, from.length)
      const hi = Math.min(lo + 2 * width, from.length)
      let i = lo
      let j = mid
      let k = lo
      while (i < mid && j < hi) {
        // Equal rows keep their order: the left run's row first.
        to[k++] = compare(from[j]!, from[i]!) < 0 ? from[j++]! : from[i++]!
        if ((k & 255) === 0 && slicer.due()) await slicer.pause()
      }
      while (i < mid) to[k++] = from[i++]!
      while (j < hi) to[k++] = from[j++]!
    }
    ;[from, to] = [to, from]
  }
  return from
}

/** precomputedOrder, worked out in slices (sortSliced): the same comparator on the rows' positions. */
export async function precomputedOrderSliced<T>(
  rows: readonly T[],
  compare: (a: T, b: T) => number,
  slicer: Slicer
): Promise<(a: T, b: T) => number> {
  const position = new Map<T, number>()
  ;(await sortSliced(rows, compare, slicer)).forEach((row, i) => position.set(row, i))
  return (a, b) => (position.get(a) ?? -1) - (position.get(b) ?? -1)
}
