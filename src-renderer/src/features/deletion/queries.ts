/** Reading what a deletion would take with it, and the deletion undo would bring back. */
import { useCallback, useSyncExternalStore } from 'react'
import type { TableName } from '@shared/entities'
import { cascadeCounts, planCascade } from '@renderer/db/cascade'
import { lastDeletion, subscribeUndo, type UndoEntry } from '@renderer/db/undo'
import { useDb } from '@renderer/platform/services'

/** Rows per table that deleting one row would remove (the row's own table included). */
export type DeletionCounts = Partial<Record<TableName, number>>

/** A reader of what deleting a row would take with it, counted from the database. */
export function usePlanDeletion(): (table: TableName, id: string) => Promise<DeletionCounts> {
  const db = useDb()
  return useCallback(async (table: TableName, id: string) => cascadeCounts(await planCascade(db, table, [id])), [db])
}

/** The deletion undo would restore (or null); re-renders when it changes. */
export function useLastDeletion(): UndoEntry | null {
  const db = useDb()
  const subscribe = useCallback((listener: () => void) => subscribeUndo(db, listener), [db])
  return useSyncExternalStore(subscribe, () => lastDeletion(db))
}
