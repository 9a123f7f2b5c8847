import { describe, expect, it, vi } from 'vitest'
import { liveQuery, type Collection } from 'dexie'
import { act, renderHook, waitFor } from '@testing-library/react'
import {
  holds,
  lowerCase,
  matchPositions,
  precomputedOrder,
  precomputedOrderSliced,
  pageRanges,
  readAll,
  readMatching,
  readUncopied,
  searchText,
  Slicer,
  SliceStopped,
  sortRows,
  sortSliced,
  usePreparedRows,
  useNarrowingSearch,
  useSliced,
  useTextMatches
} from '@renderer/lib/list-query'
import { freshDb } from '../helpers/db'
import { organisationRow } from '../helpers/rows'

describe('lib/list-query', () => {
  describe('readMatching()', () => {
    async function rows() {
      const db = freshDb()
      await db.organisations.bulkPut([
        organisationRow({ name: 'A', kind: 'municipality', tags: ['energi'] }),
        organisationRow({ name: 'B', kind: 'company', tags: ['energi', 'skola'] }),
        organisationRow({ name: 'C', kind: 'company', tags: ['vård'] })
      ])
      return db
    }

    it('answers each filter with a value, skips the empty ones, and adds the text test', async () => {
      const db = await rows()
      const filters = (kind: string, tag: string) => [
        { index: 'kind', value: kind, test: (o: { kind: string }) => o.kind === kind },
        { index: 'tags', value: tag, test: (o: { tags: string[] }) => o.tags.includes(tag) }
      ]
      const names = async (kind: string, tag: string, text = '') =>
        (await readMatching(db.organisations, filters(kind, tag), text, (o, needle) => holds(o.name, needle)))
          .map((o) => o.name)
          .sort()
      expect(await names('', '')).toEqual(['A', 'B', 'C'])
      expect(await names('company', '')).toEqual(['B', 'C'])
      expect(await names('', 'energi')).toEqual(['A', 'B'])
      expect(await names('company', 'energi')).toEqual(['B'])
      expect(await names('company', '', '  c ')).toEqual(['C'])
      expect(await names('', '', 'x')).toEqual([])
    })

    it('reads through the index alone, without a row test, when one filter and no text are asked for', async () => {
      const db = await rows()
      const where = vi.spyOn(db.organisations, 'where')
      const refuse = () => false
      const found = await readMatching(
        db.organisations,
        [{ index: 'kind', value: 'company', test: refuse }],
        ' ',
        refuse
      )
      // The row tests would refuse every row (a blank text adds none): the rows came from the index range alone.
      expect(found.map((o) => o.name).sort()).toEqual(['B', 'C'])
      expect(where).toHaveBeenCalledWith('kind')
    })
  })

  describe('holds()', () => {
    it('finds a lower-cased needle in a text, ignoring case the Swedish way', () => {
      expect(holds('Östra Kommun', 'östra')).toBe(true)
      expect(holds('Östra Kommun', 'väst')).toBe(false)
    })
  })

  describe('sortRows()', () => {
    const rows = () => [
      { name: 'b', n: 1 },
      { name: 'a', n: 2 },
      { name: 'c', n: 1 }
    ]
    const byN = (x: { n: number }, y: { n: number }) => x.n - y.n
    const byName = (x: { name: string }, y: { name: string }) => x.name.localeCompare(y.name)

    it('sorts by the column either way, ties in ascending tie order both ways', () => {
      expect(sortRows(rows(), byN, 'asc', byName).map((r) => r.name)).toEqual(['b', 'c', 'a'])
      expect(sortRows(rows(), byN, 'desc', byName).map((r) => r.name)).toEqual(['a', 'b', 'c'])
    })

    it('puts the rows `last` picks after all others in either direction, in tie order', () => {
      const more = () => [...rows(), { name: 'e', n: 0 }, { name: 'd', n: 0 }]
      const unscored = (r: { n: number }) => r.n === 0
      expect(sortRows(more(), byN, 'asc', byName, unscored).map((r) => r.name)).toEqual(['b', 'c', 'a', 'd', 'e'])
      expect(sortRows(more(), byN, 'desc', byName, unscored).map((r) => r.name)).toEqual(['a', 'b', 'c', 'd', 'e'])
    })
  })

  describe('searchText()', () => {
    it('lower-cases the parts in the language and keeps a needle from spanning two parts', () => {
      const hay = searchText('sv', 'Åre kommun', 'Inköp')
      expect(hay.includes(searchText('sv', 'åre'))).toBe(true)
      expect(hay.includes(searchText('sv', 'INKÖP'))).toBe(true)
      expect(hay.includes(searchText('sv', 'kommuninköp'))).toBe(false)
      expect(searchText('en', 'I')).toBe('i')
    })
  })

  describe('lowerCase()', () => {
    it('gives what toLocaleLowerCase gives in the language, also where the language has its own lower case', () => {
      const texts = ['ÅRE Ärla ÖSTRA', 'İstanbul IŞIK', 'ΣΟΦΟΣ', 'Straße ǅ', 'Ĩ I\u0307 J\u0301']
      for (const language of ['sv', 'en', 'sv-SE', 'tr', 'az', 'lt'])
        for (const text of texts) expect(lowerCase(text, language)).toBe(text.toLocaleLowerCase(language))
    })
  })

  describe('usePreparedRows() and useTextMatches()', () => {
    it('sorts the rows in slices and matches the text against each row’s search text, in that order', async () => {
      const rows = ['Östra Göinge', 'Åre', 'Arboga', 'Ale', 'Älvdalen']
      const compare = new Intl.Collator('sv').compare
      const haystack = (row: string) => searchText('sv', row)
      const { result, rerender } = renderHook(
        ({ text }: { text: string }) => useTextMatches(usePreparedRows(rows, compare, haystack), text, 'sv'),
        { initialProps: { text: '' } }
      )
      await waitFor(() => expect(result.current).toEqual(['Ale', 'Arboga', 'Åre', 'Älvdalen', 'Östra Göinge']))
      rerender({ text: ' Å' })
      expect(result.current).toEqual(['Åre'])
      rerender({ text: 'E' })
      expect(result.current).toEqual(['Ale', 'Åre', 'Älvdalen', 'Östra Göinge'])
    })
  })

  describe('matchPositions()', () => {
    const haystacks = ['avfall i skolan', 'avlopp', 'energi', 'avfallshantering', 'lokalvård']

    it('finds every position whose text holds the needle, in order', () => {
      expect(matchPositions(haystacks, 'av', null)).toEqual([0, 1, 3])
      expect(matchPositions(haystacks, 'zz', null)).toEqual([])
    })

    it('reads only the last search’s positions when the needle holds the last needle over the same texts', () => {
      // A last search that (as a test) left out position 3: a narrowing search does not look there again.
      const last = { haystacks, needle: 'av', positions: [0, 1] }
      expect(matchPositions(haystacks, 'avf', last)).toEqual([0])
      expect(matchPositions(haystacks, 'fall', last)).toEqual([0, 3])
      expect(matchPositions(haystacks, 'avfa', last)).toEqual([0])
    })

    it('reads every text again when the needle is not narrower, or the texts are others', () => {
      const last = { haystacks, needle: 'avf', positions: [0] }
      expect(matchPositions(haystacks, 'av', last)).toEqual([0, 1, 3])
      expect(matchPositions(haystacks, 'avl', last)).toEqual([1])
      expect(matchPositions([...haystacks], 'avfall', last)).toEqual([0, 3])
    })
  })

  describe('useNarrowingSearch()', () => {
    it('gives what a whole search gives, key by key, backwards, and after the rows change', () => {
      const rows = ['Avfall i skolan', 'Avlopp', 'Energi', 'Avfallshantering', 'Lokalvård']
      const haystacks = rows.map((row) => searchText('sv', row))
      const whole = (list: string[], text: string) =>
        list.filter((row) => searchText('sv', row).includes(searchText('sv', text.trim())))
      const { result, rerender } = renderHook(
        ({ list, texts, text }: { list: string[]; texts: string[]; text: string }) =>
          useNarrowingSearch(list, texts, text, 'sv'),
        { initialProps: { list: rows, texts: haystacks, text: '' } }
      )
      expect(result.current).toBe(rows)
      for (const text of ['a', 'av', 'avf', 'avfa', 'avf', 'v', 'vå', ' VÅ', 'å', '']) {
        rerender({ list: rows, texts: haystacks, text })
        expect(result.current, text).toEqual(text.trim() === '' ? rows : whole(rows, text))
      }
      rerender({ list: rows, texts: haystacks, text: 'av' })
      // Other rows (a filter changed) with the same text, then a narrower text over them.
      const fewer = rows.slice(1)
      rerender({ list: fewer, texts: haystacks.slice(1), text: 'av' })
      expect(result.current).toEqual(['Avlopp', 'Avfallshantering'])
      rerender({ list: fewer, texts: haystacks.slice(1), text: 'avf' })
      expect(result.current).toEqual(['Avfallshantering'])
      expect(renderHook(() => useNarrowingSearch(undefined, undefined, 'a', 'sv')).result.current).toBeUndefined()
    })
  })

  describe('precomputedOrder()', () => {
    it('sorts any subset as the comparator sorts the whole, calling the comparator only once over the rows', () => {
      const rows = ['Örebro', 'Åre', 'Ale', 'Borås', 'Älvdalen'].map((name) => ({ name }))
      let calls = 0
      const collate = new Intl.Collator('sv').compare
      const order = precomputedOrder(rows, (a, b) => {
        calls += 1
        return collate(a.name, b.name)
      })
      const afterBuild = calls
      const subset = [rows[0]!, rows[4]!, rows[1]!, rows[2]!]
      expect(subset.sort(order).map((r) => r.name)).toEqual(['Ale', 'Åre', 'Älvdalen', 'Örebro'])
      expect(sortRows([...rows], order, 'desc', order).map((r) => r.name)).toEqual([
        'Örebro',
        'Älvdalen',
        'Åre',
        'Borås',
        'Ale'
      ])
      expect(calls).toBe(afterBuild)
    })
  })

  describe('readUncopied()', () => {
    it('keeps a live query live: a write to a table read inside its transaction runs it again', async () => {
      const db = freshDb()
      await db.organisations.bulkPut([organisationRow({ name: 'Alby' })])
      const seen: string[][] = []
      const reads: unknown[] = []
      const subscription = liveQuery(() =>
        readUncopied(db, [db.organisations], async () => {
          const rows = await db.organisations.toArray()
          reads.push(rows)
          return rows
        })
      ).subscribe((rows) => seen.push(rows.map((o) => o.name)))
      await vi.waitFor(() => expect(seen).toEqual([['Alby']]))
      await db.organisations.put(organisationRow({ name: 'Bro' }))
      await vi.waitFor(() => expect(seen).toEqual([['Alby'], ['Alby', 'Bro']]))
      expect(reads).toHaveLength(2)
      subscription.unsubscribe()
    })
  })

  describe('readAll()', () => {
    const uuidRows = (n: number) =>
      Array.from({ length: n }, (_, i) => organisationRow({ id: crypto.randomUUID(), name: `O${i}` }))
    const slugRows = (n: number) => Array.from({ length: n }, (_, i) => organisationRow({ name: `O${i}` }))

    it('reads every row in primary-key pages, whatever the number of rows against the page size', async () => {
      for (const make of [uuidRows, slugRows]) {
        for (const count of [7, 300]) {
          const db = freshDb()
          const rows = make(count)
          await db.organisations.bulkPut(rows)
          const ids = rows.map((r) => r.id).sort()
          for (const size of [1, 2, 3, 7, 8, 100, 1000]) {
            expect((await readAll(db.organisations, size)).map((r) => r.id)).toEqual(ids)
          }
        }
      }
      expect(await readAll(freshDb().organisations, 3)).toEqual([])
    })

    /** The table's toArray calls: 'ask' when made, 'answer n' when n rows came back. */
    function watchPages(db: ReturnType<typeof freshDb>): string[] {
      const events: string[] = []
      const toArray = db.Collection.prototype.toArray
      vi.spyOn(db.Collection.prototype, 'toArray').mockImplementation(function (this: Collection) {
        events.push('ask')
        return (toArray.call(this, undefined as never) as Promise<unknown[]>).then((rows) => {
          events.push(`answer ${rows.length}`)
          return rows
        })
      } as never)
      return events
    }

    it('reads the first page alone, then asks for all the others at once when the ids are UUIDs', async () => {
      const db = freshDb()
      await db.organisations.bulkPut(uuidRows(200))
      const events = watchPages(db)
      expect(await readAll(db.organisations, 20)).toHaveLength(200)
      expect(events.slice(0, 2)).toEqual(['ask', 'answer 20'])
      const rest = events.slice(2)
      const asks = rest.filter((e) => e === 'ask').length
      // Every other page asked for before the first of them answered (one page at a time was ask, answer, ask…).
      expect(asks).toBeGreaterThan(2)
      expect(rest.slice(0, asks)).toEqual(Array(asks).fill('ask'))
    })

    it('reads one page after another when the ids are not hex (their spread says nothing)', async () => {
      const db = freshDb()
      await db.organisations.bulkPut(slugRows(5))
      const events = watchPages(db)
      expect(await readAll(db.organisations, 2)).toHaveLength(5)
      expect(events).toEqual(['ask', 'answer 2', 'ask', 'answer 2', 'ask', 'answer 1'])
    })

    it('cuts the keys above the first page into ranges of about a page, from its last key upwards', () => {
      const bounds = pageRanges('000000aa', '100000aa', 1000, 1000)!
      // A sixteenth of the key space held 1 000 rows: the other fifteen sixteenths in 15 ranges.
      expect(bounds).toHaveLength(15)
      expect(bounds[0]).toBe('100000aa')
      expect([...bounds].sort()).toEqual(bounds)
      expect(new Set(bounds).size).toBe(bounds.length)
      expect(pageRanges('000000aa', 'fffffe00', 1000, 1000)).toEqual(['fffffe00'])
      expect(pageRanges('org-1', 'org-9', 1000, 1000)).toBeNull()
      expect(pageRanges('000000', '000001', 1000, 10)).toHaveLength(64)
    })

    it('keeps a live query live inside readUncopied: a new row runs it again', async () => {
      const db = freshDb()
      await db.organisations.bulkPut([organisationRow({ name: 'Alby' }), organisationRow({ name: 'Bro' })])
      const seen: number[] = []
      const subscription = liveQuery(() =>
        readUncopied(db, [db.organisations], () => readAll(db.organisations, 1))
      ).subscribe((rows) => seen.push(rows.length))
      await vi.waitFor(() => expect(seen).toEqual([2]))
      await db.organisations.put(organisationRow({ name: 'Cirka' }))
      await vi.waitFor(() => expect(seen).toEqual([2, 3]))
      subscription.unsubscribe()
    })
  })

  describe('sortSliced()', () => {
    it('sorts as a stable native sort does, pausing when the slice is due', async () => {
      const items = Array.from({ length: 3000 }, (_, i) => ({ key: (i * 7919) % 101, i }))
      const compare = (a: { key: number }, b: { key: number }) => a.key - b.key
      const slicer = new Slicer(0)
      const pause = vi.spyOn(slicer, 'pause')
      expect(await sortSliced(items, compare, slicer)).toEqual([...items].sort(compare))
      expect(pause).toHaveBeenCalled()
      expect(await sortSliced([], compare, new Slicer())).toEqual([])
    })

    it('gives up with SliceStopped once stopped', async () => {
      const slicer = new Slicer(0)
      slicer.stop()
      await expect(
        sortSliced([3, 2, 1, ...Array.from({ length: 2000 }, (_, i) => i)], (a, b) => a - b, slicer)
      ).rejects.toBeInstanceOf(SliceStopped)
    })
  })

  describe('precomputedOrderSliced()', () => {
    it('orders any subset as precomputedOrder does', async () => {
      const rows = ['Örebro', 'Åre', 'Ale', 'Borås', 'Älvdalen'].map((name) => ({ name }))
      const collate = new Intl.Collator('sv').compare
      const order = await precomputedOrderSliced(rows, (a, b) => collate(a.name, b.name), new Slicer(0))
      const reference = precomputedOrder(rows, (a, b) => collate(a.name, b.name))
      expect([...rows].sort(order)).toEqual([...rows].sort(reference))
    })
  })

  describe('useSliced()', () => {
    const sum = async (input: number[], slicer: Slicer) => {
      let total = 0
      for (const n of input) {
        total += n
        if (slicer.due()) await slicer.pause()
      }
      return total
    }

    it('is undefined until the first result, then keeps the last result until the next is ready', async () => {
      type Props = { input: number[] | undefined; derive: (i: number[], s: Slicer) => Promise<number> }
      const { result, rerender, unmount } = renderHook(({ input, derive }: Props) => useSliced(input, derive), {
        initialProps: { input: undefined, derive: sum } as Props
      })
      expect(result.current).toBeUndefined()
      rerender({ input: [1, 2, 3], derive: sum })
      await waitFor(() => expect(result.current).toBe(6))
      let release: () => void = () => undefined
      const slow = async (input: number[]) => {
        await new Promise<void>((resolve) => (release = resolve))
        return input.length
      }
      rerender({ input: [5, 5], derive: slow })
      expect(result.current).toBe(6)
      await act(async () => release())
      await waitFor(() => expect(result.current).toBe(2))
      unmount()
    })
  })
})
