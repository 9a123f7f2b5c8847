/**
 * The last deletion of each database, kept in memory so it can be undone (a toast's "Ångra" button or
 * Ctrl+Z). Only one level: a newer deletion replaces the older one, as in most desktop apps' "undo delete".
 */
import type { MatbarDb } from './db'
import { restoreSnapshot, type CascadeSnapshot } from './cascade'

export type UndoEntry = {
  /** Distinguishes entries, so a toast can tell a new deletion from the one it showed. */
  serial: number
  /** What was deleted, in the user's words (e.g. the organisation's name). */
  label: string
  snapshot: CascadeSnapshot
}

type Store = { entry: UndoEntry | null; listeners: Set<() => void> }
const stores = new WeakMap<MatbarDb, Store>()
let serial = 0

function storeOf(db: MatbarDb): Store {
  let store = stores.get(db)
  if (!store) {
    store = { entry: null, listeners: new Set() }
    stores.set(db, store)
  }
  return store
}

function notify(store: Store): void {
  for (const listener of store.listeners) listener()
}

/** Remembers a deletion as the one undo will restore. */
export function rememberDeletion(db: MatbarDb, label: string, snapshot: CascadeSnapshot): UndoEntry {
  const store = storeOf(db)
  serial += 1
  store.entry = { serial, label, snapshot }
  notify(store)
  return store.entry
}

/** The deletion undo would restore, or null. */
export function lastDeletion(db: MatbarDb): UndoEntry | null {
  return storeOf(db).entry
}

/** Forgets the last deletion (the user dismissed the offer). */
export function forgetDeletion(db: MatbarDb): void {
  const store = storeOf(db)
  store.entry = null
  notify(store)
}

/** Restores the last deletion in one transaction and forgets it; resolves to what was restored, or null. */
export async function undoLastDeletion(db: MatbarDb): Promise<UndoEntry | null> {
  const store = storeOf(db)
  const entry = store.entry
  if (!entry) return null
  await restoreSnapshot(db, entry.snapshot)
  if (store.entry === entry) store.entry = null
  notify(store)
  return entry
}

/** Calls `listener` whenever the last deletion changes; returns the unsubscribe function. */
export function subscribeUndo(db: MatbarDb, listener: () => void): () => void {
  const store = storeOf(db)
  store.listeners.add(listener)
  return () => store.listeners.delete(listener)
}
