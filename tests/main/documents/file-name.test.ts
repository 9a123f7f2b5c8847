import { describe, expect, it } from 'vitest'
import { defaultDocumentFileName, sanitizeFileName } from '@main/documents/file-name'

describe('documents/file-name', () => {
  describe('defaultDocumentFileName()', () => {
    it('names a proposal "Förslag – <client> – <date>.docx" and a report in English likewise', () => {
      expect(defaultDocumentFileName('proposal', 'sv', 'Västerås stad', '2026-11-26')).toBe(
        'Förslag – Västerås stad – 2026-11-26.docx'
      )
      expect(defaultDocumentFileName('workshop-report', 'en', 'Region Västerdal', '2026-02-12')).toBe(
        'Workshop report – Region Västerdal – 2026-02-12.docx'
      )
    })

    it('names a follow-up report "Uppföljningsrapport – <client> – <date>.docx", in English "Follow-up report"', () => {
      expect(defaultDocumentFileName('follow-up-report', 'sv', 'Norrviks kommun', '2026-11-30')).toBe(
        'Uppföljningsrapport – Norrviks kommun – 2026-11-30.docx'
      )
      expect(defaultDocumentFileName('follow-up-report', 'en', 'Norrviks kommun', '2026-11-30')).toBe(
        'Follow-up report – Norrviks kommun – 2026-11-30.docx'
      )
    })
  })

  describe('sanitizeFileName()', () => {
    it.each([
      ['characters Windows forbids', 'a/b\\c:d*e?f"g<h>i|j', 'a b c d e f g h i j'],
      ['control characters', 'a\u0000b\u0007c', 'abc'],
      ['trailing dots and spaces', 'Rapport. . ', 'Rapport'],
      ['leading dots (hidden files)', '..secret', 'secret'],
      ['nothing left', '/:*', 'Dokument']
    ])('handles %s', (_name, input, expected) => {
      expect(sanitizeFileName(input)).toBe(expected)
    })

    it('cuts long names to 150 characters without splitting an emoji', () => {
      const name = sanitizeFileName('👍'.repeat(400))
      expect(Array.from(name)).toHaveLength(150)
      expect(name).toBe('👍'.repeat(150))
    })
  })
})
