import { describe, expect, it } from 'vitest'
import { exportPortfolio } from '@renderer/db/export-import'
import { addAttachmentRows } from '@renderer/features/attachments/commands'
import { importPortfolio } from '@renderer/features/backups/commands'
import { createApi } from '@renderer/platform/api'
import { freshDb } from '../helpers/db'

const SHA = 'c'.repeat(64)

/** An API whose only channel is attachments:release, recording the hashes it was asked to release. */
function releasingApi() {
  const released: string[] = []
  const api = createApi(async (channel, input) => {
    if (channel !== 'attachments:release') return { ok: false, error: { code: 'unknown-channel', message: channel } }
    released.push((input as { sha256: string }).sha256)
    return { ok: true, value: { outcome: 'deleted' } }
  })
  return { api, released }
}

describe('features/backups/commands', () => {
  describe('importPortfolio()', () => {
    it('releases the stored files that no row refers to after a replace', async () => {
      const { text } = await exportPortfolio(freshDb(), '1.0.0')
      const db = freshDb()
      await addAttachmentRows(db, 'organisation', 'o-1', [
        { name: 'a.pdf', sha256: SHA, size: 3, mimeType: 'application/pdf' }
      ])
      const { api, released } = releasingApi()
      const result = await importPortfolio(db, api, text, 'replace')
      expect(result.ok).toBe(true)
      expect(released).toEqual([SHA])
      expect(await db.attachments.count()).toBe(0)
    })

    it('releases nothing when the file is refused', async () => {
      const db = freshDb()
      await addAttachmentRows(db, 'organisation', 'o-1', [
        { name: 'a.pdf', sha256: SHA, size: 3, mimeType: 'application/pdf' }
      ])
      const { api, released } = releasingApi()
      const result = await importPortfolio(db, api, '{"not":"a portfolio"}', 'replace')
      expect(result.ok).toBe(false)
      expect(released).toEqual([])
      expect(await db.attachments.count()).toBe(1)
    })
  })
})
