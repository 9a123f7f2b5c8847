/** Fresh databases for tests. */
import { createDb, type MatbarDb } from '@renderer/db/db'

let counter = 0

/** A database of its own for each test, so no test sees another's rows. */
export function freshDb(): MatbarDb {
  counter += 1
  return createDb(`matbar-test-${counter}-${Math.random().toString(36).slice(2)}`)
}
