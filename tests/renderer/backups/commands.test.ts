import { describe, expect, it } from 'vitest'
import { exportPortfolio } from '@renderer/db/export-import'
import { rememberDeletion } from '@renderer/db/undo'
import { addAttachmentRows } from '@renderer/features/attachments/commands'
import { importPortfolio, writeUpgradeBackup } from '@renderer/features/backups/commands'
import { createApi } from '@renderer/platform/api'
import { upgradeBackupParts, upgradeBackupPayload } from '@shared/upgrade-backup'
import { makeFixture } from '../../fixtures/portfolio-fixture'
import { freshDb } from '../helpers/db'

const SHA = 'c'.repeat(64)
const TOKEN = '0123456789abcdef0123456789abcdef'

/** An API answering the import's commit and discard and the sweep, recording each call in order. */
function recordingApi(options: { commitFails?: boolean } = {}) {
  const calls: { channel: string; input: unknown }[] = []
  const api = createApi(async (channel, input) => {
    // The erasure log (features/contacts) is read around every import; none here.
    if ((channel as string) === 'erasure:log') return { ok: true, value: { entries: [] } }
    calls.push({ channel, input })
    if (channel === 'portfolio:commitImport')
      return options.commitFails
        ? { ok: false, error: { code: 'internal', message: 'disk full' } }
        : { ok: true, value: { outcome: 'committed', attachments: 0 } }
    if (channel === 'portfolio:discardImport') return { ok: true, value: { outcome: 'discarded' } }
    if (channel === 'attachments:sweep')
      return { ok: true, value: { deleted: (input as { hashes: string[] }).hashes.length, kept: 0 } }
    return { ok: false, error: { code: 'unknown-channel', message: channel } }
  })
  return { api, calls }
}

async function dbWithAttachment() {
  const db = freshDb()
  await addAttachmentRows(db, 'organisation', 'o-1', [
    { name: 'a.pdf', sha256: SHA, size: 3, mimeType: 'application/pdf' }
  ])
  return db
}

describe('features/backups/commands', () => {
  describe('importPortfolio()', () => {
    it('commits the staged files after the rows are written, then sweeps the files no row refers to', async () => {
      const { text } = await exportPortfolio(freshDb(), '1.0.0')
      const db = await dbWithAttachment()
      const { api, calls } = recordingApi()
      const result = await importPortfolio(db, api, text, 'replace', TOKEN)
      expect(result.ok).toBe(true)
      expect(calls).toEqual([
        { channel: 'portfolio:commitImport', input: { token: TOKEN } },
        { channel: 'attachments:sweep', input: { hashes: [SHA] } }
      ])
      expect(await db.attachments.count()).toBe(0)
    })

    it('discards the staged files and sweeps nothing when the file is refused', async () => {
      const db = await dbWithAttachment()
      const { api, calls } = recordingApi()
      const result = await importPortfolio(db, api, '{"not":"a portfolio"}', 'replace', TOKEN)
      expect(result.ok).toBe(false)
      expect(calls).toEqual([{ channel: 'portfolio:discardImport', input: { token: TOKEN } }])
      expect(await db.attachments.count()).toBe(1)
    })

    it('discards the staged files when the transaction fails', async () => {
      const { text } = await exportPortfolio(freshDb(), '1.0.0')
      const db = await dbWithAttachment()
      db.close()
      const { api, calls } = recordingApi()
      const result = await importPortfolio(db, api, text, 'replace', TOKEN)
      expect(result).toMatchObject({ ok: false, kind: 'write' })
      expect(calls).toEqual([{ channel: 'portfolio:discardImport', input: { token: TOKEN } }])
    })

    it('keeps the files a pending undo would bring back', async () => {
      const { text } = await exportPortfolio(freshDb(), '1.0.0')
      const db = await dbWithAttachment()
      const held = 'd'.repeat(64)
      const row = { ...(await db.attachments.toArray())[0]!, id: 'att-deleted', sha256: held }
      rememberDeletion(db, 'Norrviks kommun', { deleted: { attachments: [row] }, unlinked: {} })
      await addAttachmentRows(db, 'organisation', 'o-1', [
        { name: 'b.pdf', sha256: held, size: 3, mimeType: 'application/pdf' }
      ])
      const { api, calls } = recordingApi()
      expect((await importPortfolio(db, api, text, 'replace', TOKEN)).ok).toBe(true)
      expect(calls.filter((c) => c.channel === 'attachments:sweep')).toEqual([
        { channel: 'attachments:sweep', input: { hashes: [SHA] } }
      ])
    })

    it('lets a failed commit reach the caller (the rows are written, their new files are not)', async () => {
      const { text } = await exportPortfolio(freshDb(), '1.0.0')
      const { api } = recordingApi({ commitFails: true })
      await expect(importPortfolio(freshDb(), api, text, 'replace', TOKEN)).rejects.toMatchObject({
        detail: 'disk full'
      })
    })
  })

  describe('writeUpgradeBackup()', () => {
    it('sends the before-upgrade backup through a write session in pieces, joined the same file as the text form', async () => {
      const dump = {
        format: 'matbar-idb-dump',
        database: 'matbar',
        dexieVersion: 1,
        exportedAt: '2026-11-30T12:00:00.000Z',
        stores: makeFixture().tables
      }
      const now = new Date('2026-12-01T00:00:00.000Z')
      const parts = upgradeBackupParts(dump, '2.0.0', now)
      expect(parts?.restorable).toBe(true)
      const calls: { channel: string; input: unknown }[] = []
      const api = createApi(async (channel, input) => {
        calls.push({ channel, input })
        if (channel === 'portfolio:writeBegin') return { ok: true, value: { outcome: 'begun', token: TOKEN } }
        if (channel === 'portfolio:writeChunk') return { ok: true, value: { outcome: 'written', bytes: 1 } }
        if (channel === 'backups:finish')
          return {
            ok: true,
            value: {
              outcome: 'written',
              backup: {
                name: 'matbar-backup-2026-12-01T00-00-00-000Z-before-upgrade.zip',
                createdAt: now.toISOString(),
                reason: 'before-upgrade',
                encrypted: false,
                size: 1,
                counts: null,
                attachmentCount: 0
              },
              missingAttachments: 0
            }
          }
        return { ok: false, error: { code: 'unknown-channel', message: channel } }
      })
      expect((await writeUpgradeBackup(api, parts!)).outcome).toBe('written')
      expect(calls[0]).toMatchObject({
        channel: 'portfolio:writeBegin',
        input: { purpose: { kind: 'backup', reason: 'before-upgrade' }, counts: { organisations: 1 } }
      })
      // Each piece as its text (the bridge transport sends it as UTF-8 bytes; see transport.test.ts).
      const text = calls
        .filter((c) => c.channel === 'portfolio:writeChunk')
        .map((c) => (c.input as { text: string }).text)
        .join('')
      expect(text).toBe(upgradeBackupPayload(JSON.stringify(dump), '2.0.0', now).text)
      expect(calls.at(-1)).toMatchObject({ channel: 'backups:finish', input: { attachments: parts!.attachments } })
      expect(calls.some((c) => (c.channel as string) === 'backups:create')).toBe(false)
    })
  })
})
