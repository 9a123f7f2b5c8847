import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, sep } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildArchive, readArchive } from '@main/services/archive'
import { createAttachmentStore } from '@main/services/attachments'
import { BROWSER_DESKTOP } from '@main/services/desktop'
import { createServices, dispatch } from '@main/services/index'

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
    it('round-trips the text and the attachment bytes', () => {
      const data = Buffer.from('photo')
      const zip = buildArchive('{"a":1}', [{ sha256: sha(data), name: 'foto.jpg', data }], {
        format: 'matbar-archive',
        version: 1,
        createdAt: '2026-05-20T10:00:00.000Z',
        appVersion: '1',
        counts: { organisations: 1 },
        attachments: 1
      })
      const read = readArchive(zip)
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
    ])('refuses the whole archive for an entry %j', (entry) => {
      const zip = zipSync({ 'portfolio.json': strToU8('{}'), [entry]: evil })
      const read = readArchive(zip)
      expect(read.ok).toBe(false)
      if (!read.ok) expect(read.path.length).toBeGreaterThan(0)
    })
  })
})
