/** Deleting a row with everything that depends on it (one transaction), remembered so it can be undone. */
import { useCallback, useMemo } from 'react'
import type { TableName } from '@shared/entities'
import { hashesHeldBy, unreferencedHashes } from '@renderer/db/attachment-sweep'
import { deleteWithCascade } from '@renderer/db/cascade'
import type { MatbarDb } from '@renderer/db/db'
import { forgetDeletion, lastDeletion, rememberDeletion, undoLastDeletion, type UndoEntry } from '@renderer/db/undo'
import type { PlatformApi } from '@renderer/platform/api'
import { useApi, useDb } from '@renderer/platform/services'

/**
 * When a deletion's undo window closes (dismissed, or replaced by a newer deletion), the attachment
 * files of its rows that no row refers to any more are deleted by main. Never throws: a file left
 * behind costs only disk space.
 */
export async function sweepAfterUndoWindow(db: MatbarDb, api: PlatformApi, closed: UndoEntry | null): Promise<void> {
  if (!closed) return
  try {
    const hashes = await unreferencedHashes(db, hashesHeldBy(closed))
    if (hashes.length > 0) await api.attachmentsSweep({ hashes })
  } catch {
    // the files stay; a later sweep of the same hashes may take them
  }
}

/** Deletes a row and everything under it, and remembers it under `label` for undo. */
export async function deleteAndRemember(
  db: MatbarDb,
  table: TableName,
  id: string,
  label: string,
  api?: PlatformApi
): Promise<UndoEntry> {
  const previous = lastDeletion(db)
  const entry = rememberDeletion(db, label, await deleteWithCascade(db, table, [id]))
  // Only one deletion can be undone: the one before it leaves its undo window now.
  if (api) await sweepAfterUndoWindow(db, api, previous)
  return entry
}

/** Forgets the last deletion (its undo offer was dismissed) and sweeps the files only it still held. */
export async function dismissDeletion(db: MatbarDb, api?: PlatformApi): Promise<void> {
  const closed = lastDeletion(db)
  forgetDeletion(db)
  if (api) await sweepAfterUndoWindow(db, api, closed)
}

/** The deletion commands bound to the app's database, for components. */
export function useDeletionCommands(): {
  deleteAndRemember: (table: TableName, id: string, label: string) => Promise<UndoEntry>
  undoLastDeletion: () => Promise<UndoEntry | null>
  forgetDeletion: () => void
} {
  const db = useDb()
  const api = useApi()
  const remove = useCallback(
    (table: TableName, id: string, label: string) => deleteAndRemember(db, table, id, label, api),
    [db, api]
  )
  const undo = useCallback(() => undoLastDeletion(db), [db])
  const forget = useCallback(() => void dismissDeletion(db, api), [db, api])
  return useMemo(
    () => ({ deleteAndRemember: remove, undoLastDeletion: undo, forgetDeletion: forget }),
    [remove, undo, forget]
  )
}
