/** The last deletion that can be undone, as React state that follows the undo store. */
import { useCallback, useSyncExternalStore } from 'react'
import { useDb } from '@renderer/platform/services'
import { lastDeletion, subscribeUndo, type UndoEntry } from '@renderer/db/undo'

/** The deletion undo would restore (or null); re-renders when it changes. */
export function useLastDeletion(): UndoEntry | null {
  const db = useDb()
  const subscribe = useCallback((listener: () => void) => subscribeUndo(db, listener), [db])
  return useSyncExternalStore(subscribe, () => lastDeletion(db))
}
