/** Suggested document names and outside file names: nothing invisible that could disguise what a file is. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultDocumentFileName, sanitizeFileName } from '@main/documents/file-name'
import { sanitizeFileName as sanitizeOutsideName } from '@shared/file-names'

const BIDI = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f'
]
const INVISIBLE = [...BIDI, '\u061c', '\u200b', '\u2060', '\ufeff', '\u00ad']
/** What no suggested name may hold: controls, bidi marks, invisible spaces, and the characters Windows forbids. */
const UNSAFE =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\\/:*?"<>|]/

describe('suggested document file names', () => {
  it.each(BIDI.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase()}`, c]))(
    'leave out the bidi control %s',
    (_name, c) => {
      const name = defaultDocumentFileName('proposal', 'sv', `Kund${c}cod.exe`, '2026-11-30')
      expect(name).toBe('Förslag – Kundcod.exe – 2026-11-30.docx')
    }
  )

  it('leave out a right-to-left override that would make the name read backwards', () => {
    expect(sanitizeFileName('Förslag \u202excod.exe')).toBe('Förslag xcod.exe')
    expect(sanitizeFileName('Norrvik\u200b\ufeffs kommun\u00ad')).toBe('Norrviks kommun')
  })

  it('turn line and paragraph separators into spaces and keep emoji joiners', () => {
    expect(sanitizeFileName('Rad ett\u2028rad två\u2029slut')).toBe('Rad ett rad två slut')
    expect(sanitizeFileName('Team 👩🏽‍💼')).toBe('Team 👩🏽‍💼')
  })

  it('give a Windows device name a "_" in front', () => {
    expect(sanitizeFileName('CON')).toBe('_CON')
    expect(sanitizeFileName('nul.docx')).toBe('_nul.docx')
    expect(sanitizeFileName('Com1 – 2026')).toBe('_Com1 – 2026')
    expect(sanitizeFileName('Console')).toBe('Console')
  })

  it('never hold a control, bidi, invisible or forbidden character, whatever the client is called', () => {
    const hostile = fc.string({
      unit: fc.oneof(
        fc.constantFrom(
          ...INVISIBLE,
          '\u0000',
          '\u0007',
          '\u001b',
          '\u0085',
          '/',
          '\\',
          ':',
          '*',
          '?',
          '"',
          '<',
          '>',
          '|'
        ),
        fc.constantFrom('\u2028', '\u2029', '.', ' ', '\t', '\n'),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })
      ),
      maxLength: 80
    })
    fc.assert(
      fc.property(hostile, (client) => {
        const name = defaultDocumentFileName('workshop-report', 'en', client, '2026-11-30')
        expect(name).not.toMatch(UNSAFE)
        expect(name.endsWith('.docx')).toBe(true)
        expect(sanitizeFileName(client)).not.toMatch(UNSAFE)
        expect(sanitizeFileName(client)).not.toMatch(/^[. ]|[. ]$/)
      }),
      { numRuns: 300 }
    )
  })
})

describe('outside file names (attachments, archives)', () => {
  it('lose zero-width spaces, the byte-order mark and soft hyphens besides the bidi controls', () => {
    expect(sanitizeOutsideName('faktura\u202efdp.exe')).toBe('fakturafdp.exe')
    expect(sanitizeOutsideName('\ufeffrapport\u200b.pdf')).toBe('rapport.pdf')
    expect(sanitizeOutsideName('lång\u00adt namn.pdf')).toBe('långt namn.pdf')
    expect(sanitizeOutsideName('rad\u2028två.pdf')).toBe('rad två.pdf')
  })
})
