import { describe, expect, it } from 'vitest'
import { TABLE_NAMES } from '@shared/entities'
import { SCHEMA_V1 } from '@renderer/db/db'
import { freshDb } from '../helpers/db'
import { organisationRow } from '../helpers/rows'

describe('db', () => {
  describe('createDb()', () => {
    it('declares exactly the tables of the shared entity list, keyed by id', async () => {
      const db = freshDb()
      await db.open()
      expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES].sort())
      for (const table of db.tables) expect(table.schema.primKey.keyPath).toBe('id')
      db.close()
    })

    it('is at version 2 with the indexes the pages query', async () => {
      const db = freshDb()
      await db.open()
      expect(db.verno).toBe(2)
      const indexes = (name: string) => db.table(name).schema.indexes.map((i) => i.name)
      expect(indexes('engagements')).toEqual(expect.arrayContaining(['organisationId', 'updatedAt', 'status']))
      expect(indexes('workshops')).toEqual(expect.arrayContaining(['engagementId', 'startsAt']))
      expect(indexes('scores')).toContain('[areaId+criterionId]')
      expect(Object.keys(SCHEMA_V1).sort()).toEqual([...TABLE_NAMES].sort())
      db.close()
    })

    it('keeps databases with different names apart', async () => {
      const a = freshDb()
      const b = freshDb()
      await a.organisations.add(organisationRow())
      expect(await a.organisations.count()).toBe(1)
      expect(await b.organisations.count()).toBe(0)
      a.close()
      b.close()
    })

    it('finds organisations by tag through the multi-entry index', async () => {
      const db = freshDb()
      await db.organisations.bulkAdd([
        organisationRow({ tags: ['energi', 'kommun'] }),
        organisationRow({ tags: ['vård'] })
      ])
      expect(await db.organisations.where('tags').equals('energi').count()).toBe(1)
      db.close()
    })
  })
})
