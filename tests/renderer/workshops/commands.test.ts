import { describe, expect, it } from 'vitest'
import { formToWorkshop, workshopToForm } from '@renderer/features/workshops/workshop-form'
import { BUILT_IN_QUESTIONS, ensureQuestionLibrary, saveWorkshop } from '@renderer/features/workshops/commands'
import { freshDb } from '../helpers/db'
import { seedEngagement } from './fixtures'

const NOW = '2026-03-01T12:00:00.000Z'

describe('features/workshops/commands', () => {
  describe('ensureQuestionLibrary()', () => {
    it('seeds the five DOMAIN.md questions into an empty library, once', async () => {
      const db = freshDb()
      await ensureQuestionLibrary(db, NOW)
      await ensureQuestionLibrary(db, NOW)
      const questions = await db.questions.toArray()
      expect(questions).toHaveLength(5)
      expect(questions.every((q) => q.builtIn)).toBe(true)
      expect(questions.map((q) => q.text)).toContain('Vad skulle minska vandaliseringen i vårt fastighetsbestånd?')
    })

    it('leaves a library that already has questions alone', async () => {
      const db = freshDb()
      await db.questions.add({ id: 'own', createdAt: NOW, updatedAt: NOW, text: 'Egen fråga?', builtIn: false })
      await ensureQuestionLibrary(db, NOW)
      expect(await db.questions.count()).toBe(1)
    })
  })

  describe('saveWorkshop()', () => {
    it('links a library question, adds a new question to the library, and replaces the participants', async () => {
      const db = freshDb()
      const { engagement } = await seedEngagement(db)
      await ensureQuestionLibrary(db, NOW)
      const values = { ...workshopToForm(null, engagement.id), date: '2026-05-20', time: '13:00' }
      const fromLibrary = formToWorkshop('w-new', { ...values, startingQuestion: `  ${BUILT_IN_QUESTIONS[1]!.text} ` })
      if (!fromLibrary.ok) throw new Error('form refused')
      await saveWorkshop(
        db,
        fromLibrary.workshop,
        [{ id: null, contactId: null, name: 'Karin', role: 'Ekonomidirektör' }],
        NOW
      )
      expect((await db.workshops.get('w-new'))?.questionId).toBe(BUILT_IN_QUESTIONS[1]!.id)
      expect(await db.questions.count()).toBe(5)

      const written = formToWorkshop('w-new', { ...values, startingQuestion: 'Vad kostar väntetiderna?' })
      if (!written.ok) throw new Error('form refused')
      const [karin] = await db.participants.toArray()
      await saveWorkshop(db, written.workshop, [{ id: null, contactId: null, name: 'Ahmed', role: '' }], NOW)
      const library = await db.questions.toArray()
      expect(library).toHaveLength(6)
      const added = library.find((q) => q.text === 'Vad kostar väntetiderna?')
      expect(added?.builtIn).toBe(false)
      expect((await db.workshops.get('w-new'))?.questionId).toBe(added?.id)
      const participants = await db.participants.toArray()
      expect(participants.map((p) => p.name)).toEqual(['Ahmed'])
      expect(participants[0]!.id).not.toBe(karin!.id)
    })
  })
})
