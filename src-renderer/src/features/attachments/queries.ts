/** What the attachments feature reads: one owner's attachment rows, live. */
import { useLiveQuery } from 'dexie-react-hooks'
import type { Attachment } from '@shared/entities'
import { useDb } from '@renderer/platform/services'
import type { OwnerType } from './commands'

/** The attachments of one organisation, workshop or area, by name (undefined while loading). */
export function useAttachments(ownerType: OwnerType, ownerId: string): Attachment[] | undefined {
  const db = useDb()
  return useLiveQuery(
    () => db.attachments.where('[ownerType+ownerId]').equals([ownerType, ownerId]).sortBy('name'),
    [db, ownerType, ownerId]
  )
}
