/** Adding and removing attachment rows; main stores the files, the rows live in Dexie. */
import { useMemo } from 'react'
import type { z } from 'zod'
import { Attachment, type AttachmentOwner } from '@shared/entities'
import type { AttachmentFile } from '@shared/ipc/attachments'
import type { MatbarDb } from '@renderer/db/db'
import { newId } from '@renderer/lib/ids'
import type { PlatformApi } from '@renderer/platform/api'
import { useApi, useDb } from '@renderer/platform/services'

export type OwnerType = z.infer<typeof AttachmentOwner>

/** Creates one row per stored file, validated with the Attachment schema, in one write. */
export async function addAttachmentRows(
  db: MatbarDb,
  ownerType: OwnerType,
  ownerId: string,
  files: readonly AttachmentFile[],
  now = new Date()
) {
  const stamp = now.toISOString()
  const rows = files.map((file) =>
    Attachment.parse({
      id: newId(),
      createdAt: stamp,
      updatedAt: stamp,
      ownerType,
      ownerId,
      name: file.name,
      sha256: file.sha256,
      size: file.size,
      mimeType: file.mimeType
    })
  )
  await db.attachments.bulkAdd(rows)
  return rows
}

/** Deletes a row; when no other row refers to its file any more, main deletes the file. */
export async function removeAttachment(db: MatbarDb, api: PlatformApi, id: string): Promise<void> {
  const orphan = await db.transaction('rw', db.attachments, async () => {
    const row = await db.attachments.get(id)
    if (!row) return null
    await db.attachments.delete(id)
    const others = await db.attachments.where('sha256').equals(row.sha256).count()
    return others === 0 ? row.sha256 : null
  })
  // Outside the transaction: IPC inside one would let it commit early.
  if (orphan) await api.attachmentsRelease({ sha256: orphan })
}

/** The attachment writes of one owner, bound to the app's database and API. */
export function useAttachmentCommands(ownerType: OwnerType, ownerId: string) {
  const db = useDb()
  const api = useApi()
  return useMemo(
    () => ({
      add: (files: readonly AttachmentFile[]) => addAttachmentRows(db, ownerType, ownerId, files),
      remove: (id: string) => removeAttachment(db, api, id)
    }),
    [db, api, ownerType, ownerId]
  )
}
