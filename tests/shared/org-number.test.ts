import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  ORG_NUMBER_REASONS,
  isLikelyPersonalNumber,
  luhnCheckDigit,
  orgNumberGroup,
  parseOrgNumber
} from '@shared/org-number'

// An independent Luhn, written the textbook way (whole number, doubling every second digit from the
// right, valid when the total ends in 0), so expected values never come from the module under test.
function luhnValid(tenDigits: string): boolean {
  let total = 0
  const reversed = [...tenDigits].reverse()
  reversed.forEach((ch, i) => {
    let d = ch.charCodeAt(0) - 48
    if (i % 2 === 1) {
      d *= 2
      if (d >= 10) d = Math.floor(d / 10) + (d % 10)
    }
    total += d
  })
  return total % 10 === 0
}

/** The one ending (0-9) that makes nine digits a valid Luhn number, found by trying all ten. */
function completeByTrial(nine: string): string {
  const endings = [...'0123456789'].filter((e) => luhnValid(nine + e))
  if (endings.length !== 1) throw new Error(`expected one ending for ${nine}, got ${endings.join(',')}`)
  return nine + endings[0]
}

const hyphenate = (ten: string): string => `${ten.slice(0, 6)}-${ten.slice(6)}`

/** A valid number from a nine-digit prefix, with the last digit changed to a wrong one. */
function withWrongCheck(ten: string): string {
  const wrong = (Number(ten[9]) + 3) % 10
  return ten.slice(0, 9) + String(wrong)
}

const digit = fc.integer({ min: 0, max: 9 }).map(String)
const prefixWithValidThird = fc
  .tuple(
    fc.array(digit, { minLength: 2, maxLength: 2 }),
    fc.integer({ min: 2, max: 9 }),
    fc.array(digit, { minLength: 6, maxLength: 6 })
  )
  .map(([a, third, b]) => a.join('') + String(third) + b.join(''))

describe('org-number', () => {
  describe('parseOrgNumber()', () => {
    // Public organisation numbers; the test's own Luhn confirms each before it is relied on.
    const known = [
      ['212000-0142', 'Stockholms stad (group 2)'],
      ['202100-5448', 'Skatteverket (group 2)'],
      ['556012-5790', 'AB Volvo (group 5)']
    ] as const
    it.each(known)('accepts the public number %s (%s)', (number) => {
      expect(luhnValid(number.replace('-', ''))).toBe(true)
      expect(parseOrgNumber(number)).toEqual({ ok: true, value: number })
    })

    // Computed numbers across groups, including a third digit of exactly 2 and of 9.
    const prefixes = [
      '212000014',
      '232100001',
      '302000123',
      '556036079',
      '692000042',
      '716400123',
      '802400555',
      '969700111',
      '552000000',
      '559999999'
    ]
    it.each(prefixes)('accepts the computed valid number from prefix %s, with and without hyphen', (prefix) => {
      const ten = completeByTrial(prefix)
      expect(parseOrgNumber(hyphenate(ten))).toEqual({ ok: true, value: hyphenate(ten) })
      expect(parseOrgNumber(ten)).toEqual({ ok: true, value: hyphenate(ten) })
    })

    it.each(prefixes)('refuses prefix %s with every wrong check digit', (prefix) => {
      const ten = completeByTrial(prefix)
      for (const ending of '0123456789') {
        if (ending === ten[9]) continue
        expect(parseOrgNumber(prefix + ending)).toEqual({ ok: false, reason: 'check-digit' })
      }
    })

    it('ignores surrounding whitespace, including tabs, newlines and no-break spaces', () => {
      const ten = completeByTrial('556036079')
      expect(parseOrgNumber(`  ${hyphenate(ten)}\t\n`)).toEqual({ ok: true, value: hyphenate(ten) })
      expect(parseOrgNumber(`\u00a0${ten}\u00a0`)).toEqual({ ok: true, value: hyphenate(ten) })
    })

    it('accepts a typographic dash in the hyphen place and normalises it', () => {
      const ten = completeByTrial('212000014')
      for (const dash of ['\u2010', '\u2011', '\u2013', '\u2212']) {
        expect(parseOrgNumber(`${ten.slice(0, 6)}${dash}${ten.slice(6)}`)).toEqual({ ok: true, value: hyphenate(ten) })
      }
    })

    const valid = completeByTrial('556036079')
    const cases: Array<[string, string, string]> = [
      ['empty', '', 'empty'],
      ['only whitespace', ' \t ', 'empty'],
      ['an inner space', `${valid.slice(0, 6)} ${valid.slice(6)}`, 'spaces'],
      ['spaces around the hyphen', `${valid.slice(0, 6)} - ${valid.slice(6)}`, 'spaces'],
      ['letters', `55603A-${valid.slice(6)}`, 'invalid-characters'],
      ['a letter instead of the check digit', `${valid.slice(0, 6)}-${valid.slice(6, 9)}X`, 'invalid-characters'],
      [
        'a plus sign (the 100-year separator of personal numbers)',
        `${valid.slice(0, 6)}+${valid.slice(6)}`,
        'invalid-characters'
      ],
      ['a slash', `${valid.slice(0, 6)}/${valid.slice(6)}`, 'invalid-characters'],
      ['Arabic-Indic digits', '٥٥٦٠٣٦-٠٧٩٣', 'invalid-characters'],
      ['full-width digits', '５５６０３６－０７９３', 'invalid-characters'],
      ['nine digits', valid.slice(0, 9), 'too-short'],
      ['nine digits with a hyphen', `${valid.slice(0, 6)}-${valid.slice(6, 9)}`, 'too-short'],
      ['only hyphens', '---', 'too-short'],
      ['eleven digits', `${valid}0`, 'too-long'],
      ['the 12-digit form with century prefix', `16${valid}`, 'too-long'],
      ['a hyphen after five digits', `${valid.slice(0, 5)}-${valid.slice(5)}`, 'misplaced-hyphen'],
      ['a hyphen after seven digits', `${valid.slice(0, 7)}-${valid.slice(7)}`, 'misplaced-hyphen'],
      ['a leading hyphen', `-${valid}`, 'misplaced-hyphen'],
      ['a trailing hyphen', `${valid}-`, 'misplaced-hyphen'],
      ['two hyphens', `${valid.slice(0, 6)}--${valid.slice(6)}`, 'misplaced-hyphen'],
      ['a wrong check digit', hyphenate(withWrongCheck(valid)), 'check-digit']
    ]
    it.each(cases)('refuses %s', (_label, input, reason) => {
      expect(parseOrgNumber(input)).toEqual({ ok: false, reason })
    })

    it.each(['0', '1'])('refuses a Luhn-valid number whose third digit is %s', (third) => {
      const ten = completeByTrial(`55${third}036079`)
      expect(luhnValid(ten)).toBe(true)
      expect(parseOrgNumber(ten)).toEqual({ ok: false, reason: 'third-digit' })
    })

    it('only ever returns a reason from ORG_NUMBER_REASONS', () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 16 }), (input) => {
          const result = parseOrgNumber(input)
          if (!result.ok) expect(ORG_NUMBER_REASONS).toContain(result.reason)
        })
      )
    })

    it('accepts exactly what the independent rules accept, for any ten ASCII digits', () => {
      fc.assert(
        fc.property(fc.array(digit, { minLength: 10, maxLength: 10 }), (ds) => {
          const ten = ds.join('')
          const expected = Number(ten[2]) >= 2 && luhnValid(ten)
          expect(parseOrgNumber(ten).ok).toBe(expected)
        }),
        { numRuns: 2000 }
      )
    })

    it('has exactly one valid check digit for every nine-digit prefix whose third digit is 2 or more', () => {
      fc.assert(
        fc.property(prefixWithValidThird, (prefix) => {
          const accepted = [...'0123456789'].filter((e) => parseOrgNumber(prefix + e).ok)
          expect(accepted).toHaveLength(1)
          expect(luhnValid(prefix + accepted[0])).toBe(true)
        }),
        { numRuns: 1000 }
      )
    })

    it('is idempotent and treats the forms with and without hyphen the same', () => {
      fc.assert(
        fc.property(prefixWithValidThird, fc.constantFrom('', ' ', '\t'), (prefix, pad) => {
          const ten = completeByTrial(prefix)
          const once = parseOrgNumber(pad + ten + pad)
          expect(once).toEqual(parseOrgNumber(hyphenate(ten)))
          if (!once.ok) throw new Error('expected a valid number')
          expect(parseOrgNumber(once.value)).toEqual(once)
        })
      )
    })
  })

  describe('luhnCheckDigit()', () => {
    it('agrees with the independent Luhn for any nine digits', () => {
      fc.assert(
        fc.property(fc.array(digit, { minLength: 9, maxLength: 9 }), (ds) => {
          const nine = ds.join('')
          expect(nine + String(luhnCheckDigit(nine))).toBe(completeByTrial(nine))
        })
      )
    })

    it.each(['', '12345678', '1234567890', '12345678a', '٥٥٦٠٣٦٠٧٩'])('throws a RangeError for %j', (bad) => {
      expect(() => luhnCheckDigit(bad)).toThrow(RangeError)
    })
  })

  describe('orgNumberGroup()', () => {
    it.each([
      ['212000014', 'public'],
      ['556036079', 'limited-company'],
      ['802400555', 'non-profit'],
      ['969700111', 'partnership'],
      ['716400123', 'economic-association'],
      ['002000000', 'unknown']
    ])('names the group of a valid number from prefix %s as %s', (prefix, group) => {
      expect(orgNumberGroup(hyphenate(completeByTrial(prefix)))).toBe(group)
    })

    it('returns null for an invalid number', () => {
      expect(orgNumberGroup(withWrongCheck(completeByTrial('212000014')))).toBeNull()
    })
  })

  describe('isLikelyPersonalNumber()', () => {
    it('is true for a Luhn-valid number whose third digit is below 2 (a personal identity number)', () => {
      expect(isLikelyPersonalNumber(hyphenate(completeByTrial('811218987')))).toBe(true)
    })

    it('is false for an organisation number, a broken personal number and garbage', () => {
      expect(isLikelyPersonalNumber(completeByTrial('556036079'))).toBe(false)
      expect(isLikelyPersonalNumber(withWrongCheck(completeByTrial('811218987')))).toBe(false)
      expect(isLikelyPersonalNumber('abc')).toBe(false)
    })
  })
})
