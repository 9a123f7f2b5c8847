/** An in-memory stand-in for the main process, injected where the app would use window.api or the bridge. */
import type { Channel } from '@shared/ipc/channels'
import type { AppInfo, IpcResult } from '@shared/contract'
import type { DocumentRecord } from '@shared/entities'
import { DocumentRequest } from '@shared/ipc/documents'
import { brandingOf, DEFAULT_SETTINGS, type Settings } from '@shared/settings'
import type { Transport } from '@renderer/platform/transport'

export type FakeMain = {
  transport: Transport
  calls: { channel: Channel; input: unknown }[]
  settings: () => Settings
}

export const FAKE_APP_INFO: AppInfo = {
  name: 'Mätbar',
  version: '0.0.0-test',
  dataFolder: '/tmp/matbar-test-data',
  shell: 'browser'
}

/** A fake main process that keeps settings in memory and records every call. */
export function createFakeMain(initial: Partial<Settings> = {}, info: AppInfo = FAKE_APP_INFO): FakeMain {
  let settings: Settings = { ...DEFAULT_SETTINGS, ...initial }
  const calls: FakeMain['calls'] = []
  const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value })
  const transport: Transport = async (channel, input) => {
    calls.push({ channel, input })
    switch (channel) {
      case 'app:info':
        return ok(info)
      case 'settings:get':
        return ok(settings)
      case 'settings:set':
        settings = { ...settings, ...(input as Partial<Settings>) }
        return ok(settings)
      case 'branding:get':
        return ok(brandingOf(settings))
      case 'branding:getLogo':
        return ok(null)
      // No one erased, nothing found: the erasure log and search of a fresh data folder.
      case 'erasure:log':
        return ok({ entries: [] })
      case 'erasure:record':
        return ok({ entries: 1 })
      case 'erasure:search':
        return ok({ documents: [], backups: [], lockedBackups: 0, unreadable: 0 })
    }
  }
  return { transport, calls, settings: () => settings }
}

/**
 * Makes `main` answer `documents:save` as if the document were written: the request is parsed as main parses it,
 * recorded in `calls`, and answered with a record named `fileName`. Other channels go to the fake as before.
 */
export function saveDocuments(main: FakeMain, fileName: string, id = 'doc-1'): void {
  const inner = main.transport
  main.transport = async (channel, input) => {
    if (channel !== 'documents:save') return inner(channel, input)
    main.calls.push({ channel, input })
    const request = DocumentRequest.parse(input)
    const record: DocumentRecord = {
      id,
      createdAt: '2026-11-30T10:00:00.000Z',
      updatedAt: '2026-11-30T10:00:00.000Z',
      engagementId: request.engagementId,
      workshopId: request.workshopId,
      kind: request.kind,
      language: request.model.language,
      fileName,
      sha256: 'a'.repeat(64),
      size: 40_000
    }
    return { ok: true, value: { outcome: 'saved', record } }
  }
}
