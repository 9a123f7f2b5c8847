import { describe, expect, it, vi } from 'vitest'
import { liveQuery } from 'dexie'
import { holds, precomputedOrder, readMatching, readUncopied, searchText, sortRows } from '@renderer/lib/list-query'
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
})
