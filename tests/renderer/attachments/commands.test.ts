import { describe, expect, it } from 'vitest'
import { addAttachmentRows, removeAttachment } from '@renderer/features/attachments/commands'
import { createApi } from '@renderer/platform/api'
import { freshDb } from '../helpers/db'

const SHA_A = 'a'.repeat(64)
const SHA_B = 'b'.repeat(64)
const file = (name: string, sha256: string) => ({ name, sha256, size: 12, mimeType: 'text/plain' })

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

describe('features/attachments/commands', () => {
  describe('addAttachmentRows()', () => {
    it('adds one validated row per stored file, owned by the given owner', async () => {
      const db = freshDb()
      const now = new Date('2026-05-20T10:00:00.000Z')
      const rows = await addAttachmentRows(db, 'workshop', 'w-1', [file('a.txt', SHA_A), file('b.txt', SHA_B)], now)
      expect(rows.map((r) => [r.name, r.ownerType, r.ownerId, r.createdAt])).toEqual([
        ['a.txt', 'workshop', 'w-1', now.toISOString()],
        ['b.txt', 'workshop', 'w-1', now.toISOString()]
      ])
      expect(new Set(rows.map((r) => r.id)).size).toBe(2)
      expect(await db.attachments.count()).toBe(2)
    })
  })

  describe('removeAttachment()', () => {
    it('releases the stored file only when no other row refers to it', async () => {
      const db = freshDb()
      const { api, released } = releasingApi()
      const [first] = await addAttachmentRows(db, 'organisation', 'o-1', [file('a.txt', SHA_A)])
      const [second] = await addAttachmentRows(db, 'area', 'a-1', [file('copy of a.txt', SHA_A)])
      await removeAttachment(db, api, first!.id)
      expect(released).toEqual([])
      expect(await db.attachments.count()).toBe(1)
      await removeAttachment(db, api, second!.id)
      expect(released).toEqual([SHA_A])
      expect(await db.attachments.count()).toBe(0)
    })

    it('does nothing for a row that is already gone', async () => {
      const db = freshDb()
      const { api, released } = releasingApi()
      await removeAttachment(db, api, 'no-such-row')
      expect(released).toEqual([])
    })
  })
})
