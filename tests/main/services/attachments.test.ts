import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, sep } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildArchive, readArchive } from '@main/services/archive'
import { createAttachmentStore, nameFilesFromRows } from '@main/services/attachments'
import { createBackupService } from '@main/services/backups'
import { BROWSER_DESKTOP } from '@main/services/desktop'
import type { Desktop } from '@main/services/desktop'
import { createServices, dispatch } from '@main/services/index'
import { makeFixture } from '../../fixtures/portfolio-fixture'
import { readWhole } from './read-whole'

const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex')

const HOSTILE_NAMES = [
  '../../../../etc/passwd',
  '..\\..\\Windows\\System32\\drivers\\etc\\hosts',
  '/etc/shadow',
  'C:\\Users\\Public\\evil.exe',
  'rap\u0000port.pdf',
  'CON',
  'nul.txt',
  'COM1',
  'LPT9.docx',
  '.',
  '..',
  '',
  `${'a'.repeat(300)}.pdf`,
  '\u202eexe.jpg'
]

describe('services/attachments', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'matbar-attachments-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  describe('addBytes()', () => {
    it.each(HOSTILE_NAMES.map((n) => [n]))(
      'stores %j under its hash inside the attachments folder with a safe name',
      async (name) => {
        const store = createAttachmentStore(dir)
        const file = await store.addBytes(name, '', Buffer.from(`content of ${name}`))
        if ('outcome' in file) throw new Error('refused')
        const path = (await store.fileOf(file.sha256))!
        expect(path.startsWith(join(dir, 'attachments', file.sha256) + sep)).toBe(true)
        expect(path.slice(path.lastIndexOf(sep) + 1)).toBe(file.name)
        expect(file.name).not.toMatch(/[/\\\u0000]|^\.|^(con|nul|com\d|lpt\d)(\.|$)/i)
        expect(Buffer.byteLength(file.name)).toBeLessThanOrEqual(200)
        // Nothing was written anywhere else.
        expect(await readdir(dir)).toEqual(['attachments'])
      }
    )

    it('stores the same content once, and refuses files over the limit with a clear answer', async () => {
      const store = createAttachmentStore(dir, 10)
      const a = await store.addBytes('a.txt', 'text/plain', Buffer.from('same'))
      const b = await store.addBytes('b.txt', 'text/plain', Buffer.from('same'))
      expect(a).toMatchObject({ sha256: sha('same') })
      expect(b).toMatchObject({ sha256: sha('same'), name: 'b.txt' })
      expect(await readdir(join(dir, 'attachments'))).toEqual([sha('same')])
      expect(await store.addBytes('big.pdf', '', Buffer.alloc(11))).toEqual({
        outcome: 'too-large',
        fileName: 'big.pdf',
        limit: 10
      })
    })
  })

  describe('addFromPath()', () => {
    it('copies a chosen file, named by its base name only', async () => {
      const source = join(dir, 'Whiteboard Norrvik.jpg')
      await writeFile(source, 'jpeg')
      const store = createAttachmentStore(join(dir, 'data'))
      const file = await store.addFromPath(source)
      expect(file).toEqual({ name: 'Whiteboard Norrvik.jpg', sha256: sha('jpeg'), size: 4, mimeType: 'image/jpeg' })
      expect(await readFile((await store.fileOf(sha('jpeg')))!, 'utf8')).toBe('jpeg')
      expect(await readdir(join(dir, 'data', 'attachments', sha('jpeg')))).toEqual(['Whiteboard Norrvik.jpg'])
    })
  })

  describe('fileOf() / release()', () => {
    it.each([
      '../attachments',
      '..',
      '/etc/passwd',
      'A'.repeat(64),
      'a'.repeat(63),
      `${'a'.repeat(64)}/../x`,
      'a'.repeat(64) + '\u0000'
    ])('treats %j as no attachment at all', async (id) => {
      const store = createAttachmentStore(dir)
      expect(await store.fileOf(id)).toBeNull()
      expect(await store.release(id)).toBe('missing')
    })

    it('deletes the file and its folder', async () => {
      const store = createAttachmentStore(dir)
      const file = await store.addBytes('x.pdf', '', Buffer.from('pdf'))
      if ('outcome' in file) throw new Error('refused')
      expect(await store.release(file.sha256)).toBe('deleted')
      expect(await readdir(join(dir, 'attachments'))).toEqual([])
    })
  })

  describe('the attachments channels', () => {
    it('refuse anything but a SHA-256 as id before any file is touched', async () => {
      const services = createServices({
        dataFolder: dir,
        appName: 'Mätbar',
        appVersion: '1',
        shell: 'browser',
        desktop: BROWSER_DESKTOP
      })
      for (const channel of ['attachments:open', 'attachments:show', 'attachments:release'] as const) {
        for (const bad of ['../../settings.json', '/etc/passwd', 'a'.repeat(64) + '/..', null, 42]) {
          const result = await dispatch(services, channel, { sha256: bad })
          expect(result, `${channel} ${String(bad)}`).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
        }
      }
    })

    it('answer "unsupported" for open and show in the browser harness', async () => {
      const services = createServices({
        dataFolder: dir,
        appName: 'Mätbar',
        appVersion: '1',
        shell: 'browser',
        desktop: BROWSER_DESKTOP
      })
      const added = await dispatch(services, 'attachments:upload', {
        fileName: 'a.txt',
        mimeType: 'text/plain',
        dataBase64: Buffer.from('hej').toString('base64')
      })
      expect(added).toMatchObject({
        ok: true,
        value: { outcome: 'added', files: [{ name: 'a.txt', sha256: sha('hej') }] }
      })
      expect(await dispatch(services, 'attachments:open', { sha256: sha('hej') })).toEqual({
        ok: true,
        value: { outcome: 'unsupported' }
      })
      expect(await dispatch(services, 'attachments:show', { sha256: sha('hej') })).toEqual({
        ok: true,
        value: { outcome: 'unsupported' }
      })
    })
  })
})

describe('services/archive', () => {
  describe('buildArchive() / readArchive()', () => {
    it('round-trips the text and the attachment bytes', async () => {
      const data = Buffer.from('photo')
      const zip = buildArchive('{"a":1}', [{ sha256: sha(data), name: 'foto.jpg', data }], {
        format: 'matbar-archive',
        version: 1,
        createdAt: '2026-05-20T10:00:00.000Z',
        appVersion: '1',
        counts: { organisations: 1 },
        attachments: 1
      })
      const read = await readArchive(zip)
      expect(read.ok).toBe(true)
      if (!read.ok) return
      expect(read.text).toBe('{"a":1}')
      expect(read.attachments).toHaveLength(1)
      expect(Buffer.from(read.attachments[0]!.data).equals(data)).toBe(true)
      expect(read.manifest?.counts).toEqual({ organisations: 1 })
    })

    const evil = Buffer.from('evil')
    it.each([
      [`attachments/${sha(evil)}/../../../evil.sh`],
      [`../../${sha(evil)}`],
      [`/etc/${sha(evil)}`],
      [`attachments/${sha(evil)}/CON`],
      [`attachments/${sha(evil)}/.hidden`],
      [`attachments/${'0'.repeat(64)}/wrong-hash.txt`],
      ['attachments/../portfolio.json'],
      ['other.txt']
    ])('refuses the whole archive for an entry %j', async (entry) => {
      const zip = zipSync({ 'portfolio.json': strToU8('{}'), [entry]: evil })
      const read = await readArchive(zip)
      expect(read.ok).toBe(false)
      if (!read.ok) expect(read.path.length).toBeGreaterThan(0)
    })
  })
})

describe('hostile attachments (issue 13 point 3)', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'matbar-hostile-attachments-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const exe = Buffer.from('MZ\x90\x00 this program cannot be run in DOS mode')

  /** An archive as an attacker builds it: the row looks like a PDF, the entry is named as they like. */
  function hostileArchive(row: { name: string; mimeType: string }, entryName: string, data: Uint8Array = exe) {
    const portfolio = makeFixture()
    Object.assign(portfolio.tables.attachments[0]!, { ...row, sha256: sha(data), size: data.length })
    const text = JSON.stringify(portfolio)
    const zip = buildArchive(text, [{ sha256: sha(data), name: entryName, data }], {
      format: 'matbar-archive',
      version: 1,
      createdAt: '2026-05-20T10:00:00.000Z',
      appVersion: '1',
      counts: null,
      attachments: 1
    })
    return { text, zip: Buffer.from(zip) }
  }

  function service(marks: string[] = []) {
    const attachments = createAttachmentStore(dir, undefined, {
      mark: async (path) => {
        marks.push(path)
        return 'marked'
      }
    })
    const backups = createBackupService({ dataFolder: dir, appVersion: '1', attachments })
    return { attachments, backups }
  }

  it('stores the file under the row’s name, not the archive’s: an .exe posing as Offert-2026.pdf lands as a .pdf', async () => {
    const marks: string[] = []
    const { attachments, backups } = service(marks)
    const { zip } = hostileArchive({ name: 'Offert-2026.pdf', mimeType: 'application/pdf' }, 'Offert-2026.pdf.exe')
    const staged = backups.stage('export.zip', zip)
    expect(await readWhole(backups, staged.token)).toMatchObject({ outcome: 'read', attachments: 1 })
    expect(await backups.commitImport(staged.token)).toEqual({ outcome: 'committed', attachments: 1 })
    expect(await readdir(join(dir, 'attachments', sha(exe)))).toEqual(['Offert-2026.pdf'])
    const path = (await attachments.fileOf(sha(exe)))!
    expect(path.endsWith(`${sep}Offert-2026.pdf`)).toBe(true)
    // On Windows it would carry the mark of the web.
    expect(marks).toEqual([path])
  })

  it('refuses the import, writing nothing, when the row’s own name does not match its type', async () => {
    const { backups } = service()
    const { zip } = hostileArchive({ name: 'Offert-2026.pdf.exe', mimeType: 'application/pdf' }, 'Offert-2026.pdf.exe')
    const staged = backups.stage('export.zip', zip)
    const read = await readWhole(backups, staged.token)
    expect(read).toMatchObject({ outcome: 'damaged', path: '$.tables.attachments[0]', code: 'attachment-type' })
    if (read.outcome !== 'damaged') return
    expect(read.message).toContain('"Offert-2026.pdf.exe"')
    expect(read.message).toContain('"application/pdf"')
    expect(read.message).toContain('run as a program')
    expect(await readdir(dir)).not.toContain('attachments')
  })

  it('writes no file that no row refers to', async () => {
    const { backups } = service()
    const stray = Buffer.from('a file no attachment row names')
    const portfolio = makeFixture()
    const zip = buildArchive(JSON.stringify(portfolio), [{ sha256: sha(stray), name: 'payload.exe', data: stray }], {
      format: 'matbar-archive',
      version: 1,
      createdAt: '2026-05-20T10:00:00.000Z',
      appVersion: '1',
      counts: null,
      attachments: 1
    })
    const staged = backups.stage('export.zip', Buffer.from(zip))
    expect(await readWhole(backups, staged.token)).toMatchObject({ outcome: 'read', attachments: 0 })
    expect(await backups.commitImport(staged.token)).toEqual({ outcome: 'expired' }) // nothing was staged
    expect(await readdir(dir)).not.toContain('attachments')
  })

  it('round-trips the app’s own files, even a CSV the OS reported as an Excel sheet', async () => {
    const { attachments, backups } = service()
    const csv = Buffer.from('Område;Värde\nEnergi;12\n')
    const added = await attachments.addBytes('Mätvärden.csv', 'application/vnd.ms-excel', csv)
    const odd = await attachments.addBytes('Offert.pdf', 'image/png', Buffer.from('%PDF-1.7'))
    if ('outcome' in added || 'outcome' in odd) throw new Error('refused')
    // A type that disagrees with the name is replaced by the extension's own, so the row always passes.
    expect(odd.mimeType).toBe('application/pdf')
    const portfolio = makeFixture()
    const template = portfolio.tables.attachments[0]!
    portfolio.tables.attachments = [added, odd].map((file, i) => ({ ...template, id: `att-${i}`, ...file }))
    const text = JSON.stringify(portfolio)
    await backups.create(text, [added.sha256, odd.sha256], 'manual')
    await attachments.release(added.sha256)
    await attachments.release(odd.sha256)
    const [backup] = (await backups.status()).backups
    const staged = await backups.openBackup(backup!.name)
    expect(await readWhole(backups, staged.token)).toEqual({ outcome: 'read', text, attachments: 2 })
    await backups.commitImport(staged.token)
    expect(await readdir(join(dir, 'attachments', added.sha256))).toEqual(['Mätvärden.csv'])
  })

  it('nameFilesFromRows() takes the first row of a hash, sanitised, and leaves a text that is not JSON to the renderer', () => {
    const data = Buffer.from('x')
    const rows = [
      { sha256: sha(data), name: '../../Rapport.pdf', mimeType: 'application/pdf' },
      { sha256: sha(data), name: 'Annan.pdf', mimeType: '' }
    ]
    const text = JSON.stringify({ tables: { attachments: rows } })
    expect(nameFilesFromRows(text, [{ sha256: sha(data), name: 'evil.exe', data }])).toEqual({
      ok: true,
      files: [{ sha256: sha(data), name: 'Rapport.pdf', data }]
    })
    // A raw database dump (before-upgrade backup) keeps its rows under `stores`.
    const dump = JSON.stringify({
      stores: { attachments: [{ sha256: sha(data), name: 'a.pdf.exe', mimeType: 'application/pdf' }] }
    })
    expect(nameFilesFromRows(dump, [])).toMatchObject({ ok: false, path: '$.stores.attachments[0]' })
    expect(nameFilesFromRows('not json', [{ sha256: sha(data), name: 'evil.exe', data }])).toEqual({
      ok: true,
      files: []
    })
  })

  it('marks every file it writes (added, chosen, restored) for Windows’ mark of the web', async () => {
    const marks: string[] = []
    const { attachments } = service(marks)
    const a = await attachments.addBytes('a.pdf', 'application/pdf', Buffer.from('a'))
    const source = join(dir, 'b.png')
    await writeFile(source, 'b')
    const b = await attachments.addFromPath(source)
    if ('outcome' in a || 'outcome' in b) throw new Error('refused')
    expect(marks).toEqual([await attachments.fileOf(a.sha256), await attachments.fileOf(b.sha256)])
  })

  describe('"Öppna" (attachments:open)', () => {
    /** A desktop that records what it was asked to do instead of doing it. */
    function recordingDesktop() {
      const calls: [string, string][] = []
      const desktop: Desktop = {
        ...BROWSER_DESKTOP,
        openPath: async (path) => {
          calls.push(['openPath', path])
          return 'done'
        },
        showItemInFolder: async (path) => {
          calls.push(['showItemInFolder', path])
          return 'done'
        }
      }
      return { calls, desktop }
    }

    async function stored(name: string, content: string) {
      const { calls, desktop } = recordingDesktop()
      const services = createServices({
        dataFolder: dir,
        appName: 'Mätbar',
        appVersion: '1',
        shell: 'browser',
        desktop
      })
      const data = Buffer.from(content)
      // An earlier version could store any name the archive gave; put such a file in place directly.
      await mkdir(join(dir, 'attachments', sha(data)), { recursive: true })
      await writeFile(join(dir, 'attachments', sha(data), name), data)
      return { calls, services, sha256: sha(data), path: join(dir, 'attachments', sha(data), name) }
    }

    it.each(['Offert-2026.pdf.exe', 'kör.bat', 'app.hta', 'genväg.lnk', 'start.command', 'README'])(
      'shows %j in its folder instead of running it, and says why',
      async (name) => {
        const { calls, services, sha256, path } = await stored(name, `hostile ${name}`)
        const result = await dispatch(services, 'attachments:open', { sha256 })
        expect(calls).toEqual([['showItemInFolder', path]])
        expect(result).toEqual({
          ok: true,
          value: { outcome: 'shown-instead', extension: name.includes('.') ? name.slice(name.lastIndexOf('.')) : '' }
        })
      }
    )

    it.each(['Offert-2026.pdf', 'Whiteboard.JPG', 'Budget.xlsx', 'Avtal.docx'])(
      'opens %j with its app',
      async (name) => {
        const { calls, services, sha256, path } = await stored(name, `document ${name}`)
        expect(await dispatch(services, 'attachments:open', { sha256 })).toEqual({
          ok: true,
          value: { outcome: 'done' }
        })
        expect(calls).toEqual([['openPath', path]])
      }
    )
  })
})
