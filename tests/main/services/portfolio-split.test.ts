/**
 * A file read for import goes to the renderer in pieces (issue 15, point 2): splitPortfolio cuts it into
 * an envelope and runs of whole rows; put back together (as the renderer does) they are the same value
 * JSON.parse makes of the whole file. What the walk does not expect falls back to the whole text.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildArchive } from '@main/services/archive'
import { createAttachmentStore } from '@main/services/attachments'
import { createBackupService } from '@main/services/backups'
import { splitPortfolio } from '@main/services/portfolio-split'
import { addPortfolioPiece, checkPortfolioData, parsePortfolioEnvelope } from '@shared/portfolio-file'
import { makeFixture } from '../../fixtures/portfolio-fixture'

const bytes = (text: string) => new TextEncoder().encode(text)
const decode = (b: Uint8Array) => new TextDecoder().decode(b)

/** The renderer's side: the envelope, each piece's rows added in order. */
function join_(text: string, pieceBytes: number): unknown {
  const data = bytes(text)
  const split = splitPortfolio(data, pieceBytes)
  if (!split) return null
  const envelope = parsePortfolioEnvelope(decode(split.envelope))
  if (!envelope.ok) throw new Error('envelope')
  for (const p of split.pieces) {
    const problem = addPortfolioPiece(envelope.data, p.table, p.first, decode(data.subarray(p.start, p.end)))
    if (problem) throw new Error(problem.message)
  }
  return envelope.data
}

describe('splitPortfolio()', () => {
  it('cuts the fixture into pieces that join back to the same value, compact or indented', () => {
    const portfolio = makeFixture()
    for (const text of [
      JSON.stringify(portfolio),
      JSON.stringify(portfolio, null, 2),
      `\uFEFF${JSON.stringify(portfolio)}`
    ]) {
      for (const size of [1, 200, 1_000_000]) expect(join_(text, size)).toEqual(JSON.parse(text.replace(/^\uFEFF/, '')))
    }
    const split = splitPortfolio(bytes(JSON.stringify(portfolio)), 200)!
    expect(split.pieces.length).toBeGreaterThan(5)
    // The envelope holds no rows: a few hundred bytes whatever the portfolio's size.
    expect(decode(split.envelope)).toContain('"areas":[]')
    expect(split.envelope.length).toBeLessThan(600)
  })

  it('is not fooled by brackets, quotes and escapes inside strings', () => {
    const text = JSON.stringify({
      format: 'x',
      tables: { areas: [{ t: 'a ] } [ { "q" \\ ,' }, { t: '\\"]' }, [1, [2]], 'x', 3, null], scores: [] }
    })
    expect(join_(text, 1)).toEqual(JSON.parse(text))
  })

  it('gives null for what it does not expect, so the whole text goes to the parser as before', () => {
    for (const text of [
      '[1,2]',
      '{"format":"matbar-portfolio"}',
      '{"tables":{"areas":[1]},"tables":{}}',
      '{"tables":{"areas":[1],"areas":[2]}}',
      '{"tables":{"areas":[1,]}}',
      '{"tables":{"areas":[{"a":1}]}} trailing',
      '{"tables":{"areas":[{"a":"unterminated}]}}',
      '{"tables":{"areas":[1 2]}}'
    ])
      expect(splitPortfolio(bytes(text), 10), text).toBeNull()
  })

  it('leaves a broken row for the renderer to name by its place', () => {
    const text = '{"tables":{"areas":[{"a":1},{"a":tru},{"a":3}]}}'
    const data = bytes(text)
    const split = splitPortfolio(data, 1)!
    const envelope = parsePortfolioEnvelope(decode(split.envelope))
    if (!envelope.ok) throw new Error('envelope')
    const p = split.pieces[1]!
    expect(addPortfolioPiece(envelope.data, p.table, p.first, decode(data.subarray(p.start, p.end)))).toEqual(
      expect.objectContaining({ path: '$.tables.areas[1]' })
    )
  })
})

describe('readStaged() in pieces', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'matbar-pieces-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })
  const service = () =>
    createBackupService({
      dataFolder: dir,
      appVersion: '1',
      attachments: createAttachmentStore(dir),
      kdf: { log2N: 10, r: 8, p: 1 }
    })

  it("hands out an archive's rows in pieces that check like the whole file, then lets the file go", async () => {
    const backups = service()
    const portfolio = makeFixture()
    const zip = buildArchive(JSON.stringify(portfolio), [], {
      format: 'matbar-archive',
      version: 1,
      createdAt: '2026-05-20T10:00:00.000Z',
      appVersion: '1',
      counts: null,
      attachments: 0
    })
    const { token } = backups.stage('x.zip', Buffer.from(zip))
    const read = await backups.readStaged(token)
    if (read.outcome !== 'read') throw new Error(read.outcome)
    expect(read.text).toBeUndefined()
    expect(read.pieces).toBeGreaterThan(0)
    const envelope = parsePortfolioEnvelope(read.envelope!)
    if (!envelope.ok) throw new Error('envelope')
    for (let i = 0; i < (read.pieces ?? 0); i++) {
      const piece = await backups.readPiece(token, i)
      if (piece.outcome !== 'piece') throw new Error('expired')
      expect(addPortfolioPiece(envelope.data, piece.table, piece.first, piece.text)).toBeNull()
    }
    const checked = checkPortfolioData(envelope.data)
    expect(checked.ok && checked.portfolio.tables.areas.length).toBe(portfolio.tables.areas.length)
    // Once the last piece is read the token holds nothing more.
    expect(await backups.readPiece(token, 0)).toEqual({ outcome: 'expired' })
  })

  it('a piece out of order or changed on the way is refused by its place', async () => {
    const portfolio = makeFixture()
    const text = JSON.stringify(portfolio)
    const data = bytes(text)
    const split = splitPortfolio(data, 1)!
    const envelope = parsePortfolioEnvelope(decode(split.envelope))
    if (!envelope.ok) throw new Error('envelope')
    // Skipping a piece: the next one is out of place.
    const two = bytes('{"tables":{"areas":[{"a":1},{"a":2}]}}')
    const twoSplit = splitPortfolio(two, 1)!
    const twoEnvelope = parsePortfolioEnvelope(decode(twoSplit.envelope))
    if (!twoEnvelope.ok) throw new Error('envelope')
    const second = twoSplit.pieces[1]!
    expect(addPortfolioPiece(twoEnvelope.data, 'areas', 1, decode(two.subarray(second.start, second.end)))).toEqual(
      expect.objectContaining({ path: '$.tables.areas[1]' })
    )
    expect(envelope.ok).toBe(true)
    // A tampered piece (a row with an unknown field) passes JSON but not the row check.
    const fresh = parsePortfolioEnvelope(decode(split.envelope))
    if (!fresh.ok) throw new Error('envelope')
    for (const p of split.pieces) {
      let piece = decode(data.subarray(p.start, p.end))
      if (p.table === 'areas' && p.first === 0) piece = piece.replace(/^\{/, '{"evil":1,')
      expect(addPortfolioPiece(fresh.data, p.table, p.first, piece)).toBeNull()
    }
    const checked = checkPortfolioData(fresh.data)
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.errors[0]).toEqual(expect.objectContaining({ path: '$.tables.areas[0].evil' }))
  })

  it('an old raw database dump still comes whole, as a portfolio text', async () => {
    const backups = service()
    const dump = JSON.stringify({ format: 'matbar-db-dump', stores: { organisations: [] } })
    const { token } = backups.stage('old.json', Buffer.from(dump))
    const read = await backups.readStaged(token)
    expect(read.outcome).toBe('read')
    if (read.outcome === 'read') expect(read.pieces).toBe(0)
  })
})
