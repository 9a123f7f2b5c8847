import { describe, expect, it } from 'vitest'
import {
  DEFAULT_ORGANISATION_FILTER,
  organisationTags,
  queryOrganisations
} from '@renderer/features/organisations/queries'
import { textCompare } from '@renderer/lib/collate'
import { freshDb } from '../helpers/db'
import { organisationRow } from '../helpers/rows'

const compare = textCompare('sv')

describe('features/organisations', () => {
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
      expect(names(await queryOrganisations(db, DEFAULT_ORGANISATION_FILTER, compare))).toEqual([
        'Alby region',
        'Ängby AB',
        'Östra kommun'
      ])
      expect(
        names(await queryOrganisations(db, { ...DEFAULT_ORGANISATION_FILTER, direction: 'desc' }, compare))
      ).toEqual(['Östra kommun', 'Ängby AB', 'Alby region'])
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

    it('lists the tags in use, sorted, from the tags index', async () => {
      const db = await three()
      expect(await organisationTags(db, compare)).toEqual(['energi', 'skola', 'vård'])
    })
  })
})
