/**
 * Main's memory during an import is bounded by the piece, not the file (issue 15, point 2): a staged
 * portfolio file is walked from disk in windows and each piece read at its offsets, so no call reads
 * the JSON whole; an archive's portfolio.json is inflated into a temp file (with the zip-bomb checks
 * still stopping it at its declared size) and read the same way; a file not laid out as a portfolio
 * is read whole only below a limit; every temp file is gone afterwards.
 */
import type * as FsPromises from 'node:fs/promises'
import { mkdtemp, readdir, readFile as realReadFile, rm, stat, writeFile } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { zipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { buildArchive, readArchiveHere } from '@main/services/archive'
import { createAttachmentStore } from '@main/services/attachments'
import { createBackupService } from '@main/services/backups'
import { readEncryptedHeader } from '@main/services/portfolio-crypto'
import { makeFixture } from '../../fixtures/portfolio-fixture'
import { readWhole } from './read-whole'
import { patchEntry } from './zip-bombs'

/** Every path main's services pass to readFile (the real one does the work). */
const readFileCalls = vi.hoisted(() => [] as string[])
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>()
  const readFile = ((path: unknown, ...rest: unknown[]) => {
    readFileCalls.push(String(path))
    return (actual.readFile as (...a: unknown[]) => unknown)(path, ...rest)
  }) as typeof actual.readFile
  return { ...actual, default: { ...actual, readFile }, readFile }
})

const manifest = {
  format: 'matbar-archive' as const,
  version: 1,
  createdAt: '2026-05-20T10:00:00.000Z',
  appVersion: '1',
  counts: null,
  attachments: 0
}

describe('an import never holds the portfolio JSON whole in main', () => {
  let dir: string
  let data: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'matbar-import-memory-'))
    data = join(dir, 'data')
    readFileCalls.length = 0
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })
  const service = (maxWholeReadBytes?: number) =>
    createBackupService({
      dataFolder: data,
      appVersion: '1',
      attachments: createAttachmentStore(data),
      kdf: { log2N: 10, r: 8, p: 1 },
      ...(maxWholeReadBytes === undefined ? {} : { maxWholeReadBytes })
    })
  const tempFiles = async () => (await readdir(data).catch(() => [] as string[])).filter((n) => n.endsWith('.tmp'))

  it('a .json file chosen from disk: staged as a copy, walked in windows, pieces read at their offsets', async () => {
    const portfolio = makeFixture()
    const text = JSON.stringify(portfolio, null, 1)
    const source = join(dir, 'portfölj.json')
    await writeFile(source, text)
    const backups = service()
    const opened = await backups.stageFile(source)
    if (opened.outcome !== 'opened') throw new Error(opened.outcome)
    const read = await readWhole(backups, opened.token)
    expect(read.outcome === 'read' && JSON.parse(read.text)).toEqual(portfolio)
    // Neither the file nor its staged copy was read with readFile (that is: whole).
    expect(readFileCalls.filter((p) => p === source || p.startsWith(data))).toEqual([])
    expect(await tempFiles()).toEqual([])
  })

  it('an archive: portfolio.json inflated into a temp file that lives only while its pieces are read', async () => {
    const portfolio = makeFixture()
    const zip = buildArchive(JSON.stringify(portfolio), [], manifest)
    const source = join(dir, 'export.zip')
    await writeFile(source, zip)
    const backups = service()
    const opened = await backups.stageFile(source)
    if (opened.outcome !== 'opened') throw new Error(opened.outcome)
    const read = await backups.readStaged(opened.token)
    if (read.outcome !== 'read') throw new Error(read.outcome)
    expect(read.pieces).toBeGreaterThan(0)
    // While the pieces are outstanding the inflated JSON is a file, of the entry's size.
    const json = (await tempFiles()).filter((n) => n.startsWith('.portfolio-json.'))
    expect(json).toHaveLength(1)
    expect((await stat(join(data, json[0]!))).size).toBe(Buffer.byteLength(JSON.stringify(portfolio)))
    // The archive itself (compressed) is read whole; the JSON never is.
    expect(readFileCalls.some((p) => p.includes('.portfolio-import.'))).toBe(true)
    expect(readFileCalls.filter((p) => p.includes('.portfolio-json.'))).toEqual([])
    for (let i = 0; i < read.pieces!; i++) expect((await backups.readPiece(opened.token, i)).outcome).toBe('piece')
    expect(await tempFiles()).toEqual([])
  })

  it('an encrypted export (format 3) is decrypted from its file a segment at a time, never read whole', async () => {
    const backups = service()
    expect((await backups.setEncryption(true, 'ett långt lösenord')).outcome).toBe('enabled')
    // Over three segments of JSON (random names: deflate must not shrink it under one).
    const portfolio = makeFixture()
    portfolio.tables.organisations[0]!.notes = randomBytes(3_000_000).toString('base64')
    const text = JSON.stringify(portfolio)
    const built = await backups.buildExport(text, [], true)
    if (built.outcome !== 'built') throw new Error(built.outcome)
    expect(built.bytes.length).toBeGreaterThan(2 * 1024 * 1024)
    const source = join(dir, 'export.zip.enc')
    await writeFile(source, built.bytes)
    const opened = await backups.stageFile(source)
    if (opened.outcome !== 'opened') throw new Error(opened.outcome)
    readFileCalls.length = 0
    const read = await readWhole(backups, opened.token)
    expect(read.outcome === 'read' && read.text).toBe(text)
    expect(readFileCalls.filter((p) => p === source || p.startsWith(data))).toEqual([])
    expect(await tempFiles()).toEqual([])
  })

  it('refuses an encrypted file cut short, with a part moved or a byte flipped, and keeps nothing of it', async () => {
    const backups = service()
    expect((await backups.setEncryption(true, 'ett långt lösenord')).outcome).toBe('enabled')
    const portfolio = makeFixture()
    portfolio.tables.organisations[0]!.notes = randomBytes(3_000_000).toString('base64')
    const built = await backups.buildExport(JSON.stringify(portfolio), [], true)
    if (built.outcome !== 'built') throw new Error(built.outcome)
    const sealed = Buffer.from(built.bytes)
    const seg = 1024 * 1024 + 16
    const start = readEncryptedHeader(sealed)!.headerLength
    const header = sealed.subarray(0, start)
    const part = (i: number) => sealed.subarray(start + i * seg, Math.min(sealed.length, start + (i + 1) * seg))
    const flipped = Buffer.from(sealed)
    flipped[start + seg + 99]! ^= 0x01
    const before = await readdir(data)
    const cases: Array<[string, Buffer, string, RegExp]> = [
      ['cut short', Buffer.concat([header, part(0), part(1)]), 'encryption-cut-short', /cut short/],
      ['parts swapped', Buffer.concat([header, part(1), part(0), part(2)]), 'encryption-tampered', /changed/],
      ['a byte flipped', flipped, 'encryption-tampered', /changed/]
    ]
    for (const [name, bytes, code, message] of cases) {
      await writeFile(join(dir, 'bad.zip.enc'), bytes)
      const opened = await backups.stageFile(join(dir, 'bad.zip.enc'))
      if (opened.outcome !== 'opened') throw new Error(opened.outcome)
      const read = await backups.readStaged(opened.token)
      expect(read, name).toMatchObject({ outcome: 'damaged', code, message: expect.stringMatching(message) })
      await backups.discardImport(opened.token)
      await new Promise((r) => setTimeout(r, 20))
      // Nothing of it stays: no temp file, no staged attachment, the data folder as it was.
      expect(await readdir(data), name).toEqual(before)
    }
  })

  it('a discarded or refused read leaves no temp file', async () => {
    const backups = service()
    const zip = buildArchive(JSON.stringify(makeFixture()), [], manifest)
    await writeFile(join(dir, 'a.zip'), zip)
    const a = await backups.stageFile(join(dir, 'a.zip'))
    if (a.outcome !== 'opened') throw new Error(a.outcome)
    expect((await backups.readStaged(a.token)).outcome).toBe('read')
    expect(await tempFiles()).toHaveLength(1)
    expect((await backups.discardImport(a.token)).outcome).toBe('discarded')
    // A lying entry (it inflates past its declared size) is refused; its partial file is removed.
    const lying = patchEntry(
      zipSync({ 'portfolio.json': new TextEncoder().encode(JSON.stringify(makeFixture())) }),
      'portfolio.json',
      'size',
      100
    )
    await writeFile(join(dir, 'b.zip'), lying)
    const b = await backups.stageFile(join(dir, 'b.zip'))
    if (b.outcome !== 'opened') throw new Error(b.outcome)
    expect(await backups.readStaged(b.token)).toMatchObject({ outcome: 'damaged', code: 'entry-damaged' })
    // A staged file never read, dropped by a discard.
    await writeFile(join(dir, 'c.json'), '{"tables":{}}')
    const c = await backups.stageFile(join(dir, 'c.json'))
    if (c.outcome !== 'opened') throw new Error(c.outcome)
    expect(await tempFiles()).toHaveLength(1)
    await backups.discardImport(c.token)
    await new Promise((r) => setTimeout(r, 20))
    expect(await tempFiles()).toEqual([])
  })

  it('stops writing an inflated portfolio.json at its declared size (a lying header), as in memory', async () => {
    const body = new TextEncoder().encode(JSON.stringify({ tables: { areas: new Array(5000).fill('x') } }))
    const lying = patchEntry(zipSync({ 'portfolio.json': body }), 'portfolio.json', 'size', 1000)
    const out = join(dir, 'out.tmp')
    const read = await readArchiveHere(lying, { portfolioFile: out })
    expect(read).toMatchObject({ ok: false, code: 'entry-damaged' })
    expect((await stat(out)).size).toBeLessThanOrEqual(1000)
    const honest = await readArchiveHere(zipSync({ 'portfolio.json': body }), { portfolioFile: out })
    expect(honest).toMatchObject({ ok: true, text: '', portfolioFileBytes: body.length })
    expect(new Uint8Array(await realReadFile(out))).toEqual(body)
  })

  it('a file not laid out as a portfolio is read whole only below the limit, else refused with a clear message', async () => {
    const dump = JSON.stringify({ format: 'matbar-db-dump', stores: { organisations: [] }, pad: 'x'.repeat(2000) })
    await writeFile(join(dir, 'old.json'), dump)
    const small = service(10_000)
    const a = await small.stageFile(join(dir, 'old.json'))
    if (a.outcome !== 'opened') throw new Error(a.outcome)
    expect((await small.readStaged(a.token)).outcome).toBe('read')
    const tight = service(1000)
    const b = await tight.stageFile(join(dir, 'old.json'))
    if (b.outcome !== 'opened') throw new Error(b.outcome)
    readFileCalls.length = 0
    const refused = await tight.readStaged(b.token)
    expect(refused).toMatchObject({ outcome: 'damaged', code: 'too-large' })
    if (refused.outcome === 'damaged') expect(refused.message).toMatch(/too large to read whole/)
    expect(readFileCalls.filter((p) => p.startsWith(data))).toEqual([])
    expect(await tempFiles()).toEqual([])
  })
})
