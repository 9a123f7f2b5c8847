/**
 * Encryption means no clear copy (issue 13 point 6): turning encryption on counts the clear backups
 * left in the folder and encrypts or deletes them on request; the before-upgrade backup is a normal
 * archive with its attachments, and one written in clear while locked is encrypted at the next unlock.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createAttachmentStore } from '@main/services/attachments'
import { createBackupService } from '@main/services/backups'
import { readArchive } from '@main/services/archive'
import { parseBackupFileName } from '@shared/file-names'
import { parsePortfolioFile } from '@shared/portfolio-file'
import { upgradeBackupPayload } from '@shared/upgrade-backup'
import { makeFixture } from '../../fixtures/portfolio-fixture'
import { readWhole } from './read-whole'

const kdf = { log2N: 10, r: 8, p: 1 }
const PASSWORD = 'långt lösenord'
const CLEAR_MARK = Buffer.from('Testviks kommun')

describe('services/backups: encryption and the clear copies', () => {
  let dir: string
  let clock: Date
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'matbar-backup-encryption-'))
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

  const tick = (minutes = 1) => (clock = new Date(clock.getTime() + minutes * 60_000))

  /** A portfolio whose one attachment row points at a real stored file. */
  async function withAttachment(attachments: ReturnType<typeof createAttachmentStore>) {
    const file = await attachments.addBytes('Whiteboard.jpg', 'image/jpeg', Buffer.from('JPEG bytes of a photo'))
    if ('outcome' in file) throw new Error('unexpected')
    const portfolio = makeFixture()
    portfolio.tables.attachments[0]!.sha256 = file.sha256
    return { text: JSON.stringify(portfolio), sha256: file.sha256, portfolio }
  }

  /** Three clear backups (manual, auto, before-upgrade) a minute apart, written before encryption. */
  async function threeClearBackups() {
    const { attachments, backups } = service()
    const { text, sha256 } = await withAttachment(attachments)
    for (const reason of ['manual', 'auto', 'before-upgrade'] as const) {
      await backups.create(text, [sha256], reason)
      tick()
    }
    return { attachments, backups, text, sha256 }
  }

  const files = (folder = join(dir, 'backups')) => readdir(folder).then((n) => n.sort())

  describe('setEncryption(true)', () => {
    it('says how many clear backups are in the folder', async () => {
      const { backups } = await threeClearBackups()
      expect(await backups.setEncryption(true, PASSWORD)).toEqual({ outcome: 'enabled', clearBackups: 3 })
    })
  })

  describe('handleClearBackups()', () => {
    it('"encrypt" rewrites each as .zip.enc with the same time and reason; each restores with the password', async () => {
      const { backups, text } = await threeClearBackups()
      const before = (await files()).map((n) => parseBackupFileName(n)!)
      await backups.setEncryption(true, PASSWORD)

      expect(await backups.handleClearBackups('encrypt')).toEqual({ outcome: 'encrypted', count: 3, failed: [] })
      const after = await files()
      expect(after).toHaveLength(3)
      expect(after.every((n) => n.endsWith('.zip.enc'))).toBe(true)
      // Same moments and reasons, so retention and its 30-day pin treat them as the same backups.
      expect(after.map((n) => parseBackupFileName(n)!)).toEqual(before.map((b) => ({ ...b, encrypted: true })))
      for (const name of after) expect((await readFile(join(dir, 'backups', name))).includes(CLEAR_MARK)).toBe(false)

      const status = await backups.status()
      expect(status.backups.every((b) => b.encrypted)).toBe(true)
      expect(status.backups.map((b) => b.attachmentCount)).toEqual([1, 1, 1])
      expect(status.backups[0]!.counts).toMatchObject({ organisations: 1, attachments: 1 })
      expect(status.backups.find((b) => b.reason === 'before-upgrade')!.pinned).toBe('safety')

      // Another session, which has no password in memory, restores each of them with it.
      const other = service().backups
      for (const name of after) {
        const opened = await other.openBackup(name)
        expect(opened.encrypted).toBe(true)
        expect(await readWhole(other, opened.token)).toEqual({ outcome: 'password-required' })
        const again = await other.openBackup(name)
        expect(await readWhole(other, again.token, PASSWORD)).toMatchObject({ outcome: 'read', text })
      }
    })

    it('"delete" removes the clear backups and keeps the encrypted ones', async () => {
      const { backups } = await threeClearBackups()
      await backups.setEncryption(true, PASSWORD)
      const written = await backups.create(JSON.stringify(makeFixture()), [], 'manual')
      expect(written.outcome === 'written' && written.backup.encrypted).toBe(true)
      expect(await backups.handleClearBackups('delete')).toEqual({ outcome: 'deleted', count: 3, failed: [] })
      expect(await files()).toEqual([(written as { backup: { name: string } }).backup.name])
    })

    it('does nothing while locked or while encryption is off', async () => {
      const { backups } = await threeClearBackups()
      expect(await backups.handleClearBackups('delete')).toEqual({ outcome: 'not-enabled' })
      await backups.setEncryption(true, PASSWORD)
      const locked = service().backups // a new session: no password yet
      expect(await locked.handleClearBackups('encrypt')).toEqual({ outcome: 'locked' })
      expect(await locked.handleClearBackups('delete')).toEqual({ outcome: 'locked' })
      expect((await files()).filter((n) => n.endsWith('.zip'))).toHaveLength(3)
    })

    it('leaves a clear backup as it was when its encrypted name is taken by something else', async () => {
      const { backups } = await threeClearBackups()
      await backups.setEncryption(true, PASSWORD)
      const [first] = await files()
      await writeFile(join(dir, 'backups', `${first!}.enc`), 'not this backup')
      const result = await backups.handleClearBackups('encrypt')
      expect(result).toEqual({ outcome: 'encrypted', count: 2, failed: [first] })
      expect(await files()).toContain(first)
    })
  })

  describe('the before-upgrade backup', () => {
    /** What db/upgrade-guard.ts dumps from a version-1 database: raw rows, no source on measurements. */
    async function versionOneDump(attachments: ReturnType<typeof createAttachmentStore>) {
      const { portfolio, sha256 } = await withAttachment(attachments)
      const stores: Record<string, unknown[]> = { ...portfolio.tables }
      stores['measurements'] = portfolio.tables.measurements.map((m) => {
        const { source: _source, ...rest } = m
        return rest
      })
      const dump = {
        format: 'matbar-idb-dump',
        database: 'matbar',
        dexieVersion: 1,
        exportedAt: clock.toISOString(),
        stores
      }
      return { dumpJson: JSON.stringify(dump), sha256 }
    }

    it('is a zip archive with the attachments of the old rows, which readStaged accepts and the app can restore', async () => {
      const { attachments, backups } = service()
      const { dumpJson, sha256 } = await versionOneDump(attachments)
      const payload = upgradeBackupPayload(dumpJson, '1.2.3', clock)
      expect(payload.restorable).toBe(true)
      expect(payload.attachments).toEqual([sha256])
      const written = await backups.create(payload.text, payload.attachments, 'before-upgrade')
      if (written.outcome !== 'written') throw new Error('not written')
      expect(written.backup.attachmentCount).toBe(1)

      const bytes = await readFile(join(dir, 'backups', written.backup.name))
      expect(bytes.subarray(0, 2).toString()).toBe('PK')
      const archive = await readArchive(bytes)
      expect(archive.ok && archive.attachments.length).toBe(1)

      // On a computer without the file: the backup brings it back, and the text is a valid portfolio.
      await attachments.release(sha256)
      const opened = await backups.openBackup(written.backup.name)
      const read = await readWhole(backups, opened.token)
      expect(read).toMatchObject({ outcome: 'read', attachments: 1 })
      const parsed = parsePortfolioFile((read as { text: string }).text)
      expect(parsed.ok).toBe(true)
      if (parsed.ok) expect(parsed.portfolio.tables.measurements.every((m) => m.source === '')).toBe(true)
    })

    it('restores one written before it was a portfolio archive (the raw dump inside) as a portfolio file', async () => {
      const { attachments, backups } = service()
      const { dumpJson } = await versionOneDump(attachments)
      // What the earlier code wrote: the dump itself as portfolio.json, no attachments.
      const written = await backups.create(dumpJson, [], 'before-upgrade')
      if (written.outcome !== 'written') throw new Error('not written')
      const opened = await backups.openBackup(written.backup.name)
      const read = await readWhole(backups, opened.token)
      expect(read).toMatchObject({ outcome: 'read' })
      const parsed = parsePortfolioFile((read as { text: string }).text)
      expect(parsed.ok).toBe(true)
      if (parsed.ok) expect(parsed.portfolio.tables.organisations.map((o) => o.name)).toEqual(['Testviks kommun'])
    })

    it('written in clear into the data folder while locked, is encrypted into the backup folder at the next unlock', async () => {
      const { attachments, backups } = service()
      const { text, sha256 } = await withAttachment(attachments)
      // A clear backup from before encryption was on: the user's choice, not touched by unlocking.
      await backups.create(text, [sha256], 'manual')
      tick()
      const synced = join(dir, 'OneDrive', 'Mätbar')
      await backups.setFolder(synced)
      await backups.setEncryption(true, PASSWORD)
      tick()

      const locked = service().backups // the app starts after an update: locked
      const written = await locked.create(text, [sha256], 'before-upgrade')
      if (written.outcome !== 'written') throw new Error('not written')
      expect(written.backup.encrypted).toBe(false)
      expect(await files()).toHaveLength(2)
      expect(await readdir(synced).catch(() => [])).toEqual([])

      tick()
      expect(await locked.unlock(PASSWORD)).toEqual({ outcome: 'unlocked' })
      // The clear before-upgrade file is gone from the data folder; the earlier manual one stays.
      const left = await files()
      expect(left).toHaveLength(1)
      expect(parseBackupFileName(left[0]!)!.reason).toBe('manual')
      const moved = await readdir(synced)
      expect(moved).toEqual([written.backup.name + '.enc'])
      expect((await readFile(join(synced, moved[0]!))).includes(CLEAR_MARK)).toBe(false)

      // Listed in the backup folder, pinned as a safety backup, and restorable with the password.
      const status = await locked.status()
      expect(status.backups).toHaveLength(1)
      expect(status.backups[0]).toMatchObject({ reason: 'before-upgrade', encrypted: true, pinned: 'safety' })
      const other = service().backups
      const opened = await other.openBackup(moved[0]!)
      expect(await readWhole(other, opened.token, PASSWORD)).toMatchObject({ outcome: 'read', text })
    })
  })
})
