/** Deleting a row with everything that depends on it (one transaction), remembered so it can be undone. */
import { useCallback, useMemo } from 'react'
import type { TableName } from '@shared/entities'
import { deleteWithCascade } from '@renderer/db/cascade'
import type { MatbarDb } from '@renderer/db/db'
import { forgetDeletion, rememberDeletion, undoLastDeletion, type UndoEntry } from '@renderer/db/undo'
import { useDb } from '@renderer/platform/services'

/** Deletes a row and everything under it, and remembers it under `label` for undo. */
export async function deleteAndRemember(db: MatbarDb, table: TableName, id: string, label: string): Promise<UndoEntry> {
  return rememberDeletion(db, label, await deleteWithCascade(db, table, [id]))
}

/** The deletion commands bound to the app's database, for components. */
export function useDeletionCommands(): {
  deleteAndRemember: (table: TableName, id: string, label: string) => Promise<UndoEntry>
  undoLastDeletion: () => Promise<UndoEntry | null>
  forgetDeletion: () => void
} {
  const db = useDb()
  const remove = useCallback(
    (table: TableName, id: string, label: string) => deleteAndRemember(db, table, id, label),
    [db]
  )
  const undo = useCallback(() => undoLastDeletion(db), [db])
  const forget = useCallback(() => forgetDeletion(db), [db])
  return useMemo(
    () => ({ deleteAndRemember: remove, undoLastDeletion: undo, forgetDeletion: forget }),
    [remove, undo, forget]
  )
}
