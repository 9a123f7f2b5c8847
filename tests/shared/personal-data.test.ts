import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { personalDataFileName } from '@shared/personal-data'

describe('personal-data', () => {
  describe('personalDataFileName()', () => {
    it('keeps Swedish letters, lower-cases and joins words with hyphens', () => {
      expect(personalDataFileName('Per-Olof Sandström', '2026-03-01T10:00:00.000Z')).toBe(
        'personuppgifter-per-olof-sandström-2026-03-01.json'
      )
    })

    it('falls back to "person" when the name has no letters or digits', () => {
      expect(personalDataFileName(' ../\\:* ', '2026-03-01T10:00:00.000Z')).toBe(
        'personuppgifter-person-2026-03-01.json'
      )
    })

    it('never yields a path separator, a reserved character or a leading dot for any name', () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 200 }), (name) => {
          const file = personalDataFileName(name, '2026-03-01T10:00:00.000Z')
          expect(file).not.toMatch(/[/\\:*?"<>|\u0000-\u001f]/)
          expect(file.startsWith('personuppgifter-')).toBe(true)
          expect(file.endsWith('-2026-03-01.json')).toBe(true)
          expect(file.length).toBeLessThanOrEqual(100)
        })
      )
    })
  })
})
