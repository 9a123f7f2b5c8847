import { describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { DuplicateOrgNumberError, saveOrganisation } from '@renderer/features/organisations/commands'
import { freshDb } from '../helpers/db'
import { organisationRow } from '../helpers/rows'

describe('features/organisations', () => {
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
})
