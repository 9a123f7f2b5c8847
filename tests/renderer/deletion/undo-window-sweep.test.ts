/**
 * Issue 13, point 2: the files of a cascade delete are swept once its undo window closes (the offer
 * is dismissed, or a newer deletion replaces it), never while undo could still bring the rows back,
 * and never a file another row still refers to.
 */
import { describe, expect, it } from 'vitest'
import { addAttachmentRows } from '@renderer/features/attachments/commands'
import { deleteAndRemember, dismissDeletion } from '@renderer/features/deletion/commands'
import { undoLastDeletion } from '@renderer/db/undo'
import { createApi } from '@renderer/platform/api'
import { freshDb } from '../helpers/db'
import { organisationRow } from '../helpers/rows'

const OWN = 'a'.repeat(64)
const SHARED = 'b'.repeat(64)

function sweepingApi() {
  const swept: string[][] = []
  const api = createApi(async (channel, input) => {
    if (channel !== 'attachments:sweep') return { ok: false, error: { code: 'unknown-channel', message: channel } }
    swept.push((input as { hashes: string[] }).hashes)
    return { ok: true, value: { deleted: 0, kept: 0 } }
  })
  return { api, swept }
}

async function twoOrganisations() {
  const db = freshDb()
  const norrvik = organisationRow({ name: 'Norrviks kommun' })
  const other = organisationRow({ name: 'Söderby' })
  await db.organisations.bulkPut([norrvik, other])
  const file = (name: string, sha256: string) => ({ name, sha256, size: 3, mimeType: 'application/pdf' })
  await addAttachmentRows(db, 'organisation', norrvik.id, [file('egen.pdf', OWN), file('delad.pdf', SHARED)])
  await addAttachmentRows(db, 'organisation', other.id, [file('delad.pdf', SHARED)])
  return { db, norrvik, other }
}

describe('features/deletion: the sweep after the undo window', () => {
  it('sweeps nothing while undo is offered, and the files only the deleted rows held once it is dismissed', async () => {
    const { db, norrvik } = await twoOrganisations()
    const { api, swept } = sweepingApi()
    await deleteAndRemember(db, 'organisations', norrvik.id, norrvik.name, api)
    expect(await db.attachments.count()).toBe(1)
    expect(swept).toEqual([])
    await dismissDeletion(db, api)
    // SHARED is still the other organisation's attachment: it is not named.
    expect(swept).toEqual([[OWN]])
  })

  it('sweeps the earlier deletion when a newer one replaces it, keeping what the newer one holds', async () => {
    const { db, norrvik, other } = await twoOrganisations()
    const { api, swept } = sweepingApi()
    await deleteAndRemember(db, 'organisations', norrvik.id, norrvik.name, api)
    await deleteAndRemember(db, 'organisations', other.id, other.name, api)
    // SHARED now has no row, but undoing the second deletion would bring its row back.
    expect(swept).toEqual([[OWN]])
    await dismissDeletion(db, api)
    expect(swept).toEqual([[OWN], [SHARED]])
  })

  it('sweeps nothing after an undo', async () => {
    const { db, norrvik } = await twoOrganisations()
    const { api, swept } = sweepingApi()
    await deleteAndRemember(db, 'organisations', norrvik.id, norrvik.name, api)
    await undoLastDeletion(db)
    await dismissDeletion(db, api)
    expect(swept).toEqual([])
    expect(await db.attachments.count()).toBe(3)
  })
})
