import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findJsonSyntaxError } from '@shared/json-syntax'

function parses(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

describe('json-syntax', () => {
  describe('findJsonSyntaxError()', () => {
    it.each([
      ['{"a":}', 5, 1, 6],
      ['{"a":1', 6, 1, 7],
      ['[1,2]x', 5, 1, 6],
      ['', 0, 1, 1],
      ['{\n  "a": tru\n}', 9, 2, 8],
      ['{\n"a": 1,\n}', 10, 3, 1],
      ['[01]', 2, 1, 3],
      ['"a\tb"', 2, 1, 3],
      ['"\\x"', 1, 1, 2],
      ['{"a" 1}', 5, 1, 6],
      ["{'a':1}", 1, 1, 2],
      ['[1,]', 3, 1, 4],
      ['"open', 0, 1, 1]
    ])('locates the error in %j at position %i (line %i, column %i)', (text, position, line, column) => {
      expect(parses(text)).toBe(false)
      expect(findJsonSyntaxError(text)).toMatchObject({ position, line, column })
    })

    it('finds no error in valid JSON', () => {
      fc.assert(
        fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
          expect(findJsonSyntaxError(JSON.stringify(value, null, pretty ? 2 : undefined))).toBeNull()
        })
      )
    })

    it('agrees with JSON.parse on arbitrary JSON-like text', () => {
      const piece = fc.constantFrom(
        '{',
        '}',
        '[',
        ']',
        ',',
        ':',
        '"',
        '\\',
        'a',
        '1',
        '0',
        '-',
        '.',
        'e',
        ' ',
        '\n',
        'true',
        'null',
        '"k"',
        '\\u00e5',
        '\t'
      )
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
          const text = pieces.join('')
          expect(findJsonSyntaxError(text) === null).toBe(parses(text))
        }),
        { numRuns: 2000 }
      )
    })

    it('survives a file nested a million levels deep', () => {
      const text = '['.repeat(1_000_000)
      expect(findJsonSyntaxError(text)).toMatchObject({
        position: 1_000_000,
        reason: expect.stringMatching(/end of the file/)
      })
    })
  })
})
