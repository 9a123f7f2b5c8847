/**
 * Writing evaluations: adding a row, consent and the reference pick, deleting. Each function takes the
 * database first (tests hand in a fresh one); useEvaluationCommands() binds them for the components.
 */
import { useMemo } from 'react'
import { Evaluation } from '@shared/entities'
import type { MatbarDb } from '@renderer/db/db'
import { useDb } from '@renderer/platform/services'

/** Saves one evaluation row. */
export async function addEvaluation(db: MatbarDb, row: Evaluation): Promise<void> {
  await db.evaluations.add(Evaluation.parse(row))
}

/** Changes consent or the reference pick; a comment without consent can never be a reference. */
export async function setEvaluationFlags(
  db: MatbarDb,
  id: string,
  flags: { quotable?: boolean; reference?: boolean },
  now: string
): Promise<void> {
  await db.transaction('rw', db.evaluations, async () => {
    const row = await db.evaluations.get(id)
    if (!row) return
    const quotable = flags.quotable ?? row.quotable
    const reference = quotable && (flags.reference ?? row.reference)
    await db.evaluations.put({ ...row, quotable, reference, updatedAt: now })
  })
}

/** Deletes one evaluation row. */
export async function deleteEvaluation(db: MatbarDb, id: string): Promise<void> {
  await db.evaluations.delete(id)
}

/** The evaluation writes bound to the app's database and the current time, for components. */
export function useEvaluationCommands() {
  const db = useDb()
  return useMemo(
    () => ({
      addEvaluation: (row: Evaluation) => addEvaluation(db, row),
      setEvaluationFlags: (id: string, flags: { quotable?: boolean; reference?: boolean }) =>
        setEvaluationFlags(db, id, flags, new Date().toISOString()),
      deleteEvaluation: (id: string) => deleteEvaluation(db, id)
    }),
    [db]
  )
}
