import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { BROWSER_DESKTOP } from '@main/services/desktop'
import type { Desktop } from '@main/services/desktop'
import { createDocumentServices } from '@main/services/documents'
import { createServices, dispatch } from '@main/services/index'
import { createSettingsStore } from '@main/services/settings-store'
import { renderMatrixPng } from '@main/services/matrix-png'
import type { DocumentBranding, ProposalModel, WorkshopReportModel } from '@shared/document-model'
import { sampleDocumentModels } from '../../helpers/document-fixtures'

let dir: string
let models: { proposal: ProposalModel; report: WorkshopReportModel }
beforeAll(async () => {
  models = await sampleDocumentModels('sv')
})
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'matbar-documents-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const NOW = new Date('2026-11-26T10:00:00.000Z')

function fakeDesktop(savePath: string | null, overrides: Partial<Desktop> = {}) {
  const calls: { save: string[]; open: string[]; show: string[] } = { save: [], open: [], show: [] }
  const desktop: Desktop = {
    ...BROWSER_DESKTOP,
    chooseSavePath: async ({ defaultName }) => {
      calls.save.push(defaultName)
      return savePath
    },
    chooseOpenPaths: async () => [],
    openPath: async (path) => {
      calls.open.push(path)
      return 'done'
    },
    showItemInFolder: async (path) => {
      calls.show.push(path)
      return 'done'
    },
    ...overrides
  }
  return { desktop, calls }
}

function service(desktop: Desktop = BROWSER_DESKTOP) {
  const settings = createSettingsStore(join(dir, 'data'))
  let n = 0
  return createDocumentServices({
    dataFolder: join(dir, 'data'),
    settings,
    desktop,
    now: () => NOW,
    newId: () => `doc-${++n}`
  })
}

/** A model as the renderer sends it: its content, without the branding main adds. */
function content<M extends { branding: DocumentBranding }>(model: M): Omit<M, 'branding'> {
  const { branding: _branding, ...rest } = model
  return rest
}

const proposalRequest = () => ({
  kind: 'proposal' as const,
  engagementId: 'eng-energi',
  workshopId: null,
  model: content(models.proposal)
})

describe('services/documents', () => {
  describe('save()', () => {
    it('asks with the default name, writes the chosen file and a read-only frozen copy with the same SHA-256', async () => {
      const { desktop, calls } = fakeDesktop(join(dir, 'chosen', 'Mitt förslag'))
      const result = await service(desktop).save(proposalRequest())
      expect(calls.save).toEqual([`Förslag – Norrviks kommun – ${models.proposal.date}.docx`])
      if (result.outcome !== 'saved') throw new Error(result.outcome)
      const saved = await readFile(join(dir, 'chosen', 'Mitt förslag.docx'))
      const frozen = await readFile(join(dir, 'data', 'documents', 'doc-1.docx'))
      expect(Buffer.compare(saved, frozen)).toBe(0)
      expect(result.record).toMatchObject({
        id: 'doc-1',
        engagementId: 'eng-energi',
        workshopId: null,
        kind: 'proposal',
        language: 'sv',
        fileName: 'Mitt förslag.docx',
        size: saved.byteLength,
        createdAt: NOW.toISOString()
      })
      expect(result.record.sha256).toBe(createHash('sha256').update(saved).digest('hex'))
      expect((await stat(join(dir, 'data', 'documents', 'doc-1.docx'))).mode & 0o222).toBe(0)
    })

    it('writes nothing when the user cancels', async () => {
      const { desktop } = fakeDesktop(null)
      expect(await service(desktop).save(proposalRequest())).toEqual({ outcome: 'cancelled' })
      await expect(readdir(join(dir, 'data', 'documents'))).rejects.toThrow()
    })

    it('keeps the frozen copy and hands it back for a download without a native dialog', async () => {
      const s = service()
      const result = await s.save({
        kind: 'workshop-report',
        engagementId: 'eng-energi',
        workshopId: 'ws-energi',
        model: content(models.report)
      })
      expect(result.outcome).toBe('download')
      if (result.outcome !== 'download') return
      expect(result.record.fileName).toBe(`Workshoprapport – Norrviks kommun – ${models.report.date}.docx`)
      const { base64 } = await s.read(result.record.id)
      expect(createHash('sha256').update(Buffer.from(base64, 'base64')).digest('hex')).toBe(result.record.sha256)
      expect(await s.list()).toEqual([{ id: result.record.id, size: result.record.size }])
    })

    it('adds the branding of the settings file, with the stored logo', async () => {
      const s = service()
      await s.handlers['branding:setLogo']({
        logo: {
          base64: Buffer.from(
            renderMatrixPng('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', 50)
          ).toString('base64')
        }
      })
      const settings = createSettingsStore(join(dir, 'data'))
      const current = await settings.read()
      await settings.update({ branding: { ...current.branding!, consultantName: 'Eva Ek', company: 'Ek Konsult AB' } })
      const result = await s.save(proposalRequest())
      if (result.outcome !== 'download') throw new Error(result.outcome)
      const files = unzipSync(Buffer.from((await s.read(result.record.id)).base64, 'base64'))
      const text = strFromU8(files['word/document.xml']!)
      expect(text).toContain('Eva Ek')
      expect(text).toContain('Ek Konsult AB')
      expect(Object.keys(files).some((n) => n.startsWith('word/media/'))).toBe(true)
    })
  })

  describe('open() and showInFolder()', () => {
    it('opens and shows the frozen copy, and says when it is missing', async () => {
      const { desktop, calls } = fakeDesktop(join(dir, 'out.docx'))
      const s = service(desktop)
      const result = await s.save(proposalRequest())
      if (result.outcome !== 'saved') throw new Error(result.outcome)
      expect(await s.handlers['documents:open']({ id: 'doc-1' })).toEqual({ result: 'done' })
      expect(await s.handlers['documents:showInFolder']({ id: 'doc-1' })).toEqual({ result: 'done' })
      expect(calls.open).toEqual([join(dir, 'data', 'documents', 'doc-1.docx')])
      expect(calls.show).toEqual(calls.open)
      expect(await s.handlers['documents:open']({ id: 'doc-9' })).toEqual({ result: 'missing' })
    })

    it('refuses ids that would leave the documents folder (path traversal)', async () => {
      const s = service(fakeDesktop(null).desktop)
      for (const id of ['../settings', '..', 'a/b', 'x\u0000']) {
        await expect(s.handlers['documents:open']({ id })).rejects.toThrow()
      }
    })
  })

  describe('branding logo', () => {
    it('stores an uploaded PNG, returns it with its size, and removes it again', async () => {
      const s = service()
      const png = renderMatrixPng('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"/>', 120)
      const settings = await s.handlers['branding:setLogo']({ logo: { base64: Buffer.from(png).toString('base64') } })
      expect(settings.branding?.logoFile).toBe('logo.png')
      expect(await s.handlers['branding:getLogo']()).toMatchObject({ type: 'png', widthPx: 120, heightPx: 60 })
      expect((await s.handlers['branding:setLogo']({ logo: null })).branding?.logoFile).toBeNull()
      expect(await s.handlers['branding:getLogo']()).toBeNull()
    })

    it('refuses bytes that are not a PNG or JPEG and keeps the settings as they were', async () => {
      const s = service()
      await expect(
        s.handlers['branding:setLogo']({ logo: { base64: Buffer.from('<svg/>').toString('base64') } })
      ).rejects.toThrow(/PNG or JPEG/)
      expect(await s.handlers['branding:getLogo']()).toBeNull()
    })

    it('copies a logo chosen in the open dialog into the data folder', async () => {
      const source = join(dir, 'logo-source.png')
      await writeFile(source, renderMatrixPng('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', 30))
      const { desktop } = fakeDesktop(null, { chooseOpenPaths: async () => [source] })
      const result = await service(desktop).handlers['branding:chooseLogo']()
      expect(result.outcome).toBe('chosen')
      await rm(source)
      expect(await readFile(join(dir, 'data', 'branding', 'logo.png'))).toBeInstanceOf(Buffer)
    })
  })

  describe('through dispatch()', () => {
    it('rejects an invalid model before anything is written', async () => {
      const services = createServices({
        dataFolder: join(dir, 'data'),
        appName: 'Mätbar',
        appVersion: 't',
        shell: 'browser',
        desktop: BROWSER_DESKTOP
      })
      const result = await dispatch(services, 'documents:save', {
        ...proposalRequest(),
        model: { ...content(models.proposal), areas: 'many' }
      })
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
      await expect(readdir(join(dir, 'data', 'documents'))).rejects.toThrow()
    })

    it('rejects a model that carries a branding as invalid input', async () => {
      const services = createServices({
        dataFolder: join(dir, 'data'),
        appName: 'Mätbar',
        appVersion: 't',
        shell: 'browser',
        desktop: BROWSER_DESKTOP
      })
      const result = await dispatch(services, 'documents:save', { ...proposalRequest(), model: models.proposal })
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', message: expect.stringMatching(/branding/) }
      })
    })
  })
})
