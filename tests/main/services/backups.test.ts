import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import ts from 'typescript'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createAttachmentStore } from '@main/services/attachments'
import { createBackupService } from '@main/services/backups'
import { sweepStaleTempFiles } from '@main/services/stale-temp-files'
import { parseBackupFileName } from '@shared/file-names'
import { emptyPortfolioTables, parsePortfolioFile } from '@shared/portfolio-file'
import { makeFixture } from '../../fixtures/portfolio-fixture'
import { readWhole } from './read-whole'

const kdf = { log2N: 10, r: 8, p: 1 }
const ROOT = resolve(__dirname, '../../..')

describe('services/backups', () => {
  let dir: string
  let clock: Date
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'matbar-backups-'))
    clock = new Date('2026-05-20T10:00:00.000Z')
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  function service() {
    const attachments = createAttachmentStore(dir)
    const backups = createBackupService({ dataFolder: dir, appVersion: '1.2.3', attachments, now: () => clock, kdf })
    return { attachments, backups }
  }

  /** A fixture portfolio whose one attachment row points at a real stored file. */
  async function portfolioWithAttachment(attachments: ReturnType<typeof createAttachmentStore>) {
    const file = await attachments.addBytes(
      'Whiteboard.jpg',
      'image/jpeg',
      Buffer.from('JPEG bytes of a whiteboard photo')
    )
    if ('outcome' in file) throw new Error('unexpected')
    const portfolio = makeFixture()
    portfolio.tables.attachments[0]!.sha256 = file.sha256
    return { text: JSON.stringify(portfolio), sha256: file.sha256 }
  }

  describe('create() / status()', () => {
    it('writes a backup into <dataFolder>/backups and lists it with date, size and row counts', async () => {
      const { attachments, backups } = service()
      const { text, sha256 } = await portfolioWithAttachment(attachments)
      const result = await backups.create(text, [sha256], 'manual')
      expect(result.outcome).toBe('written')
      const status = await backups.status()
      expect(status.folder).toBe(join(dir, 'backups'))
      expect(status.isDefaultFolder).toBe(true)
      expect(status.backups).toHaveLength(1)
      const [b] = status.backups
      expect(b!.createdAt).toBe(clock.toISOString())
      expect(b!.reason).toBe('manual')
      expect(b!.size).toBe((await stat(join(dir, 'backups', b!.name))).size)
      expect(b!.counts).toMatchObject({ organisations: 1, attachments: 1 })
      expect(b!.attachmentCount).toBe(1)
    })

    it('applies retention after each write: three of today remain', async () => {
      const { backups } = service()
      const text = JSON.stringify(makeFixture())
      for (let i = 0; i < 5; i++) {
        clock = new Date(Date.parse('2026-05-20T10:00:00.000Z') + i * 60_000)
        await backups.create(text, [], 'auto')
      }
      const names = (await readdir(join(dir, 'backups'))).sort()
      expect(names).toHaveLength(3)
      expect(names.map((n) => parseBackupFileName(n)!.createdAt.toISOString())).toEqual([
        '2026-05-20T10:02:00.000Z',
        '2026-05-20T10:03:00.000Z',
        '2026-05-20T10:04:00.000Z'
      ])
    })

    it('keeps the before-upgrade backup and the last large backup when empty portfolios are backed up (the review case)', async () => {
      const { backups } = service()
      const large = makeFixture()
      // Half a megabyte of notes that do not compress stands in for the 41 MB portfolio of the review.
      large.tables.organisations[0]!.notes = randomBytes(400_000).toString('base64')
      const at = (minute: number) => new Date(Date.parse('2026-05-20T10:00:00.000Z') + minute * 60_000)
      clock = at(0)
      const upgrade = await backups.create(JSON.stringify(makeFixture()), [], 'before-upgrade')
      clock = at(1)
      const big = await backups.create(JSON.stringify(large), [], 'auto')
      const empty = JSON.stringify({ ...makeFixture(), tables: emptyPortfolioTables() })
      for (let i = 0; i < 4; i++) {
        clock = at(2 + i)
        await backups.create(empty, [], 'auto')
      }
      const names = await readdir(join(dir, 'backups'))
      expect(upgrade.outcome === 'written' && names).toContain(upgrade.outcome === 'written' && upgrade.backup.name)
      expect(big.outcome === 'written' && names).toContain(big.outcome === 'written' && big.backup.name)
      expect(names).toHaveLength(2 + 3)
      // The list says why those two are kept.
      const listed = new Map((await backups.status()).backups.map((b) => [b.name, b.pinned]))
      expect(upgrade.outcome === 'written' && listed.get(upgrade.backup.name)).toBe('safety')
      expect(big.outcome === 'written' && listed.get(big.backup.name)).toBe('larger-portfolio')
      expect([...listed.values()].filter((p) => p === undefined)).toHaveLength(3)
    })

    it('writes nothing while encryption is on and locked, and encrypts once unlocked', async () => {
      const { backups } = service()
      expect(await backups.setEncryption(true, 'långt lösenord')).toEqual({ outcome: 'enabled', clearBackups: 0 })
      // A new session of the same data folder: the password is not on disk.
      const fresh = service().backups
      expect(await fresh.create(JSON.stringify(makeFixture()), [], 'auto')).toEqual({ outcome: 'locked' })
      expect(await readdir(dir)).not.toContain('backups')
      const settings = await readFile(join(dir, 'backup-settings.json'), 'utf8')
      expect(settings).not.toContain('långt lösenord')
      expect(await fresh.unlock('fel')).toEqual({ outcome: 'wrong-password' })
      expect(await fresh.unlock('långt lösenord')).toEqual({ outcome: 'unlocked' })
      const written = await fresh.create(JSON.stringify(makeFixture()), [], 'auto')
      expect(written.outcome).toBe('written')
      const status = await fresh.status()
      expect(status.backups[0]!.encrypted).toBe(true)
      expect(status.backups[0]!.counts).toMatchObject({ organisations: 1 })
      const raw = await readFile(join(dir, 'backups', status.backups[0]!.name))
      expect(raw.includes(Buffer.from('Testviks kommun'))).toBe(false)
    })

    it('writes the backup before a schema upgrade even when locked: in clear, and only inside the data folder', async () => {
      const { backups } = service()
      const synced = join(dir, 'synced-elsewhere')
      await backups.setFolder(synced)
      await backups.setEncryption(true, 'långt lösenord')
      const fresh = service().backups
      expect(await fresh.create(JSON.stringify(makeFixture()), [], 'auto')).toEqual({ outcome: 'locked' })
      const result = await fresh.create(JSON.stringify(makeFixture()), [], 'before-upgrade')
      expect(result.outcome).toBe('written')
      const names = await readdir(join(dir, 'backups'))
      expect(names).toHaveLength(1)
      expect(parseBackupFileName(names[0]!)!.reason).toBe('before-upgrade')
      expect(names[0]!.endsWith('.enc')).toBe(false)
      // Never in clear in the chosen folder, which may be synced to a cloud.
      expect(await readdir(synced).catch(() => [])).toEqual([])
    })

    it('refuses to turn encryption off without the right password', async () => {
      const { backups } = service()
      await backups.setEncryption(true, 'långt lösenord')
      expect(await backups.setEncryption(false, 'fel lösenord')).toEqual({ outcome: 'wrong-password' })
      expect((await backups.status()).encryption.enabled).toBe(true)
      expect(await backups.setEncryption(false, 'långt lösenord')).toEqual({ outcome: 'disabled' })
      expect((await backups.status()).encryption.enabled).toBe(false)
    })

    it('refuses a password shorter than the minimum', async () => {
      expect(await service().backups.setEncryption(true, 'kort')).toEqual({ outcome: 'too-short' })
    })
  })

  describe('openBackup() / readStaged()', () => {
    it('gives back the exact portfolio text and restores missing attachment files once the import commits', async () => {
      const { attachments, backups } = service()
      const { text, sha256 } = await portfolioWithAttachment(attachments)
      await backups.create(text, [sha256], 'manual')
      await attachments.release(sha256)
      expect(await attachments.fileOf(sha256)).toBeNull()
      const [b] = (await backups.status()).backups
      const opened = await backups.openBackup(b!.name)
      const read = await readWhole(backups, opened.token)
      expect(read).toEqual({ outcome: 'read', text, attachments: 1 })
      expect(await attachments.fileOf(sha256)).toBeNull() // staged only, until the rows are written
      expect(await backups.commitImport(opened.token)).toEqual({ outcome: 'committed', attachments: 1 })
      expect(await readFile((await attachments.fileOf(sha256))!, 'utf8')).toBe('JPEG bytes of a whiteboard photo')
      expect(parsePortfolioFile((read as { text: string }).text).ok).toBe(true)
    })

    it('asks for the password of an encrypted file, says when it is wrong, and opens it when right', async () => {
      const { backups } = service()
      await backups.setEncryption(true, 'långt lösenord')
      const text = JSON.stringify(makeFixture())
      const built = await backups.buildExport(text, [], true)
      if (built.outcome !== 'built') throw new Error('locked')
      const other = service().backups // another session, no password in memory
      const staged = other.stage('export.zip.enc', Buffer.from(built.bytes))
      expect(staged.encrypted).toBe(true)
      expect(await readWhole(other, staged.token)).toEqual({ outcome: 'password-required' })
      expect(await readWhole(other, staged.token, 'fel')).toEqual({ outcome: 'wrong-password' })
      expect(await readWhole(other, staged.token, 'långt lösenord')).toMatchObject({ outcome: 'read', text })
      expect(await readWhole(other, staged.token, 'långt lösenord')).toEqual({ outcome: 'expired' })
    })

    it('reports a damaged archive with where it is damaged', async () => {
      const { backups } = service()
      const staged = backups.stage('x.zip', Buffer.from('PK\u0003\u0004garbage'))
      expect(await readWhole(backups, staged.token)).toMatchObject({ outcome: 'damaged', path: '(archive)' })
    })

    it('says why a hostile file is refused, with a code the renderer words in its language', async () => {
      const { backups } = service()
      const zip = Buffer.from(
        zipSync({ 'portfolio.json': strToU8('{}'), 'portfolio.jsoX': strToU8('{"hostile":true}') })
      )
      const duplicate = Buffer.from(zip.toString('latin1').replaceAll('portfolio.jsoX', 'portfolio.json'), 'latin1')
      const staged = backups.stage('x.zip', duplicate)
      expect(await readWhole(backups, staged.token)).toMatchObject({
        outcome: 'damaged',
        path: 'portfolio.json',
        code: 'duplicate-entry'
      })
      expect(
        await readWhole(backups, backups.stage('y.zip', Buffer.from('PK\u0003\u0004garbage')).token)
      ).toMatchObject({
        code: 'not-zip'
      })
    })

    it('says a crafted scrypt header is a damaged file at once, without asking for the password', async () => {
      const { backups } = service()
      await backups.setEncryption(true, 'långt lösenord')
      const built = await backups.buildExport(JSON.stringify(makeFixture()), [], true)
      if (built.outcome !== 'built') throw new Error('locked')
      const crafted = Buffer.from(built.bytes)
      crafted.writeUInt8(20, 17) // log2 N = 20
      crafted.writeUInt8(32, 18) // r = 32
      crafted.writeUInt8(16, 19) // p = 16
      const other = service().backups
      const started = performance.now()
      const read = await readWhole(other, other.stage('crafted.zip.enc', crafted).token, 'långt lösenord')
      expect(performance.now() - started).toBeLessThan(500)
      expect(read).toMatchObject({ outcome: 'damaged', path: 'crafted.zip.enc', code: 'encryption-damaged' })
      const flipped = Buffer.from(built.bytes)
      flipped[30]! ^= 0x04 // inside the salt
      expect(await readWhole(other, other.stage('flipped.zip.enc', flipped).token)).toMatchObject({
        outcome: 'damaged',
        code: 'encryption-damaged'
      })
    })

    it('refuses names that are not backups (no path from the renderer reaches the disk)', async () => {
      const { backups } = service()
      await expect(backups.openBackup('../settings.json')).rejects.toThrow()
    })
  })

  describe('a backup write killed halfway', () => {
    it('leaves the previous backup readable and the folder listable', async () => {
      const { backups } = service()
      const text = JSON.stringify(makeFixture())
      await backups.create(text, [], 'manual')
      const [good] = (await backups.status()).backups
      const target = join(dir, 'backups', good!.name)
      const before = await readFile(target)

      // The child runs the real writeFileAtomic (transpiled from source) over the same file name,
      // with a payload large enough to be killed while it is still writing the temp file.
      const source = await readFile(join(ROOT, 'src-main/services/atomic-write.ts'), 'utf8')
      const js = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
      }).outputText
      const childDir = join(dir, 'child')
      await mkdir(childDir)
      await writeFile(join(childDir, 'atomic-write.mjs'), js)
      await writeFile(
        join(childDir, 'writer.mjs'),
        `import { writeFileAtomic } from './atomic-write.mjs'\n` +
          `await writeFileAtomic(process.argv[2], Buffer.alloc(512 * 1024 * 1024, 0x41))\n` +
          `console.log('finished')\n`
      )
      const child = spawn(process.execPath, [join(childDir, 'writer.mjs'), target], {
        stdio: ['ignore', 'pipe', 'inherit']
      })
      let finished = false
      child.stdout.on('data', (d: Buffer) => (finished ||= d.toString().includes('finished')))
      const exited = new Promise<void>((done) => child.on('exit', () => done()))
      // Kill as soon as the temp file has some bytes in it.
      const deadline = Date.now() + 20_000
      let killedMidWrite = false
      while (Date.now() < deadline) {
        const temp = (await readdir(join(dir, 'backups'))).find((n) => n.endsWith('.tmp'))
        if (temp) {
          const size = (await stat(join(dir, 'backups', temp)).catch(() => null))?.size ?? 0
          if (size > 0) {
            child.kill('SIGKILL')
            killedMidWrite = true
            break
          }
        }
        await new Promise((r) => setTimeout(r, 2))
      }
      await exited
      expect(killedMidWrite).toBe(true)
      expect(finished).toBe(false)

      // The old backup is whole, the half-written temp file is not listed, and it still restores.
      expect((await readFile(target)).equals(before)).toBe(true)
      const status = await backups.status()
      expect(status.backups.map((b) => b.name)).toEqual([good!.name])
      expect(status.problems).toEqual([])
      const opened = await backups.openBackup(good!.name)
      expect(await readWhole(backups, opened.token)).toMatchObject({ outcome: 'read', text })

      // The killed writer's temp file is left behind; the next start removes it.
      const leftover = (await readdir(join(dir, 'backups'))).filter((n) => n.endsWith('.tmp'))
      expect(leftover).toHaveLength(1)
      const removed = await sweepStaleTempFiles(dir, null, new Date(Date.now() + 1000))
      expect(removed).toEqual([join(dir, 'backups', leftover[0]!)])
      expect((await readdir(join(dir, 'backups'))).filter((n) => n.endsWith('.tmp'))).toEqual([])
      expect((await readFile(target)).equals(before)).toBe(true)
    }, 60_000)
  })

  describe('requestQuitBackup()', () => {
    it('resolves at once when no renderer waits, else wakes it and waits for quitReady', async () => {
      const { backups } = service()
      await backups.requestQuitBackup(10_000)
      const woken = backups.awaitQuit()
      let done = false
      const quitting = backups.requestQuitBackup(10_000).then(() => (done = true))
      expect(await woken).toEqual({ quitting: true })
      await new Promise((r) => setTimeout(r, 20))
      expect(done).toBe(false)
      backups.markQuitReady()
      await quitting
      expect(done).toBe(true)
    })

    it('gives up after the timeout when the renderer never answers', async () => {
      const { backups } = service()
      void backups.awaitQuit()
      const started = Date.now()
      await backups.requestQuitBackup(50)
      expect(Date.now() - started).toBeGreaterThanOrEqual(45)
    })
  })
})
