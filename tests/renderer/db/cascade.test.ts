import { describe, expect, it } from 'vitest'
import { TABLE_NAMES, type TableName } from '@shared/entities'
import { parsePortfolioFile } from '@shared/portfolio-file'
import { cascadeCounts, deleteWithCascade, planCascade, restoreSnapshot } from '@renderer/db/cascade'
import type { MatbarDb } from '@renderer/db/db'
import { loadPortfolio } from '@renderer/db/portfolio'
import { lastDeletion, rememberDeletion, undoLastDeletion } from '@renderer/db/undo'
import { freshDb } from '../helpers/db'
import sampleText from '../../../resources/sample-portfolio.json?raw'

const NOW = '2026-03-01T10:00:00.000Z'
const SHA = 'a'.repeat(64)

/** The sample portfolio plus rows that cross organisations and attachments of every owner kind. */
async function seeded(): Promise<MatbarDb> {
  const parsed = parsePortfolioFile(sampleText)
  if (!parsed.ok) throw new Error('sample does not parse')
  const db = freshDb()
  await loadPortfolio(db, parsed.portfolio)
  const base = { createdAt: NOW, updatedAt: NOW }
  const energyWorkshop = (await db.workshops
    .where('engagementId')
    .anyOf((await db.engagements.where('organisationId').equals('org-energi').primaryKeys()) as string[])
    .first())!
  const otherWorkshop = (await db.workshops.filter((w) => w.id !== energyWorkshop.id).first())!
  const area = (await db.areas.where('workshopId').equals(energyWorkshop.id).first())!
  await db.attachments.bulkPut([
    {
      ...base,
      id: 'att-org',
      ownerType: 'organisation',
      ownerId: 'org-energi',
      name: 'avtal.pdf',
      sha256: SHA,
      size: 1,
      mimeType: 'application/pdf'
    },
    {
      ...base,
      id: 'att-ws',
      ownerType: 'workshop',
      ownerId: energyWorkshop.id,
      name: 'foto.jpg',
      sha256: SHA,
      size: 1,
      mimeType: 'image/jpeg'
    },
    {
      ...base,
      id: 'att-area',
      ownerType: 'area',
      ownerId: area.id,
      name: 'kalkyl.xlsx',
      sha256: SHA,
      size: 1,
      mimeType: ''
    },
    {
      ...base,
      id: 'att-other',
      ownerType: 'workshop',
      ownerId: otherWorkshop.id,
      name: 'annat.pdf',
      sha256: SHA,
      size: 1,
      mimeType: ''
    }
  ])
  await db.documents.put({
    ...base,
    id: 'doc-1',
    engagementId: energyWorkshop.engagementId,
    workshopId: energyWorkshop.id,
    kind: 'workshop-report',
    language: 'sv',
    fileName: 'rapport.docx',
    sha256: SHA,
    size: 10
  })
  // A contact of the energy client who took part in, and evaluated, another client's workshop.
  await db.participants.put({
    ...base,
    id: 'part-cross',
    workshopId: otherWorkshop.id,
    contactId: 'contact-energi-1',
    name: 'Annika Lindqvist',
    role: ''
  })
  await db.evaluations.put({
    ...base,
    id: 'eval-cross',
    workshopId: otherWorkshop.id,
    overall: 6,
    content: 5,
    delivery: 6,
    comment: 'Bra',
    quotable: true,
    reference: false,
    name: 'Annika Lindqvist',
    contactId: 'contact-energi-1'
  })
  return db
}

async function dump(db: MatbarDb): Promise<Record<TableName, unknown[]>> {
  const out = {} as Record<TableName, unknown[]>
  for (const name of TABLE_NAMES) out[name] = await db.entityTable(name).orderBy('id').toArray()
  return out
}

describe('db/cascade', () => {
  describe('deleteWithCascade()', () => {
    it('deletes the organisation and everything under it, and only that', async () => {
      const db = await seeded()
      const before = await dump(db)
      const engagementIds = (await db.engagements
        .where('organisationId')
        .equals('org-energi')
        .primaryKeys()) as string[]
      const workshopIds = (await db.workshops.where('engagementId').anyOf(engagementIds).primaryKeys()) as string[]
      const areaIds = (await db.areas.where('engagementId').anyOf(engagementIds).primaryKeys()) as string[]
      expect(engagementIds.length).toBeGreaterThan(0)
      expect(workshopIds.length).toBeGreaterThan(0)
      expect(areaIds.length).toBeGreaterThan(0)

      await deleteWithCascade(db, 'organisations', ['org-energi'])

      expect(await db.organisations.get('org-energi')).toBeUndefined()
      expect(await db.contacts.where('organisationId').equals('org-energi').count()).toBe(0)
      expect(await db.engagements.where('organisationId').equals('org-energi').count()).toBe(0)
      expect(await db.workshops.where('engagementId').anyOf(engagementIds).count()).toBe(0)
      expect(await db.participants.where('workshopId').anyOf(workshopIds).count()).toBe(0)
      expect(await db.evaluations.where('workshopId').anyOf(workshopIds).count()).toBe(0)
      expect(await db.areas.where('engagementId').anyOf(engagementIds).count()).toBe(0)
      expect(await db.measurements.where('areaId').anyOf(areaIds).count()).toBe(0)
      expect(await db.scores.where('areaId').anyOf(areaIds).count()).toBe(0)
      expect(await db.criteria.where('engagementId').anyOf(engagementIds).count()).toBe(0)
      expect(await db.documents.get('doc-1')).toBeUndefined()
      expect((await db.attachments.toArray()).map((a) => a.id)).toEqual(['att-other'])

      // Rows of other clients stay; the cross-client ones lose only their link to the deleted contact.
      const after = await dump(db)
      expect(after.organisations).toHaveLength(before.organisations.length - 1)
      expect(await db.participants.get('part-cross')).toMatchObject({ contactId: null, name: 'Annika Lindqvist' })
      expect(await db.evaluations.get('eval-cross')).toMatchObject({ contactId: null, overall: 6, comment: 'Bra' })
      expect(after.questions).toEqual(before.questions)
    })

    it('is undone exactly: every table holds the same rows as before', async () => {
      const db = await seeded()
      const before = await dump(db)
      const snapshot = await deleteWithCascade(db, 'organisations', ['org-energi'])
      expect(await dump(db)).not.toEqual(before)
      await restoreSnapshot(db, snapshot)
      expect(await dump(db)).toEqual(before)
    })

    it('changes nothing when any write of the cascade fails (one transaction)', async () => {
      const db = await seeded()
      const before = await dump(db)
      db.scores.hook('deleting', () => {
        throw new Error('disk full')
      })
      await expect(deleteWithCascade(db, 'organisations', ['org-energi'])).rejects.toThrow()
      expect(await dump(db)).toEqual(before)
    })

    it('deletes nothing for an id that does not exist', async () => {
      const db = await seeded()
      const before = await dump(db)
      const snapshot = await deleteWithCascade(db, 'organisations', ['no-such-org'])
      expect(snapshot.deleted).toEqual({})
      expect(await dump(db)).toEqual(before)
    })
  })

  describe('cascadeCounts()', () => {
    it('counts what goes with the organisation, per table, as the database holds it', async () => {
      const db = await seeded()
      const plan = await planCascade(db, 'organisations', ['org-energi'])
      const counts = cascadeCounts(plan)
      const engagementIds = (await db.engagements
        .where('organisationId')
        .equals('org-energi')
        .primaryKeys()) as string[]
      expect(counts.organisations).toBe(1)
      expect(counts.contacts).toBe(await db.contacts.where('organisationId').equals('org-energi').count())
      expect(counts.engagements).toBe(engagementIds.length)
      expect(counts.areas).toBe(await db.areas.where('engagementId').anyOf(engagementIds).count())
      expect(counts.attachments).toBe(3)
      expect(counts.questions).toBeUndefined()
    })
  })
})

describe('db/undo', () => {
  describe('undoLastDeletion()', () => {
    it('restores the last remembered deletion once, then has nothing left to undo', async () => {
      const db = await seeded()
      const before = await dump(db)
      rememberDeletion(db, 'Norrviks kommun', await deleteWithCascade(db, 'organisations', ['org-energi']))
      expect(lastDeletion(db)?.label).toBe('Norrviks kommun')
      expect((await undoLastDeletion(db))?.label).toBe('Norrviks kommun')
      expect(await dump(db)).toEqual(before)
      expect(lastDeletion(db)).toBeNull()
      expect(await undoLastDeletion(db)).toBeNull()
    })

    it('keeps only the newest deletion', async () => {
      const db = await seeded()
      rememberDeletion(db, 'first', await deleteWithCascade(db, 'organisations', ['org-energi']))
      const second = (await db.organisations.toCollection().first())!
      rememberDeletion(db, 'second', await deleteWithCascade(db, 'organisations', [second.id]))
      await undoLastDeletion(db)
      expect(await db.organisations.get(second.id)).toBeDefined()
      expect(await db.organisations.get('org-energi')).toBeUndefined()
    })
  })
})
