/** A new row id (random UUID v4): the one id source for every table. */
export function newId(): string {
  return crypto.randomUUID()
}
