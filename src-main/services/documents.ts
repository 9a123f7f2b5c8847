/**
 * Saving Word documents and the branding logo. A saved document is written where the user chooses
 * (native dialog) and, byte for byte, as a frozen read-only copy in <dataFolder>/documents/<id>.docx,
 * so the consultant can always reopen exactly what was sent. The renderer sends the document's content;
 * the branding is added here from the settings file. No `electron` import: dialogs and the shell come
 * in through the Desktop port.
 */
import { randomUUID } from 'node:crypto'
import { chmod, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import { basename, extname, isAbsolute, join, resolve, sep } from 'node:path'
import { MAX_LOGO_BYTES } from '@shared/document-model'
import type { DocumentBranding, DocumentImage } from '@shared/document-model'
import { DocumentRequest } from '@shared/ipc/documents'
import type { SaveDocumentResult } from '@shared/ipc/documents'
import type { ChannelsOf } from '@shared/ipc/channels'
import { documentBranding } from '@shared/document-assembly'
import type { DocumentRecord } from '@shared/entities'
import { Id } from '@shared/entities'
import { brandingOf } from '@shared/settings'
import type { Settings } from '@shared/settings'
import { defaultDocumentFileName } from '../documents/file-name'
import { readImageInfo } from '../documents/image-size'
import { renderDocument, type RenderJob } from '../documents/render'
import { documentTexts } from '../documents/texts'
import { writeFileAtomic } from './atomic-write'
import type { Desktop } from './desktop'
import type { Handlers } from './handlers'
import { sha256Hex } from './hash'
import type { SettingsStore } from './settings-store'

export type DocumentServiceOptions = {
  dataFolder: string
  settings: SettingsStore
  /** Save and open dialogs, open with the system app, show in folder; BROWSER_DESKTOP in the harness (downloads instead). */
  desktop: Desktop
  now?: () => Date
  newId?: () => string
  /** Renders the .docx: in the document worker in the app and the harness (createServices), inline by default. */
  render?: (job: RenderJob) => Promise<Uint8Array>
}

/** Where frozen copies live. */
export const DOCUMENTS_FOLDER = 'documents'
/** Where the logo lives. */
export const BRANDING_FOLDER = 'branding'

/** The dialog title of each kind of document (a document text key). */
const KIND_TEXT: Record<DocumentRequest['kind'], string> = {
  proposal: 'proposal.kind',
  'workshop-report': 'report.kind',
  'follow-up-report': 'followUp.kind'
}

/** Creates the documents and branding services over one data folder. */
export function createDocumentServices(options: DocumentServiceOptions) {
  const desktop = options.desktop
  const now = options.now ?? (() => new Date())
  const newId = options.newId ?? randomUUID
  const render = options.render ?? renderDocument
  const documentsDir = resolve(options.dataFolder, DOCUMENTS_FOLDER)
  const brandingDir = resolve(options.dataFolder, BRANDING_FOLDER)

  /**
   * The frozen copy of a document. The id is parsed with the row-id schema (letters, digits, - and _)
   * and the result checked to stay inside the folder: a crafted id cannot reach another file (path traversal).
   */
  function frozenPath(id: string): string {
    const parsed = Id.parse(id)
    const path = resolve(documentsDir, `${parsed}.docx`)
    if (!path.startsWith(documentsDir + sep)) throw new Error('Invalid document id')
    return path
  }

  async function exists(path: string): Promise<boolean> {
    try {
      return (await stat(path)).isFile()
    } catch {
      return false
    }
  }

  /** The branding as documents use it, from the settings file, with the stored logo's bytes. */
  async function currentBranding(): Promise<DocumentBranding> {
    const settings = brandingOf(await options.settings.read())
    const branding = documentBranding(settings)
    if (settings.logoFile === null) return branding
    try {
      const bytes = new Uint8Array(await readFile(join(brandingDir, settings.logoFile)))
      const info = readImageInfo(bytes)
      if (!info) return branding
      return { ...branding, logo: { ...info, base64: Buffer.from(bytes).toString('base64') } }
    } catch {
      // A logo removed from disk by hand: the document goes out without one rather than failing.
      return branding
    }
  }

  async function save(input: DocumentRequest): Promise<SaveDocumentResult> {
    const request = DocumentRequest.parse(input)
    // The branding is the settings file's: main adds it, the renderer never sends it.
    const branding = await currentBranding()
    const bytes = await render({ request, branding })
    const model = request.model
    const fileName = defaultDocumentFileName(request.kind, model.language, model.client.name, model.date)
    const t = documentTexts(model.language)
    const chosen = await desktop.chooseSavePath({
      title: t(KIND_TEXT[request.kind]),
      defaultName: fileName,
      filters: [{ name: 'Word', extensions: ['docx'] }]
    })
    if (chosen === null) return { outcome: 'cancelled' }
    let savedName = fileName
    if (chosen !== 'unsupported') {
      // The path comes from the native dialog, not from the renderer; still refuse anything relative.
      if (!isAbsolute(chosen)) throw new Error('The save dialog returned a relative path')
      const path = extname(chosen).toLowerCase() === '.docx' ? chosen : `${chosen}.docx`
      await writeFileAtomic(path, bytes)
      savedName = basename(path)
    }
    const id = newId()
    const frozen = frozenPath(id)
    await writeFileAtomic(frozen, bytes)
    // Read-only, so opening the copy in Word cannot change what was sent.
    await chmod(frozen, 0o444).catch(() => undefined)
    const at = now().toISOString()
    const record: DocumentRecord = {
      id,
      createdAt: at,
      updatedAt: at,
      engagementId: request.engagementId,
      workshopId: request.workshopId,
      kind: request.kind,
      language: model.language,
      fileName: savedName,
      sha256: sha256Hex(bytes),
      size: bytes.byteLength
    }
    return chosen === 'unsupported' ? { outcome: 'download', record } : { outcome: 'saved', record }
  }

  async function list(): Promise<{ id: string; size: number }[]> {
    let names: string[]
    try {
      names = await readdir(documentsDir)
    } catch {
      return []
    }
    const out: { id: string; size: number }[] = []
    for (const name of names.sort()) {
      const id = name.endsWith('.docx') ? name.slice(0, -5) : ''
      if (!Id.safeParse(id).success) continue
      const info = await stat(join(documentsDir, name)).catch(() => null)
      if (info?.isFile()) out.push({ id, size: info.size })
    }
    return out
  }

  async function read(id: string): Promise<{ base64: string }> {
    let bytes: Buffer
    try {
      bytes = await readFile(frozenPath(id))
    } catch (error) {
      // Node's message names the absolute path (the user's data folder); the renderer gets none.
      const code = (error as NodeJS.ErrnoException).code
      throw new Error(
        code === 'ENOENT'
          ? 'The saved document is no longer in the documents folder'
          : `The saved document cannot be read (${code ?? 'error'})`,
        { cause: error }
      )
    }
    return { base64: bytes.toString('base64') }
  }

  async function act(id: string, action: (path: string) => Promise<'done' | 'unsupported' | { error: string }>) {
    const path = frozenPath(id)
    if (!(await exists(path))) return { result: 'missing' as const }
    const outcome = await action(path)
    if (typeof outcome === 'object') throw new Error(outcome.error)
    return { result: outcome }
  }

  /** Checks logo bytes and stores them as branding/logo.png or .jpg, replacing any earlier logo. */
  async function storeLogo(bytes: Uint8Array): Promise<Settings> {
    if (bytes.byteLength > MAX_LOGO_BYTES) throw new Error(`The logo is larger than ${MAX_LOGO_BYTES / 1024 / 1024} MB`)
    const info = readImageInfo(bytes)
    if (!info) throw new Error('The logo must be a PNG or JPEG picture')
    const fileName = info.type === 'png' ? 'logo.png' : 'logo.jpg'
    await mkdir(brandingDir, { recursive: true })
    await writeFileAtomic(join(brandingDir, fileName), bytes)
    await rm(join(brandingDir, fileName === 'logo.png' ? 'logo.jpg' : 'logo.png'), { force: true })
    const current = await options.settings.read()
    return options.settings.update({ branding: { ...brandingOf(current), logoFile: fileName } })
  }

  async function chooseLogo(): Promise<{ outcome: 'chosen' | 'cancelled' | 'unsupported'; settings: Settings }> {
    const paths = await desktop.chooseOpenPaths({
      title: 'Logo',
      filters: [{ name: 'PNG, JPEG', extensions: ['png', 'jpg', 'jpeg'] }]
    })
    if (paths === 'unsupported') return { outcome: 'unsupported', settings: await options.settings.read() }
    const path = paths[0]
    if (path === undefined) return { outcome: 'cancelled', settings: await options.settings.read() }
    if (!isAbsolute(path)) throw new Error('The open dialog returned a relative path')
    const info = await stat(path)
    if (info.size > MAX_LOGO_BYTES) throw new Error(`The logo is larger than ${MAX_LOGO_BYTES / 1024 / 1024} MB`)
    // Main copies the picture into the data folder: the document never depends on the original staying put.
    return { outcome: 'chosen', settings: await storeLogo(new Uint8Array(await readFile(path))) }
  }

  async function setLogo(logo: { base64: string } | null): Promise<Settings> {
    if (logo !== null) return storeLogo(new Uint8Array(Buffer.from(logo.base64, 'base64')))
    await rm(join(brandingDir, 'logo.png'), { force: true })
    await rm(join(brandingDir, 'logo.jpg'), { force: true })
    const current = await options.settings.read()
    return options.settings.update({ branding: { ...brandingOf(current), logoFile: null } })
  }

  async function getLogo(): Promise<DocumentImage | null> {
    return (await currentBranding()).logo
  }

  const handlers: Handlers<ChannelsOf<'documents' | 'branding'>> = {
    'documents:save': save,
    'documents:list': async () => list(),
    'documents:read': async ({ id }: { id: string }) => read(id),
    'documents:open': async ({ id }: { id: string }) => act(id, desktop.openPath),
    'documents:showInFolder': async ({ id }: { id: string }) => act(id, desktop.showItemInFolder),
    'branding:get': async () => brandingOf(await options.settings.read()),
    'branding:chooseLogo': async () => chooseLogo(),
    'branding:setLogo': async ({ logo }: { logo: { base64: string } | null }) => setLogo(logo),
    'branding:getLogo': async () => getLogo()
  }
  return { handlers, save, list, read, frozenPath, currentBranding }
}
export type DocumentServices = ReturnType<typeof createDocumentServices>
