import { afterEach, describe, expect, it, vi } from 'vitest'
import { emptyPortfolioTables } from '@shared/portfolio-file'
import { CHUNK_SIZE, countRows, isDatabaseEmpty, loadPortfolio } from '@renderer/db/portfolio'
import { freshDb } from '../helpers/db'
import { engagementRow, evaluationRow, organisationRow } from '../helpers/rows'

function smallPortfolio() {
  const tables = emptyPortfolioTables()
  const orgs = [organisationRow(), organisationRow()]
  tables.organisations = orgs
  tables.engagements = [engagementRow(orgs[0]!.id), engagementRow(orgs[1]!.id), engagementRow(orgs[1]!.id)]
  tables.evaluations = [evaluationRow('ws-1')]
  return { tables }
}

describe('db/portfolio', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  describe('loadPortfolio()', () => {
    it('stores every row of every table', async () => {
      const db = freshDb()
      const portfolio = smallPortfolio()
      await loadPortfolio(db, portfolio)
      const counts = await countRows(db)
      expect(counts.organisations).toBe(2)
      expect(counts.engagements).toBe(3)
      expect(counts.evaluations).toBe(1)
      expect(await db.engagements.get(portfolio.tables.engagements[2]!.id)).toEqual(portfolio.tables.engagements[2])
    })

    it('writes large tables in chunks', async () => {
      const db = freshDb()
      const tables = emptyPortfolioTables()
      tables.organisations = Array.from({ length: CHUNK_SIZE * 2 + 5 }, () => organisationRow())
      const spy = vi.spyOn(db.organisations, 'bulkPut')
      await loadPortfolio(db, { tables })
      expect(spy).toHaveBeenCalledTimes(3)
      expect(spy.mock.calls.map(([rows]) => (rows as unknown[]).length)).toEqual([CHUNK_SIZE, CHUNK_SIZE, 5])
      expect(await db.organisations.count()).toBe(CHUNK_SIZE * 2 + 5)
    })

    it('stores nothing when a write fails midway (one transaction)', async () => {
      const db = freshDb()
      const portfolio = smallPortfolio()
      // Organisations and engagements are written before evaluations, then this write fails.
      vi.spyOn(db.evaluations, 'bulkPut').mockImplementation(() => {
        throw new Error('disk full')
      })
      await expect(loadPortfolio(db, portfolio)).rejects.toThrow('disk full')
      vi.restoreAllMocks()
      expect(await isDatabaseEmpty(db)).toBe(true)
    })

    it('keeps the rows that were there when a later load fails', async () => {
      const db = freshDb()
      await loadPortfolio(db, smallPortfolio())
      const before = await countRows(db)
      vi.spyOn(db.evaluations, 'bulkPut').mockRejectedValue(new Error('quota'))
      await expect(loadPortfolio(db, smallPortfolio())).rejects.toThrow('quota')
      vi.restoreAllMocks()
      expect(await countRows(db)).toEqual(before)
    })
  })

  describe('isDatabaseEmpty()', () => {
    it('is true for a new database and false once any table has a row', async () => {
      const db = freshDb()
      expect(await isDatabaseEmpty(db)).toBe(true)
      await db.thresholds.add({
        id: 't1',
        createdAt: '2025-01-01T00:00:00.000Z',
        updatedAt: '2025-01-01T00:00:00.000Z',
        key: 'direct-procurement',
        valueSek: 700000,
        validFrom: '2022-02-01',
        source: 'LOU 19 a kap.'
      })
      expect(await isDatabaseEmpty(db)).toBe(false)
    })
  })
})
