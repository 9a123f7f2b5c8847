/**
 * Exports and backups written in pieces (issue 15, point 2): the renderer's pieces of portfolio JSON
 * go through a write session into an archive streamed to disk; the result reads back like an archive
 * written whole (old reader, manifest prefix, encryption), and a session that is aborted or expires
 * leaves no file.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readArchiveHere, readManifestFromPrefix } from '@main/services/archive'
import { openArchiveWriter } from '@main/services/archive-writer'
import { createAttachmentStore } from '@main/services/attachments'
import { createBackupService } from '@main/services/backups'
import { decrypt } from '@main/services/portfolio-crypto'
import { parsePortfolioFile } from '@shared/portfolio-file'
import { makeFixture } from '../../fixtures/portfolio-fixture'
import { readWhole } from './read-whole'

const kdf = { log2N: 10, r: 8, p: 1 }

/** The text cut into pieces of at most `size` characters, as the renderer sends it. */
function pieces(text: string, size: number): string[] {
  const out: string[] = []
  for (let at = 0; at < text.length; at += size) out.push(text.slice(at, at + size))
  return out
}

describe('write sessions (portfolio in pieces)', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'matbar-write-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  function service(writeIdleMs?: number) {
    const attachments = createAttachmentStore(dir)
    const backups = createBackupService({
      dataFolder: dir,
      appVersion: '1.2.3',
      attachments,
      now: () => new Date('2026-05-20T10:00:00.000Z'),
      kdf,
      writeIdleMs
    })
    return { attachments, backups }
  }

  async function fixtureWithFile(attachments: ReturnType<typeof createAttachmentStore>) {
    const file = await attachments.addBytes('Tavla.jpg', 'image/jpeg', Buffer.from('JPEG bytes'))
    if ('outcome' in file) throw new Error('unexpected')
    const portfolio = makeFixture()
    portfolio.tables.attachments[0]!.sha256 = file.sha256
    return { text: JSON.stringify(portfolio), sha256: file.sha256, portfolio }
  }

  it('writes a backup from pieces that reads back like one written whole, manifest and counts included', async () => {
    const { attachments, backups } = service()
    const { text, sha256, portfolio } = await fixtureWithFile(attachments)
    const counts = Object.fromEntries(Object.entries(portfolio.tables).map(([k, rows]) => [k, rows.length]))
    const begun = await backups.beginWrite({ kind: 'backup', reason: 'manual' }, counts)
    if (begun.outcome !== 'begun') throw new Error('not begun')
    for (const piece of pieces(text, 700))
      expect((await backups.writeChunk(begun.token, piece)).outcome).toBe('written')
    const done = await backups.finishWrite(begun.token, [sha256])
    if (done.outcome !== 'written') throw new Error(`not written: ${done.outcome}`)
    expect(done.backup.counts?.areas).toBe(portfolio.tables.areas.length)
    expect(done.backup.attachmentCount).toBe(1)

    const folder = join(dir, 'backups')
    // Only the backup: no temp file of the session is left beside it.
    expect(await readdir(folder)).toEqual([done.backup.name])
    const bytes = await readFile(join(folder, done.backup.name))
    expect(bytes.length).toBe(done.backup.size)
    const read = await readArchiveHere(bytes)
    if (!read.ok) throw new Error(read.message)
    expect(read.text).toBe(text)
    expect(parsePortfolioFile(read.text).ok).toBe(true)
    expect(read.attachments.map((a) => a.sha256)).toEqual([sha256])
    // The list reads the manifest from the first bytes, though its size sits in a data descriptor.
    expect(readManifestFromPrefix(bytes.subarray(0, 64 * 1024))?.counts?.areas).toBe(portfolio.tables.areas.length)
    const status = await backups.status()
    expect(status.backups[0]?.counts?.areas).toBe(portfolio.tables.areas.length)
  })

  it('takes pieces as UTF-8 bytes (what the app sends) and refuses a piece that is not whole UTF-8', async () => {
    const { backups } = service()
    const text = JSON.stringify({ ...makeFixture(), note: 'Hällefors – Åre, Ölands 🌍' })
    const begun = await backups.beginWrite({ kind: 'export', encrypt: false }, {})
    if (begun.outcome !== 'begun') throw new Error('not begun')
    let index = 0
    for (const piece of pieces(text, 700))
      expect((await backups.writeChunk(begun.token, Buffer.from(piece, 'utf8'), index++)).outcome).toBe('written')
    const built = await backups.finishWrite(begun.token, [])
    if (built.outcome !== 'built') throw new Error('not built')
    const read = await readArchiveHere(await readFile(built.tempPath))
    expect(read.ok && read.text).toBe(text)

    // 'ä' cut between two pieces: each piece must be whole UTF-8 on its own; the session ends, its file goes.
    const cut = await backups.beginWrite({ kind: 'export', encrypt: false }, {})
    if (cut.outcome !== 'begun') throw new Error('not begun')
    const bytes = Buffer.from('{"name":"ä"}', 'utf8')
    const at = bytes.indexOf(0xc3) + 1
    await expect(backups.writeChunk(cut.token, bytes.subarray(0, at), 0)).rejects.toThrow(/not UTF-8/)
    expect(await backups.writeChunk(cut.token, bytes.subarray(at), 1)).toEqual({ outcome: 'expired' })
    expect((await readdir(dir)).filter((n) => n.startsWith('.portfolio-write'))).toEqual([
      built.tempPath.split('/').at(-1)
    ])
  })

  it('encrypts as it writes: the file decrypts with the password to the same archive', async () => {
    const { attachments, backups } = service()
    expect((await backups.setEncryption(true, 'ett långt lösenord')).outcome).toBe('enabled')
    const { text, sha256 } = await fixtureWithFile(attachments)
    const begun = await backups.beginWrite({ kind: 'export', encrypt: true }, { areas: 3 })
    if (begun.outcome !== 'begun') throw new Error('not begun')
    for (const piece of pieces(text, 1000)) await backups.writeChunk(begun.token, piece)
    const built = await backups.finishWrite(begun.token, [sha256])
    if (built.outcome !== 'built') throw new Error('not built')
    expect(built.fileName).toMatch(/\.zip\.enc$/)
    const plain = await decrypt(await readFile(built.tempPath), 'ett långt lösenord', { kdf })
    if (!plain.ok) throw new Error(plain.message)
    const read = await readArchiveHere(plain.plain)
    expect(read.ok && read.text).toBe(text)
    // A flipped byte in the middle is a tampered file, as with an archive encrypted whole.
    const bytes = await readFile(built.tempPath)
    bytes[Math.floor(bytes.length / 2)]! ^= 1
    const tampered = await decrypt(bytes, 'ett långt lösenord', { kdf })
    expect(tampered.ok || tampered.reason).toBe('tampered')
    bytes[Math.floor(bytes.length / 2)]! ^= 1
    await backups.moveExport(built.tempPath, join(dir, 'Export.zip.enc'))
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([])
    expect((await readFile(join(dir, 'Export.zip.enc'))).equals(bytes)).toBe(true)
  })

  it('says locked and starts nothing when the export is to be encrypted without the password', async () => {
    const { backups } = service()
    expect(await backups.beginWrite({ kind: 'export', encrypt: true }, {})).toEqual({ outcome: 'locked' })
  })

  it('an aborted session leaves no file, and its token is spent', async () => {
    const { backups } = service()
    const begun = await backups.beginWrite({ kind: 'backup', reason: 'manual' }, {})
    if (begun.outcome !== 'begun') throw new Error('not begun')
    await backups.writeChunk(begun.token, '{"format":"matbar-portfolio",')
    expect((await readdir(join(dir, 'backups'))).length).toBe(1)
    expect(await backups.abortWrite(begun.token)).toEqual({ outcome: 'aborted' })
    expect(await readdir(join(dir, 'backups'))).toEqual([])
    expect(await backups.writeChunk(begun.token, 'more')).toEqual({ outcome: 'expired' })
    expect(await backups.finishWrite(begun.token, [])).toEqual({ outcome: 'expired' })
  })

  it('a session idle past its time expires and deletes its temp file', async () => {
    const { backups } = service(50)
    const begun = await backups.beginWrite({ kind: 'export', encrypt: false }, {})
    if (begun.outcome !== 'begun') throw new Error('not begun')
    await backups.writeChunk(begun.token, '{')
    expect((await readdir(dir)).some((n) => n.endsWith('.tmp'))).toBe(true)
    await new Promise((r) => setTimeout(r, 200))
    expect(await backups.writeChunk(begun.token, '}')).toEqual({ outcome: 'expired' })
    expect((await readdir(dir)).some((n) => n.endsWith('.tmp'))).toBe(false)
  })

  /** An export written through a session and offered for download: what both download tests start from. */
  async function offeredExport() {
    const { backups } = service()
    const begun = await backups.beginWrite({ kind: 'export', encrypt: false }, {})
    if (begun.outcome !== 'begun') throw new Error('not begun')
    await backups.writeChunk(begun.token, JSON.stringify(makeFixture()))
    const built = await backups.finishWrite(begun.token, [])
    if (built.outcome !== 'built') throw new Error('not built')
    return { backups, built, token: backups.offerDownload(built.tempPath, built.fileName) }
  }

  it('a download is handed out once: the token is spent when taken, the file deleted when released', async () => {
    const { backups, built, token } = await offeredExport()
    const entry = backups.takeDownload(token)
    expect(entry?.fileName).toBe(built.fileName)
    // A second fetch while the first is still being streamed finds nothing (the bridge test's race).
    expect(backups.takeDownload(token)).toBeNull()
    expect((await readArchiveHere(await readFile(entry!.path))).ok).toBe(true)
    await backups.releaseDownload(entry!.path)
    expect((await readdir(dir)).some((n) => n.endsWith('.tmp'))).toBe(false)
  })

  it('a download never fetched is deleted when dropped', async () => {
    const { backups, token } = await offeredExport()
    await backups.dropDownload(token)
    expect(backups.takeDownload(token)).toBeNull()
    expect((await readdir(dir)).some((n) => n.endsWith('.tmp'))).toBe(false)
  })

  it('the writer holds no more than its pieces: 40 MB of JSON in 4 MB pieces adds little to the heap', async () => {
    const row = JSON.stringify({ id: 'x'.repeat(30), text: 'Effektivisering av lokalvård '.repeat(30) })
    const piece = `[${Array.from({ length: Math.ceil((4 * 1024 * 1024) / row.length) }, () => row).join(',')}]`
    const writer = await openArchiveWriter(dir, {
      format: 'matbar-archive',
      version: 1,
      createdAt: new Date().toISOString(),
      appVersion: '1',
      counts: null,
      attachments: 0
    })
    // What the writer keeps, not garbage waiting for a collection: measured after a full GC each time
    // (without one the figure depended on when V8 chose to collect, and failed now and then under load).
    const gc = collector()
    const retained = () => {
      gc()
      const now = process.memoryUsage()
      return now.heapUsed + now.arrayBuffers
    }
    const before = retained()
    let peak = before
    for (let i = 0; i < 10; i++) {
      await writer.write(piece)
      peak = Math.max(peak, retained())
    }
    const { path, size } = await writer.finish([])
    expect(size).toBeGreaterThan(0)
    expect((await readArchiveHere(await readFile(path))).ok).toBe(true)
    // Ten pieces of 4 MB: a writer that kept them would grow by 40 MB or more.
    expect(peak - before).toBeLessThan(16 * 1024 * 1024)
  })

  it('an upload in pieces stages the whole file; more than announced, or an unknown token, is refused', async () => {
    const { backups } = service()
    const text = JSON.stringify(makeFixture())
    const data = Buffer.from(text)
    const begun = backups.beginUpload('stor.json', data.length)
    if (begun.outcome !== 'begun') throw new Error('not begun')
    for (let at = 0; at < data.length; at += 1000)
      expect((await backups.uploadChunk(begun.token, data.subarray(at, at + 1000))).outcome).toBe('received')
    // The pieces wait in a temp file in the data folder, not in memory.
    expect((await readdir(dir)).filter((n) => n.startsWith('.portfolio-upload.'))).toHaveLength(1)
    const opened = await backups.finishUpload(begun.token)
    if (opened.outcome !== 'opened') throw new Error('not opened')
    // The temp file is staged as it is (not read into memory, not copied) and read from in pieces;
    // once the last piece is read no temp file is left.
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toHaveLength(1)
    const read = await readWhole(backups, opened.token)
    expect(read.outcome === 'read' && JSON.parse(read.text)).toEqual(JSON.parse(text))
    expect((await readdir(dir)).some((n) => n.endsWith('.tmp'))).toBe(false)
    expect(await backups.finishUpload(begun.token)).toEqual({ outcome: 'expired' })
    const small = backups.beginUpload('x.json', 3)
    if (small.outcome !== 'begun') throw new Error('not begun')
    expect(await backups.uploadChunk(small.token, Buffer.from('four'))).toEqual({ outcome: 'too-large' })
    expect(await backups.uploadChunk(small.token, Buffer.from('a'))).toEqual({ outcome: 'expired' })
    expect(backups.beginUpload('huge.json', 2 ** 40).outcome).toBe('too-large')
    await new Promise((r) => setTimeout(r, 50))
    expect((await readdir(dir)).some((n) => n.startsWith('.portfolio-upload.'))).toBe(false)
  })

  it('writes numbered pieces in their order whatever order they arrive in; one far out of order ends the session', async () => {
    const { backups } = service()
    const text = JSON.stringify(makeFixture())
    const cut = [0, 40, 100, 300, text.length]
    const pieces = cut.slice(1).map((end, i) => text.slice(cut[i], end))
    const begun = await backups.beginWrite({ kind: 'backup', reason: 'manual' }, {})
    if (begun.outcome !== 'begun') throw new Error('not begun')
    // Sent 2, 0, 3, 1: each waits for the ones before it.
    const sent = [2, 0, 3, 1].map((i) => backups.writeChunk(begun.token, pieces[i]!, i))
    for (const result of await Promise.all(sent)) expect(result.outcome).toBe('written')
    const done = await backups.finishWrite(begun.token, [])
    if (done.outcome !== 'written') throw new Error('not written')
    const opened = await backups.openBackup(done.backup.name)
    expect(await readWhole(backups, opened.token)).toMatchObject({ outcome: 'read', text })

    const other = await backups.beginWrite({ kind: 'backup', reason: 'manual' }, {})
    if (other.outcome !== 'begun') throw new Error('not begun')
    const waiting = backups.writeChunk(other.token, '{', 1)
    await expect(backups.writeChunk(other.token, '{', 9)).rejects.toThrow(/out of order/)
    // The piece that was waiting is let go with the session, and nothing is left on disk.
    expect(await waiting).toEqual({ outcome: 'expired' })
    expect((await readdir(dir, { recursive: true })).some((n) => n.endsWith('.tmp'))).toBe(false)
  })
})

/** A full garbage collection, without starting Node with --expose-gc. */
function collector(): () => void {
  setFlagsFromString('--expose-gc')
  return runInNewContext('gc') as () => void
}
