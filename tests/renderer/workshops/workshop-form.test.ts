import { describe, expect, it } from 'vitest'
import { formToWorkshop, workshopToForm } from '@renderer/features/workshops/workshop-form'

describe('features/workshops/workshop-form', () => {
  describe('formToWorkshop()', () => {
    it.each([
      ['text as participant count', { participantCount: 'åtta' }, 'participantCount', 'forms.errors.number'],
      ['a negative participant count', { participantCount: '-2' }, 'participantCount', 'forms.errors.negative'],
      ['half a participant', { participantCount: '2,5' }, 'participantCount', 'forms.errors.wholeNumber'],
      ['no date', { date: '' }, 'date', 'forms.errors.date'],
      ['an impossible date', { date: '2026-02-30' }, 'date', 'forms.errors.date'],
      ['no engagement', { engagementId: '' }, 'engagementId', 'forms.errors.required']
    ])('refuses %s at its field', (_name, patch, field, message) => {
      const result = formToWorkshop('w', { ...workshopToForm(null, 'e1'), date: '2026-05-20', ...patch })
      expect(result.ok ? null : result.errors[field]).toBe(message)
    })

    it('keeps the named participants only, dropping rows with neither a name nor a contact', () => {
      const participants = [
        { id: null, contactId: null, name: 'Karin', role: '' },
        { id: null, contactId: null, name: '  ', role: 'Rektor' },
        { id: null, contactId: 'c1', name: '', role: '' }
      ]
      const result = formToWorkshop('w', { ...workshopToForm(null, 'e1', participants), date: '2026-05-20' })
      expect(result.ok && result.participants.map((p) => p.name || p.contactId)).toEqual(['Karin', 'c1'])
    })

    it('keeps agenda items one per line and the local start time', () => {
      const result = formToWorkshop('w', {
        ...workshopToForm(null, 'e1'),
        date: '2026-05-20',
        time: '08:30',
        agenda: 'Start\n\n Mål \nSlut'
      })
      expect(result.ok && result.workshop.agenda).toEqual(['Start', 'Mål', 'Slut'])
      expect(result.ok && result.workshop.startsAt).toBe('2026-05-20T08:30')
    })
  })
})
