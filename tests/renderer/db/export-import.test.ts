import sampleText from '../../../resources/sample-portfolio.json?raw'
import { describe, expect, it } from 'vitest'
import { TABLE_NAMES } from '@shared/entities'
import { parsePortfolioFile } from '@shared/portfolio-file'
import {
  errorsToShow,
  exportPortfolio,
  importPortfolioText,
  mergeTables,
  readAllTables
} from '@renderer/db/export-import'
import { freshDb } from '../helpers/db'
import { makeFixture } from '../../fixtures/portfolio-fixture'
import { databaseDigest } from './db-digest'

const SAMPLE = sampleText

async function sampleDb() {
  const db = freshDb()
  const result = await importPortfolioText(db, SAMPLE, 'replace')
  if (!result.ok) throw new Error(JSON.stringify(result))
  return db
}

describe('db/export-import', () => {
  describe('exportPortfolio() then importPortfolioText()', () => {
    it('round-trips the sample into an empty database with identical tables, attachment rows included', async () => {
      const db = await sampleDb()
      // An attachment row, so the round trip covers the attachments table too.
      const org = (await db.organisations.toArray())[0]!
      await db.attachments.add({
        id: 'att-1',
        createdAt: '2026-05-01T10:00:00.000Z',
        updatedAt: '2026-05-01T10:00:00.000Z',
        ownerType: 'organisation',
        ownerId: org.id,
        name: 'Whiteboard.jpg',
        sha256: 'b'.repeat(64),
        size: 12,
        mimeType: 'image/jpeg'
      })
      const { text, attachments } = await exportPortfolio(db, '9.9.9', new Date('2026-05-20T10:00:00.000Z'))
      expect(attachments).toEqual(['b'.repeat(64)])
      expect(parsePortfolioFile(text).ok).toBe(true)

      const empty = freshDb()
      const result = await importPortfolioText(empty, text, 'merge')
      expect(result.ok).toBe(true)
      expect(await databaseDigest(empty)).toBe(await databaseDigest(db))
      const [a, b] = [await readAllTables(db), await readAllTables(empty)]
      for (const name of TABLE_NAMES) {
        expect(b[name].length, name).toBe(a[name].length)
        const byId = new Map(a[name].map((r) => [r.id, r]))
        for (const row of b[name]) expect(row, `${name} ${row.id}`).toEqual(byId.get(row.id))
      }
    })
  })

  describe('importPortfolioText() merge', () => {
    it('adds new rows, takes newer ones, keeps older ones, and summarises per table', async () => {
      const db = freshDb()
      const base = makeFixture()
      await importPortfolioText(db, JSON.stringify(base), 'replace')
      const file = makeFixture()
      file.tables.organisations[0]!.name = 'Nyare namn'
      file.tables.organisations[0]!.updatedAt = '2026-04-01T10:00:00.000Z'
      file.tables.contacts[0]!.name = 'Äldre namn'
      file.tables.contacts[0]!.updatedAt = '2026-01-01T10:00:00.000Z'
      file.tables.questions.push({ ...file.tables.questions[0]!, id: 'q-2', text: 'En ny fråga' })
      const result = await importPortfolioText(db, JSON.stringify(file), 'merge')
      expect(result.ok).toBe(true)
      if (!result.ok) return
      expect(result.summary.organisations).toEqual({ added: 0, changed: 1, kept: 0, removed: 0 })
      expect(result.summary.contacts).toEqual({ added: 0, changed: 0, kept: 1, removed: 0 })
      expect(result.summary.questions).toEqual({ added: 1, changed: 0, kept: 1, removed: 0 })
      expect((await db.organisations.get('org-1'))!.name).toBe('Nyare namn')
      expect((await db.contacts.get('contact-1'))!.name).toBe('Åsa Öberg')
      expect(await db.questions.count()).toBe(2)
    })

    it('refuses a merge whose result would not hold together, and changes nothing', async () => {
      const db = freshDb()
      await importPortfolioText(db, JSON.stringify(makeFixture()), 'replace')
      const before = await databaseDigest(db)
      // Valid alone, but a second score for the same area and criterion as the one in the database.
      const file = makeFixture()
      file.tables.scores[0]!.id = 'score-other'
      const result = await importPortfolioText(db, JSON.stringify(file), 'merge')
      expect(result).toMatchObject({ ok: false, kind: 'merge' })
      if (!result.ok && result.kind !== 'write') expect(result.errors[0]!.path).toMatch(/^\$\.tables\.scores\[\d+\]/)
      expect(await databaseDigest(db)).toBe(before)
    })

    it('is not fooled by ids such as __proto__ and constructor', () => {
      const current = makeFixture().tables
      const incoming = makeFixture().tables
      incoming.questions = [
        { ...incoming.questions[0]!, id: '__proto__' },
        { ...incoming.questions[0]!, id: 'constructor' }
      ]
      const { summary, merged } = mergeTables(current, incoming)
      expect(summary.questions.added).toBe(2)
      expect(merged.questions.map((q) => q.id).sort()).toEqual(['__proto__', 'constructor', 'q-1'])
    })
  })

  describe('importPortfolioText() replace', () => {
    it('replaces every table and reports the hashes no row refers to any more', async () => {
      const db = freshDb()
      const old = makeFixture()
      await importPortfolioText(db, JSON.stringify(old), 'replace')
      const file = makeFixture()
      file.tables.attachments[0]!.sha256 = 'c'.repeat(64)
      file.tables.organisations[0]!.name = 'Ersatt'
      const result = await importPortfolioText(db, JSON.stringify(file), 'replace')
      expect(result).toMatchObject({ ok: true, orphanedHashes: [old.tables.attachments[0]!.sha256] })
      if (result.ok) expect(result.summary.organisations).toEqual({ added: 1, changed: 0, kept: 0, removed: 1 })
      expect((await db.organisations.get('org-1'))!.name).toBe('Ersatt')
    })
  })

  describe('an import that throws halfway', () => {
    it.each(['replace', 'merge'] as const)('leaves the database as it was (%s)', async (mode) => {
      const db = await sampleDb()
      const before = await databaseDigest(db)
      const file = JSON.parse(SAMPLE)
      // New ids everywhere, so a merge writes rows in every table too.
      for (const name of TABLE_NAMES) for (const row of file.tables[name]) row.updatedAt = '2027-01-01T00:00:00.000Z'
      let written = 0
      // Throws inside the transaction after a good part of the rows has been written.
      const failAt = 40
      const hook = () => {
        written++
        if (written === failAt) throw new Error('disk full (simulated)')
      }
      for (const name of TABLE_NAMES) {
        db.entityTable(name).hook('creating', hook)
        db.entityTable(name).hook('updating', hook)
      }
      const result = await importPortfolioText(db, JSON.stringify(file), mode)
      expect(written).toBeGreaterThanOrEqual(failAt)
      expect(result).toMatchObject({ ok: false, kind: 'write' })
      for (const name of TABLE_NAMES) {
        db.entityTable(name).hook('creating').unsubscribe(hook)
        db.entityTable(name).hook('updating').unsubscribe(hook)
      }
      expect(await databaseDigest(db)).toBe(before)
    })
  })

  describe('errorsToShow()', () => {
    it('lists ten and counts the rest, the parser’s "and N more" included', () => {
      const errors = Array.from({ length: 12 }, (_, i) => ({ path: `$.tables.areas[${i}]`, message: 'bad' }))
      expect(errorsToShow(errors)).toMatchObject({ more: 2 })
      expect(errorsToShow([...errors, { path: '$', message: 'and 500 more errors' }]).more).toBe(502)
      expect(errorsToShow(errors).shown).toHaveLength(10)
    })
  })
})

describe('sendPortfolioPieces() (issue 15, point 2)', () => {
  it('sends pieces of bounded length that join to exactly the whole file, with counts and hashes', async () => {
    const { sendPortfolioPieces } = await import('@renderer/db/export-import')
    const { createPortfolio } = await import('@shared/portfolio-file')
    const { makeFixture } = await import('../../fixtures/portfolio-fixture')
    const tables = makeFixture().tables
    const now = new Date('2026-05-20T10:00:00.000Z')
    const pieces: string[] = []
    const progress: number[] = []
    const result = await sendPortfolioPieces(tables, '1.2.3', async (text) => void pieces.push(text), {
      now,
      pieceLength: 300,
      onProgress: ({ done }) => progress.push(done)
    })
    expect(pieces.join('')).toBe(JSON.stringify(createPortfolio(tables, '1.2.3', now)))
    expect(pieces.length).toBeGreaterThan(3)
    const longestRow = Math.max(
      ...Object.values(tables).flatMap((rows) => (rows as unknown[]).map((r) => JSON.stringify(r).length))
    )
    for (const piece of pieces) expect(piece.length).toBeLessThan(300 + longestRow + 200)
    expect(result.counts.areas).toBe(tables.areas.length)
    expect(result.attachments).toEqual([...new Set(tables.attachments.map((a) => a.sha256))])
    const total = Object.values(result.counts).reduce((a, b) => a + b, 0)
    expect(progress.at(-1)).toBe(total)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
  })
})

describe('sendArrivingPieces(readTablesAsTheyCome()) (issue 15, point 2)', () => {
  it('sends the same file as the tables read whole, beginning before the last table has arrived', async () => {
    const { readTablesAsTheyCome, sendArrivingPieces, sendPortfolioPieces } = await import('@renderer/db/export-import')
    const db = await sampleDb()
    const now = new Date('2026-05-20T10:00:00.000Z')
    const whole: string[] = []
    await sendPortfolioPieces(await readAllTables(db), '1.2.3', async (text) => void whole.push(text), {
      now,
      pieceLength: 2000
    })

    const arriving = await readTablesAsTheyCome(db)
    const last = TABLE_NAMES.at(-1)!
    let lastArrived = false
    void arriving.tables[last].then(() => (lastArrived = true))
    const pieces: string[] = []
    const arrivedAtPiece: boolean[] = []
    const progress: number[] = []
    const result = await sendArrivingPieces(
      arriving,
      '1.2.3',
      async (text) => {
        arrivedAtPiece.push(lastArrived)
        pieces.push(text)
      },
      { now, pieceLength: 2000, inFlight: 2, onProgress: ({ done, total }) => progress.push(done / total) }
    )
    expect(pieces.join('')).toBe(whole.join(''))
    expect(parsePortfolioFile(pieces.join('')).ok).toBe(true)
    // The first piece went while IndexedDB was still reading the last table.
    expect(arrivedAtPiece[0]).toBe(false)
    expect(result.counts.areas).toBe(await db.areas.count())
    expect(progress.at(-1)).toBe(1)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
  })
})
