/** Writing organisations: saving with the duplicate-number rule. */
import { useCallback } from 'react'
import { Organisation } from '@shared/entities'
import type { MatbarDb } from '@renderer/db/db'
import { useDb } from '@renderer/platform/services'

/** Refusal of a second organisation with the same organisation number; names the one that has it. */
export class DuplicateOrgNumberError extends Error {
  override name = 'DuplicateOrgNumberError'
  constructor(
    readonly orgNumber: string,
    readonly existing: { id: string; name: string }
  ) {
    super(`Organisation number ${orgNumber} already belongs to ${existing.name}`)
  }
}

/**
 * Validates and stores an organisation (new or changed). The duplicate check and the write run in one
 * transaction, so two saves cannot both pass the check. Throws DuplicateOrgNumberError or a ZodError.
 */
export async function saveOrganisation(db: MatbarDb, row: Organisation): Promise<Organisation> {
  const valid = Organisation.parse(row)
  return db.transaction('rw', db.organisations, async () => {
    if (valid.orgNumber !== null) {
      const holders = await db.organisations.where('orgNumber').equals(valid.orgNumber).toArray()
      const other = holders.find((o) => o.id !== valid.id)
      if (other) throw new DuplicateOrgNumberError(valid.orgNumber, { id: other.id, name: other.name })
    }
    await db.organisations.put(valid)
    return valid
  })
}

/** saveOrganisation bound to the app's database, for components. */
export function useSaveOrganisation(): (row: Organisation) => Promise<Organisation> {
  const db = useDb()
  return useCallback((row: Organisation) => saveOrganisation(db, row), [db])
}
