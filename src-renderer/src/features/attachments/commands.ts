/** Adding and removing attachment rows; main stores the files, the rows live in Dexie. */
import { Attachment, type AttachmentOwner } from '@shared/entities'
import type { AttachmentFile } from '@shared/files-contract'
import type { z } from 'zod'
import type { MatbarDb } from '@renderer/db/db'
import type { PlatformApi } from '@renderer/platform/api'

export type OwnerType = z.infer<typeof AttachmentOwner>

/** Creates one row per stored file, validated with the Attachment schema, in one transaction. */
export async function addAttachmentRows(db: MatbarDb, ownerType: OwnerType, ownerId: string, files: readonly AttachmentFile[], now = new Date()) {
  const stamp = now.toISOString()
  const rows = files.map((file) =>
    Attachment.parse({
      id: crypto.randomUUID(),
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
