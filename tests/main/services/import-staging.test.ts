/**
 * Issue 13, point 2: nothing of an import is written into the attachments folder before the user
 * confirms. readStaged stages the files in attachments/.staging/<token>/; the renderer commits them
 * after its transaction or discards them; stale staging goes at start; the sweep deletes only the
 * hashes it is told no row refers to.
 */
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildArchive } from '@main/services/archive'
import type { ArchiveAttachment } from '@main/services/archive'
import { createAttachmentStore, SWEEP_GRACE_MS } from '@main/services/attachments'
import { createBackupService } from '@main/services/backups'
import { BROWSER_DESKTOP } from '@main/services/desktop'
import { createServices, dispatch } from '@main/services/index'
import { sweepStaleTempFiles } from '@main/services/stale-temp-files'
import { makeFixture } from '../../fixtures/portfolio-fixture'
import { readWhole } from './read-whole'

const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex')
const MANIFEST = {
  format: 'matbar-archive',
  version: 1,
  createdAt: '2026-05-20T10:00:00.000Z',
  appVersion: '1',
  counts: null,
  attachments: 2
} as const

/** An export holding two attachment files, each named by a row. */
function archiveWithTwoFiles() {
  const photo = Buffer.from('JPEG bytes of a whiteboard photo')
  const offer = Buffer.from('%PDF-1.7 an offer')
  const portfolio = makeFixture()
  const template = portfolio.tables.attachments[0]!
  portfolio.tables.attachments = [
    { ...template, id: 'att-photo', name: 'Whiteboard.jpg', mimeType: 'image/jpeg', sha256: sha(photo) },
    { ...template, id: 'att-offer', name: 'Offert.pdf', mimeType: 'application/pdf', sha256: sha(offer) }
  ]
  const files: ArchiveAttachment[] = [
    { sha256: sha(photo), name: 'Whiteboard.jpg', data: photo },
    { sha256: sha(offer), name: 'Offert.pdf', data: offer }
  ]
  return { zip: Buffer.from(buildArchive(JSON.stringify(portfolio), files, MANIFEST)), photo, offer }
}

describe('import staging (issue 13, point 2)', () => {
  let dir: string
  let clock: number
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'matbar-staging-'))
    clock = Date.parse('2026-05-20T10:00:00.000Z')
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  function service() {
    const attachments = createAttachmentStore(dir, undefined, { mark: async () => 'not-windows', now: () => clock })
    const backups = createBackupService({ dataFolder: dir, appVersion: '1', attachments })
    return { attachments, backups }
  }

  const attachmentsFolder = () => readdir(join(dir, 'attachments')).catch(() => [] as string[])

  it('stages the attachments of an import that is only read: nothing lands in the attachments folder', async () => {
    const { attachments, backups } = service()
    const { zip, photo, offer } = archiveWithTwoFiles()
    const { token } = backups.stage('export.zip', zip)
    expect(await readWhole(backups, token)).toMatchObject({ outcome: 'read', attachments: 2 })
    expect(await attachmentsFolder()).toEqual(['.staging'])
    expect(await attachments.fileOf(sha(photo))).toBeNull()
    expect((await readdir(join(dir, 'attachments', '.staging', token))).sort()).toEqual([sha(offer), sha(photo)].sort())
    expect(await readdir(join(dir, 'attachments', '.staging', token, sha(photo)))).toEqual(['Whiteboard.jpg'])
  })

  it('moves the staged files into place when the import commits, and removes the staging', async () => {
    const { attachments, backups } = service()
    const { zip, photo, offer } = archiveWithTwoFiles()
    const { token } = backups.stage('export.zip', zip)
    await readWhole(backups, token)
    expect(await backups.commitImport(token)).toEqual({ outcome: 'committed', attachments: 2 })
    expect((await attachmentsFolder()).sort()).toEqual([sha(offer), sha(photo)].sort())
    expect(await readFile((await attachments.fileOf(sha(photo)))!)).toEqual(photo)
    expect(await readdir(join(dir, 'attachments', sha(offer)))).toEqual(['Offert.pdf'])
    // A second commit of the same token finds nothing.
    expect(await backups.commitImport(token)).toEqual({ outcome: 'expired' })
  })

  it('does not stage a file that is already stored, and keeps the stored one on commit', async () => {
    const { attachments, backups } = service()
    const { zip, photo } = archiveWithTwoFiles()
    const added = await attachments.addBytes('Tavla.jpg', 'image/jpeg', photo)
    if ('outcome' in added) throw new Error('refused')
    const { token } = backups.stage('export.zip', zip)
    expect(await readWhole(backups, token)).toMatchObject({ outcome: 'read', attachments: 1 })
    expect(await backups.commitImport(token)).toEqual({ outcome: 'committed', attachments: 1 })
    expect(await readdir(join(dir, 'attachments', sha(photo)))).toEqual(['Tavla.jpg'])
  })

  it('removes the staging of a cancelled import, leaving the attachments folder as it was', async () => {
    const { backups } = service()
    const { zip } = archiveWithTwoFiles()
    const { token } = backups.stage('export.zip', zip)
    await readWhole(backups, token)
    expect(await backups.discardImport(token)).toEqual({ outcome: 'discarded' })
    expect(await readdir(dir)).not.toContain('attachments')
    expect(await backups.commitImport(token)).toEqual({ outcome: 'expired' })
    expect(await backups.discardImport(token)).toEqual({ outcome: 'expired' })
  })

  it('leaves no staging folder for a refused archive', async () => {
    const { backups } = service()
    const { zip, offer } = archiveWithTwoFiles()
    // The second file's bytes changed: its hash no longer matches (the first one was fine).
    const tampered = Buffer.from(zip)
    const at = tampered.indexOf(offer)
    tampered[at + offer.length - 1] = 'X'.charCodeAt(0)
    const { token } = backups.stage('export.zip', tampered)
    expect(await readWhole(backups, token)).toMatchObject({ outcome: 'damaged' })
    expect(await readdir(dir)).not.toContain('attachments')
  })

  it('removes staging folders left by an earlier process on start, and keeps one of this process', async () => {
    const old = join(dir, 'attachments', '.staging', 'a'.repeat(32))
    const current = join(dir, 'attachments', '.staging', 'b'.repeat(32))
    await mkdir(join(old, 'c'.repeat(64)), { recursive: true })
    await writeFile(join(old, 'c'.repeat(64), 'Offert.pdf'), 'left behind')
    await mkdir(current, { recursive: true })
    const longAgo = new Date('2026-01-01T00:00:00.000Z')
    await utimes(old, longAgo, longAgo)
    const removed = await sweepStaleTempFiles(dir, null, new Date(Date.now() - 60_000))
    expect(removed).toEqual([old])
    expect(await readdir(join(dir, 'attachments', '.staging'))).toEqual(['b'.repeat(32)])
    // Once nothing is left in it, the staging folder itself goes too.
    await rm(current, { recursive: true })
    await sweepStaleTempFiles(dir, null)
    expect(await attachmentsFolder()).toEqual([])
  })

  describe('sweep()', () => {
    it('deletes only the hashes it is named, keeping every other file (a referenced one included)', async () => {
      const { attachments } = service()
      const kept = await attachments.addBytes('Kvar.pdf', 'application/pdf', Buffer.from('still referenced'))
      const gone = await attachments.addBytes('Borta.pdf', 'application/pdf', Buffer.from('no row any more'))
      if ('outcome' in kept || 'outcome' in gone) throw new Error('refused')
      clock += SWEEP_GRACE_MS
      expect(await attachments.sweep([gone.sha256, gone.sha256, 'f'.repeat(64)])).toEqual({ deleted: 1, kept: 0 })
      expect(await attachmentsFolder()).toEqual([kept.sha256])
    })

    it('keeps a file handed out moments ago: its row may be on its way into the database', async () => {
      const { attachments } = service()
      const fresh = await attachments.addBytes('Ny.pdf', 'application/pdf', Buffer.from('just added'))
      if ('outcome' in fresh) throw new Error('refused')
      clock += SWEEP_GRACE_MS - 1
      expect(await attachments.sweep([fresh.sha256])).toEqual({ deleted: 0, kept: 1 })
      expect(await attachments.fileOf(fresh.sha256)).not.toBeNull()
      clock += 1
      expect(await attachments.sweep([fresh.sha256])).toEqual({ deleted: 1, kept: 0 })
    })
  })

  describe('the channels', () => {
    it('parse their input: only an import token, only SHA-256 hashes', async () => {
      const services = createServices({
        dataFolder: dir,
        appName: 'Mätbar',
        appVersion: '1',
        shell: 'browser',
        desktop: BROWSER_DESKTOP
      })
      for (const channel of ['portfolio:commitImport', 'portfolio:discardImport'] as const)
        for (const bad of ['../../attachments', '.staging', 'a'.repeat(31), null])
          expect(await dispatch(services, channel, { token: bad }), `${channel} ${String(bad)}`).toMatchObject({
            ok: false,
            error: { code: 'invalid-input' }
          })
      expect(await dispatch(services, 'attachments:sweep', { hashes: ['../settings.json'] })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' }
      })
      const { zip } = archiveWithTwoFiles()
      const opened = await dispatch(services, 'portfolio:uploadImport', {
        fileName: 'export.zip',
        dataBase64: zip.toString('base64')
      })
      const value = (opened.ok ? opened.value : null) as { outcome: string; token: string } | null
      if (value?.outcome !== 'opened') throw new Error('not opened')
      const token = value.token
      expect(await dispatch(services, 'portfolio:readImport', { token })).toMatchObject({ ok: true })
      expect(await dispatch(services, 'portfolio:commitImport', { token })).toEqual({
        ok: true,
        value: { outcome: 'committed', attachments: 2 }
      })
      expect(await attachmentsFolder()).toHaveLength(2)
    })
  })
})
