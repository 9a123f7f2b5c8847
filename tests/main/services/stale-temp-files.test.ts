import { mkdir, mkdtemp, readdir, rm, symlink, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { removeStaleTempFiles } from '@main/services/atomic-write'
import { BROWSER_DESKTOP } from '@main/services/desktop'
import { createServices } from '@main/services/index'
import { SHARED_FOLDER_GRACE_MS, sweepStaleTempFiles } from '@main/services/stale-temp-files'

const hex = 'a1b2c3d4e5f6'
const sha = 'ab'.repeat(32)

describe('stale temp files of killed atomic writes', () => {
  let dir: string
  const longAgo = new Date('2026-01-01T00:00:00.000Z')
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'matbar-stale-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  async function file(path: string, mtime = longAgo) {
    await mkdir(join(path, '..'), { recursive: true })
    await writeFile(path, 'half written')
    await utimes(path, mtime, mtime)
    return path
  }

  describe('removeStaleTempFiles()', () => {
    it('removes only files named like writeFileAtomic temp files and older than the start', async () => {
      const stale = await file(join(dir, `.settings.json.${hex}.tmp`))
      const fresh = await file(join(dir, `.backup.zip.${hex}.tmp`), new Date())
      const others = [
        await file(join(dir, `settings.json.${hex}.tmp`)), // no leading dot
        await file(join(dir, '.notes.tmp')), // no random part
        await file(join(dir, `.x.${hex}.tmp.bak`)),
        await file(join(dir, 'settings.json'))
      ]
      await mkdir(join(dir, `.folder.${hex}.tmp`))
      await symlink(join(dir, 'settings.json'), join(dir, `.link.${hex}.tmp`))
      const removed = await removeStaleTempFiles([dir, join(dir, 'missing')], new Date(Date.now() - 60_000))
      expect(removed).toEqual([stale])
      const left = await readdir(dir)
      expect(left).toContain(`.backup.zip.${hex}.tmp`)
      expect(left).toContain(`.folder.${hex}.tmp`)
      expect(left).toContain(`.link.${hex}.tmp`)
      for (const path of [fresh, ...others]) expect(left).toContain(path.slice(dir.length + 1))
    })
  })

  describe('sweepStaleTempFiles()', () => {
    it('cleans the data folder and its known subfolders, attachment hash folders included', async () => {
      const stale = [
        await file(join(dir, `.settings.json.${hex}.tmp`)),
        await file(join(dir, 'backups', `.Matbar-backup.zip.${hex}.tmp`)),
        await file(join(dir, 'documents', `.doc.docx.${hex}.tmp`)),
        await file(join(dir, 'branding', `.logo.png.${hex}.tmp`)),
        await file(join(dir, 'attachments', sha, `.Offert.pdf.${hex}.tmp`)),
        await file(join(dir, 'attachments', '.incoming-0123456789abcdef'))
      ]
      const elsewhere = await file(join(dir, 'other', `.x.${hex}.tmp`))
      const removed = await sweepStaleTempFiles(dir, null, new Date())
      expect(removed.sort()).toEqual(stale.sort())
      expect(await readdir(join(dir, 'other'))).toEqual([elsewhere.slice(join(dir, 'other').length + 1)])
    })

    it('gives a chosen (perhaps synced) backup folder an hour of grace', async () => {
      const chosen = join(dir, 'synced')
      const old = await file(join(chosen, `.a.zip.${hex}.tmp`), new Date(Date.now() - SHARED_FOLDER_GRACE_MS - 60_000))
      await file(join(chosen, `.b.zip.${hex}.tmp`), new Date(Date.now() - 60_000))
      expect(await sweepStaleTempFiles(dir, chosen, new Date())).toEqual([old])
      expect(await readdir(chosen)).toEqual([`.b.zip.${hex}.tmp`])
    })
  })

  it('runs when the services start (the app and the bridge)', async () => {
    const stale = await file(join(dir, 'backups', `.Matbar-backup.zip.${hex}.tmp`))
    const log: string[] = []
    createServices({
      dataFolder: dir,
      appName: 'Mätbar',
      appVersion: '1.0.0',
      shell: 'browser',
      desktop: BROWSER_DESKTOP,
      log: (msg) => log.push(msg)
    })
    const deadline = Date.now() + 5000
    while (Date.now() < deadline && !log.some((line) => line.includes(stale)))
      await new Promise((r) => setTimeout(r, 10))
    expect(await readdir(join(dir, 'backups'))).toEqual([])
    expect(log.some((line) => line.includes(stale))).toBe(true)
  })
})
