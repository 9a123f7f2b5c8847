import { describe, expect, it } from 'vitest'
import { parsePortfolioFile } from '@shared/portfolio-file'
import { portfolioTextFromDump, upgradeBackupPayload } from '@shared/upgrade-backup'
import { makeFixture } from '../fixtures/portfolio-fixture'

const AT = new Date('2026-11-30T12:00:00.000Z')
const dumpOf = (stores: Record<string, unknown>) =>
  JSON.stringify({
    format: 'matbar-idb-dump',
    database: 'matbar',
    dexieVersion: 1,
    exportedAt: AT.toISOString(),
    stores
  })

describe('upgrade-backup', () => {
  describe('upgradeBackupPayload()', () => {
    it('turns the raw dump into a portfolio file the restore accepts, with the hashes of its attachment rows', () => {
      const tables = makeFixture().tables
      const sha = 'b'.repeat(64)
      const stores = {
        ...tables,
        attachments: [...tables.attachments, { ...tables.attachments[0]!, id: 'att-2', sha256: sha }]
      }
      const payload = upgradeBackupPayload(dumpOf(stores), '2.0.0', AT)
      expect(payload.restorable).toBe(true)
      expect(payload.attachments).toEqual([tables.attachments[0]!.sha256, sha])
      const parsed = parsePortfolioFile(payload.text)
      expect(parsed.ok && parsed.portfolio.appVersion).toBe('2.0.0')
      expect(parsed.ok && parsed.portfolio.tables.organisations.map((o) => o.name)).toEqual(['Testviks kommun'])
    })

    it('gives a table the old version did not have as empty', () => {
      const { thresholds: _gone, ...older } = makeFixture().tables
      const payload = upgradeBackupPayload(dumpOf(older), '2.0.0', AT)
      expect(payload.restorable).toBe(true)
      const parsed = parsePortfolioFile(payload.text)
      expect(parsed.ok && parsed.portfolio.tables.thresholds).toEqual([])
    })

    it('keeps the raw dump, never a changed copy, when its rows do not read as a portfolio (still with the attachments)', () => {
      const tables = makeFixture().tables
      for (const stores of [
        { ...tables, retiredTable: [{ id: 'x' }] },
        { ...tables, organisations: [{ id: 'org-1', name: 42 }] }
      ]) {
        const dump = dumpOf(stores)
        expect(upgradeBackupPayload(dump, '2.0.0', AT)).toEqual({
          text: dump,
          attachments: [tables.attachments[0]!.sha256],
          restorable: false
        })
      }
      expect(upgradeBackupPayload('not json', '2.0.0', AT)).toEqual({
        text: 'not json',
        attachments: [],
        restorable: false
      })
    })
  })

  describe('portfolioTextFromDump()', () => {
    it('reads a raw dump as a portfolio file and gives any other text back unchanged', () => {
      const text = portfolioTextFromDump(dumpOf(makeFixture().tables), '2.0.0', AT)
      expect(parsePortfolioFile(text).ok).toBe(true)
      const portfolio = JSON.stringify(makeFixture())
      expect(portfolioTextFromDump(portfolio, '2.0.0', AT)).toBe(portfolio)
      // Only a text that starts as a dump is parsed; a dump with an unknown store stays as it is.
      const unknown = dumpOf({ ...makeFixture().tables, retiredTable: [] })
      expect(portfolioTextFromDump(unknown, '2.0.0', AT)).toBe(unknown)
      expect(portfolioTextFromDump('{"format":"matbar-idb-dump", broken', '2.0.0', AT)).toBe(
        '{"format":"matbar-idb-dump", broken'
      )
    })
  })
})
