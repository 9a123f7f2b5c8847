/**
 * Writing workshops, their participants and the starting-question library. Each function takes the
 * database first (tests hand in a fresh one); useWorkshopCommands() binds them for the components.
 */
import { useMemo } from 'react'
import type { Participant, StartingQuestion, Workshop } from '@shared/entities'
import type { MatbarDb } from '@renderer/db/db'
import { newId, rowStamp } from '@renderer/lib/ids'
import { useDb } from '@renderer/platform/services'

/**
 * The five starting questions of DOMAIN.md, with the ids the sample portfolio uses, so seeding the
 * library and later loading the sample write the same rows instead of duplicates.
 */
export const BUILT_IN_QUESTIONS: ReadonlyArray<{ id: string; text: string }> = [
  { id: 'q-energi', text: 'Vilka åtgärder skulle minska kommunens energianvändning mest?' },
  { id: 'q-vard', text: 'Vilka problem i vården kostar mest pengar?' },
  { id: 'q-skola', text: 'Vilka faktorer i skolan stjäl mest tid från undervisning och lärande?' },
  { id: 'q-vandalism', text: 'Vad skulle minska vandaliseringen i vårt fastighetsbestånd?' },
  { id: 'q-tillvaxt', text: 'Hur kan kommunen nå tillväxtmålet om 10 % fler invånare på 10 år?' }
]

/** Seeds the library with the five built-in questions when it is empty (first use without the sample). */
export async function ensureQuestionLibrary(db: MatbarDb, now: string): Promise<void> {
  await db.transaction('rw', db.questions, async () => {
    if ((await db.questions.count()) > 0) return
    await db.questions.bulkAdd(
      BUILT_IN_QUESTIONS.map((q): StartingQuestion => ({ ...q, createdAt: now, updatedAt: now, builtIn: true }))
    )
  })
}

/** Same question text, ignoring case and spacing differences the consultant did not mean. */
function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv')
}

export type ParticipantDraft = { id: string | null; contactId: string | null; name: string; role: string }

/**
 * Creates or updates a workshop with its named participants in one transaction. A starting question
 * that is not yet in the library joins it, and the workshop points at the library entry.
 * Returns the workshop's id.
 */
export async function saveWorkshop(
  db: MatbarDb,
  workshop: Omit<Workshop, 'createdAt' | 'updatedAt' | 'questionId'> & { createdAt?: string },
  participants: readonly ParticipantDraft[],
  now: string
): Promise<string> {
  return db.transaction('rw', [db.workshops, db.participants, db.questions], async () => {
    let questionId: string | null = null
    const text = workshop.startingQuestion.trim()
    if (text !== '') {
      const library = await db.questions.toArray()
      const match = library.find((q) => normalise(q.text) === normalise(text))
      if (match) questionId = match.id
      else {
        questionId = newId()
        await db.questions.add({ id: questionId, createdAt: now, updatedAt: now, text, builtIn: false })
      }
    }
    const existing = await db.workshops.get(workshop.id)
    const row: Workshop = {
      ...workshop,
      startingQuestion: text,
      questionId,
      createdAt: existing?.createdAt ?? workshop.createdAt ?? now,
      updatedAt: now
    }
    await db.workshops.put(row)
    const before = await db.participants.where('workshopId').equals(workshop.id).toArray()
    const keep = new Set(participants.flatMap((p) => (p.id ? [p.id] : [])))
    await db.participants.bulkDelete(before.filter((p) => !keep.has(p.id)).map((p) => p.id))
    const byId = new Map(before.map((p) => [p.id, p]))
    await db.participants.bulkPut(
      participants.map((p): Participant => {
        const old = p.id ? byId.get(p.id) : undefined
        return {
          ...rowStamp(old, now),
          workshopId: workshop.id,
          contactId: p.contactId,
          name: p.name.trim(),
          role: p.role.trim()
        }
      })
    )
    return workshop.id
  })
}

const currentTime = () => new Date().toISOString()

/** The workshop writes bound to the app's database and the current time, for components. */
export function useWorkshopCommands() {
  const db = useDb()
  return useMemo(
    () => ({
      ensureQuestionLibrary: () => ensureQuestionLibrary(db, currentTime()),
      saveWorkshop: (
        workshop: Omit<Workshop, 'createdAt' | 'updatedAt' | 'questionId'>,
        participants: readonly ParticipantDraft[]
      ) => saveWorkshop(db, workshop, participants, currentTime())
    }),
    [db]
  )
}
