import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Document, Packer, Paragraph, TextRun } from 'docx'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createServices, dispatch } from '@main/services/index'
import { BROWSER_DESKTOP } from '@main/services/desktop'
import { docxXmlText, normaliseText } from '@main/services/erasure-search'
import { ERASURE_LOG_FILE } from '@main/services/erasure-log'
import { patchEntry } from './zip-bombs'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'matbar-erasure-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const kdf = { log2N: 10, r: 8, p: 1 }
let clock = new Date('2026-03-01T10:00:00.000Z')

function services() {
  return createServices({
    dataFolder: dir,
    appName: 'Mätbar',
    appVersion: 't',
    shell: 'browser',
    desktop: BROWSER_DESKTOP,
    kdf,
    now: () => clock
  })
}

async function call(s: ReturnType<typeof services>, channel: string, input?: unknown) {
  const result = await dispatch(s, channel, input)
  if (!result.ok) throw new Error(result.error.message)
  return result.value as Record<string, unknown>
}

/** A manual backup of `text`, written through a write session as the renderer does. */
async function writeBackup(s: ReturnType<typeof services>, text: string) {
  const begun = await call(s, 'portfolio:writeBegin', { purpose: { kind: 'backup', reason: 'manual' }, counts: {} })
  if (begun['outcome'] !== 'begun') throw new Error(String(begun['outcome']))
  await call(s, 'portfolio:writeChunk', { token: begun['token'], text })
  return call(s, 'backups:finish', { token: begun['token'], attachments: [] })
}

/** A frozen copy in the documents folder, the name split over two runs as Word often stores it. */
async function frozenDocument(id: string, paragraphs: TextRun[][]) {
  const doc = new Document({ sections: [{ children: paragraphs.map((children) => new Paragraph({ children })) }] })
  await mkdir(join(dir, 'documents'), { recursive: true })
  const path = join(dir, 'documents', `${id}.docx`)
  await writeFile(path, await Packer.toBuffer(doc))
  await chmod(path, 0o444)
}

function portfolioText(participants: { id: string; name: string }[]) {
  const at = '2026-02-01T10:00:00.000Z'
  return JSON.stringify({
    format: 'matbar-portfolio',
    formatVersion: 1,
    exportedAt: at,
    appVersion: 't',
    tables: {
      participants: participants.map((p) => ({
        ...p,
        createdAt: at,
        updatedAt: at,
        workshopId: 'ws-1',
        contactId: null,
        role: ''
      }))
    }
  })
}

const SEARCH = { names: ['Maria Öberg'], phrases: [], ids: ['part-x1'] }

describe('services/erasure', () => {
  describe('normaliseText() and docxXmlText()', () => {
    it('compares whole words, whatever the case, accents composed or not, and punctuation', () => {
      expect(normaliseText('  MARIA  Öberg, Upphandlare')).toBe(' maria öberg upphandlare ')
      expect(normaliseText('Maria O\u0308berg')).toContain(' maria öberg ')
      expect(normaliseText('Ekbackaskolan').includes(normaliseText('Ek'))).toBe(false)
    })

    it('joins the runs of a paragraph and decodes entities', () => {
      const xml =
        '<w:p><w:r><w:t>Mar</w:t></w:r><w:r><w:t xml:space="preserve">ia Ö</w:t></w:r><w:r><w:t>berg &amp; Co</w:t></w:r></w:p>' +
        '<w:p><w:r><w:t>Nästa</w:t></w:r></w:p>'
      expect(docxXmlText(xml)).toBe('Maria Öberg & Co\nNästa')
    })
  })

  describe("dispatch('erasure:search')", () => {
    it('lists a frozen document naming the person (split over runs) and not one that does not', async () => {
      await frozenDocument('doc-named', [
        [new TextRun('Deltagare: '), new TextRun('Maria Ö'), new TextRun({ text: 'berg', bold: true })]
      ])
      await frozenDocument('doc-other', [[new TextRun('Deltagare: Mariana Öbergsson')]])
      const s = services()
      const result = await call(s, 'erasure:search', SEARCH)
      expect(result['documents']).toEqual([{ id: 'doc-named' }])
      expect(result['unreadable']).toBe(0)
    })

    it('lists a document quoting a comment the person wrote, but not for a short everyday comment', async () => {
      await frozenDocument('doc-quote', [[new TextRun('”Äntligen pratar vi om lärarnas tid med siffror.”')]])
      const s = services()
      const long = await call(s, 'erasure:search', {
        names: [],
        phrases: ['Äntligen pratar vi om lärarnas tid med siffror'],
        ids: []
      })
      expect(long['documents']).toEqual([{ id: 'doc-quote' }])
      const short = await call(s, 'erasure:search', { names: [], phrases: ['tid'], ids: [] })
      expect(short['documents']).toEqual([])
    })

    it('lists a clear backup holding the id, not one without it, and counts an unreadable one', async () => {
      const s = services()
      clock = new Date('2026-03-01T10:00:00.000Z')
      await writeBackup(s, portfolioText([{ id: 'part-x1', name: 'Maria Öberg' }]))
      clock = new Date('2026-03-01T11:00:00.000Z')
      await writeBackup(s, portfolioText([{ id: 'part-x2', name: 'Jonas Håkansson' }]))
      const names = (await readdir(join(dir, 'backups'))).sort()
      expect(names).toHaveLength(2)
      await writeFile(join(dir, 'backups', names[1]!.replace('11-00-00', '12-00-00')), 'PK not a zip')
      const result = await call(s, 'erasure:search', SEARCH)
      expect(result['backups']).toEqual([{ name: names[0], encrypted: false }])
      expect(result['unreadable']).toBe(1)
      expect(result['lockedBackups']).toBe(0)
    })

    it('counts a backup whose portfolio entry claims 500 MiB as unreadable, without inflating it', async () => {
      const s = services()
      await writeBackup(s, portfolioText([{ id: 'part-x1', name: 'Maria Öberg' }]))
      const [name] = await readdir(join(dir, 'backups'))
      const path = join(dir, 'backups', name!)
      await writeFile(path, patchEntry(await readFile(path), 'portfolio.json', 'size', 500 * 1024 * 1024))
      const before = process.memoryUsage().arrayBuffers
      const started = Date.now()
      const result = await call(s, 'erasure:search', SEARCH)
      expect(result).toMatchObject({ backups: [], unreadable: 1 })
      expect(Date.now() - started).toBeLessThan(5000)
      expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(100 * 1024 * 1024)
    })

    it('searches encrypted backups while unlocked, and only counts them while locked', async () => {
      const s = services()
      await call(s, 'backups:setEncryption', { enabled: true, password: 'ett långt lösenord' })
      await writeBackup(s, portfolioText([{ id: 'part-x1', name: 'Maria Öberg' }]))
      const unlocked = await call(s, 'erasure:search', SEARCH)
      expect(unlocked['backups']).toEqual([{ name: expect.stringMatching(/\.enc$/), encrypted: true }])
      const locked = await call(services(), 'erasure:search', SEARCH)
      expect(locked).toMatchObject({ backups: [], lockedBackups: 1 })
    })
  })

  describe("dispatch('erasure:deleteFiles')", () => {
    it('deletes what the last search listed, read-only frozen copies included, and nothing else', async () => {
      await frozenDocument('doc-named', [[new TextRun('Maria Öberg')]])
      await frozenDocument('doc-kept', [[new TextRun('Maria Öberg')]])
      const s = services()
      await writeBackup(s, portfolioText([{ id: 'part-x1', name: 'Maria Öberg' }]))
      const [backup] = await readdir(join(dir, 'backups'))
      // Not searched yet: nothing may be deleted by name alone.
      expect(await call(s, 'erasure:deleteFiles', { documents: ['doc-named'], backups: [backup] })).toEqual({
        documents: [],
        backups: [],
        failed: 2
      })
      await call(s, 'erasure:search', SEARCH)
      expect(await call(s, 'erasure:deleteFiles', { documents: ['doc-named'], backups: [backup] })).toEqual({
        documents: ['doc-named'],
        backups: [backup],
        failed: 0
      })
      expect(await readdir(join(dir, 'documents'))).toEqual(['doc-kept.docx'])
      expect(await readdir(join(dir, 'backups'))).toEqual([])
    })

    it('refuses a path in place of a backup name', async () => {
      const result = await dispatch(services(), 'erasure:deleteFiles', { documents: [], backups: ['../settings.json'] })
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    })
  })

  describe("dispatch('erasure:record') and ('erasure:log')", () => {
    it('keeps ids and times only, in a file in the data folder, appending', async () => {
      const s = services()
      const record = { kind: 'participant', contactIds: [], participantIds: ['part-x1'], evaluationIds: ['e-1'] }
      expect(await call(s, 'erasure:record', { record })).toEqual({ entries: 1 })
      expect(
        await call(services(), 'erasure:record', { record: { ...record, kind: 'contact', contactIds: ['c-1'] } })
      ).toEqual({ entries: 2 })
      const { entries } = await call(s, 'erasure:log')
      expect(entries).toEqual([
        { ...record, at: clock.toISOString() },
        { ...record, kind: 'contact', contactIds: ['c-1'], at: clock.toISOString() }
      ])
      expect(await readFile(join(dir, ERASURE_LOG_FILE), 'utf8')).not.toMatch(/Öberg|Maria/)
    })

    it('refuses a name where an id belongs, and never overwrites a damaged log', async () => {
      const s = services()
      const bad = await dispatch(s, 'erasure:record', {
        record: { kind: 'participant', contactIds: [], participantIds: ['Maria Öberg'], evaluationIds: [] }
      })
      expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
      await writeFile(join(dir, ERASURE_LOG_FILE), '{"format":"matbar-erasure-log","version":1,"entries":[{')
      const record = { kind: 'participant', contactIds: [], participantIds: ['p'], evaluationIds: [] }
      const result = await dispatch(s, 'erasure:record', { record })
      expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/damaged/) } })
      expect(await readFile(join(dir, ERASURE_LOG_FILE), 'utf8')).toMatch(/\[\{$/)
    })
  })
})
