/** A new row id (random UUID v4): the one id source for every table. */
export function newId(): string {
  return crypto.randomUUID()
}

/** A row's stamp: the id and createdAt of the row it replaces (new ones when there is none), updatedAt now. */
export function rowStamp(
  existing: { id: string; createdAt: string } | null | undefined,
  now: string
): { id: string; createdAt: string; updatedAt: string } {
  return { id: existing?.id ?? newId(), createdAt: existing?.createdAt ?? now, updatedAt: now }
}
