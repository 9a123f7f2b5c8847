import { describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import {
  DEFAULT_ORGANISATION_FILTER,
  DuplicateOrgNumberError,
  organisationNames,
  organisationTags,
  queryOrganisations,
  saveOrganisation
} from '@renderer/db/organisations'
import { textCompare } from '@renderer/lib/collate'
import { freshDb } from '../helpers/db'
import { organisationRow } from '../helpers/rows'

const compare = textCompare('sv')

describe('db/organisations', () => {
  describe('saveOrganisation()', () => {
    it('refuses a second organisation with the same number, naming the one that has it, and stores nothing', async () => {
      const db = freshDb()
      const first = await saveOrganisation(db, organisationRow({ name: 'Norrviks kommun', orgNumber: '212000-4813' }))
      const second = organisationRow({ name: 'Kopia', orgNumber: '212000-4813' })
      const error = await saveOrganisation(db, second).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(DuplicateOrgNumberError)
      expect((error as DuplicateOrgNumberError).existing).toEqual({ id: first.id, name: 'Norrviks kommun' })
      expect(await db.organisations.get(second.id)).toBeUndefined()
    })

    it('lets an organisation be saved again with its own number, and several without a number', async () => {
      const db = freshDb()
      const org = await saveOrganisation(db, organisationRow({ orgNumber: '212000-4813' }))
      await saveOrganisation(db, { ...org, name: 'Nytt namn' })
      await saveOrganisation(db, organisationRow({ orgNumber: null }))
      await saveOrganisation(db, organisationRow({ orgNumber: null }))
      expect(await db.organisations.count()).toBe(3)
      expect((await db.organisations.get(org.id))?.name).toBe('Nytt namn')
    })

    it('refuses a row that breaks the schema', async () => {
      const db = freshDb()
      await expect(saveOrganisation(db, organisationRow({ orgNumber: '2120004813' }))).rejects.toBeInstanceOf(ZodError)
      expect(await db.organisations.count()).toBe(0)
    })
  })

  describe('queryOrganisations()', () => {
    async function three() {
      const db = freshDb()
      await db.organisations.bulkPut([
        organisationRow({ name: 'Östra kommun', kind: 'municipality', tags: ['energi'], orgNumber: '212000-4813' }),
        organisationRow({ name: 'Ängby AB', kind: 'company', tags: ['skola', 'energi'], sector: 'Fastigheter' }),
        organisationRow({ name: 'Alby region', kind: 'region', tags: ['vård'] })
      ])
      return db
    }
    const names = (rows: { name: string }[]) => rows.map((r) => r.name)

    it('sorts by name the Swedish way (å ä ö after z), both directions', async () => {
      const db = await three()
      expect(names(await queryOrganisations(db, DEFAULT_ORGANISATION_FILTER, compare))).toEqual(['Alby region', 'Ängby AB', 'Östra kommun'])
      expect(names(await queryOrganisations(db, { ...DEFAULT_ORGANISATION_FILTER, direction: 'desc' }, compare))).toEqual([
        'Östra kommun',
        'Ängby AB',
        'Alby region'
      ])
    })

    it('filters by kind, by tag, by both, and by free text in name, number, sector and tags', async () => {
      const db = await three()
      const q = (f: Partial<typeof DEFAULT_ORGANISATION_FILTER>) =>
        queryOrganisations(db, { ...DEFAULT_ORGANISATION_FILTER, ...f }, compare).then(names)
      expect(await q({ kind: 'region' })).toEqual(['Alby region'])
      expect(await q({ tag: 'energi' })).toEqual(['Ängby AB', 'Östra kommun'])
      expect(await q({ tag: 'energi', kind: 'company' })).toEqual(['Ängby AB'])
      expect(await q({ text: 'ÖSTRA' })).toEqual(['Östra kommun'])
      expect(await q({ text: '2120004813' })).toEqual(['Östra kommun'])
      expect(await q({ text: 'fastig' })).toEqual(['Ängby AB'])
      expect(await q({ text: 'vår' })).toEqual(['Alby region'])
      expect(await q({ text: 'finns inte' })).toEqual([])
    })

    it('lists the tags in use and the names by id from the indexes', async () => {
      const db = await three()
      expect(await organisationTags(db, compare)).toEqual(['energi', 'skola', 'vård'])
      const byId = await organisationNames(db)
      expect([...byId.values()].sort(compare)).toEqual(['Alby region', 'Ängby AB', 'Östra kommun'])
    })
  })
})
