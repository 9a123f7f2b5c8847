import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { i18n } from '@renderer/i18n/i18n'
import {
  FORM_ERRORS,
  FORM_PARSE_OPTIONS,
  dateField,
  decodeError,
  errorText,
  fieldErrors,
  gradeField,
  numberAs,
  numberField
} from '@renderer/forms'

/** The message the one error map gives for the first issue of parsing `input` with `schema`. */
function messageOf(schema: z.ZodType, input: unknown): string | undefined {
  const result = schema.safeParse(input, FORM_PARSE_OPTIONS)
  return result.success ? undefined : result.error.issues[0]?.message
}

describe('forms/error-map', () => {
  describe('formErrorMap()', () => {
    it.each([
      ['an empty required text', z.string().min(1), '', 'forms.errors.required'],
      ['a text below its minimum', z.string().min(3), 'ab', 'forms.errors.tooSmall|3'],
      ['a text over its maximum', z.string().max(300), 'x'.repeat(301), 'forms.errors.tooLong|300'],
      ['a number over its maximum', z.number().max(6), 7, 'forms.errors.tooBig|6'],
      ['a number under its minimum', z.number().min(0), -1, 'forms.errors.tooSmall|0'],
      ['a bad e-mail address', z.email(), 'namn@', 'forms.errors.email'],
      ['a bad date', z.iso.date(), '2026-13-01', 'forms.errors.date'],
      ['a bad time', z.iso.time(), '25:00', 'forms.errors.time'],
      ['a bad pattern', z.string().regex(/^\d+$/), 'x', 'forms.errors.format'],
      ['a value outside an enum', z.enum(['a', 'b']), 'c', 'forms.errors.choose'],
      ['a wrong type', z.number(), 'x', 'forms.errors.invalid']
    ])('maps %s to its key', (_name, schema, input, expected) => {
      expect(messageOf(schema, input)).toBe(expected)
    })

    it('passes a refinement’s own key through', () => {
      expect(
        messageOf(
          z.string().refine(() => false, FORM_ERRORS.amount),
          'x'
        )
      ).toBe('forms.errors.amount')
    })
  })

  describe('errorText()', () => {
    it('translates a key and the value the message carries, in the current language', async () => {
      expect(errorText(i18n.t, 'forms.errors.required')).toBe('Fyll i det här fältet.')
      expect(errorText(i18n.t, 'forms.errors.tooLong|300')).toBe('Högst 300 tecken.')
      expect(errorText(i18n.t, 'forms.errors.saveFailed', { message: 'disken är full' })).toBe(
        'Det gick inte att spara: disken är full'
      )
      await i18n.changeLanguage('en')
      expect(errorText(i18n.t, 'forms.errors.tooLong|300')).toBe('At most 300 characters.')
    })

    it('gives nothing for no error', () => {
      expect(errorText(i18n.t, undefined)).toBe('')
      expect(errorText(i18n.t, '')).toBe('')
    })
  })

  describe('decodeError()', () => {
    it('splits a key from its value at the first bar only', () => {
      expect(decodeError('forms.errors.tooLong|300')).toEqual({ key: 'forms.errors.tooLong', values: { value: '300' } })
      expect(decodeError('clients.orgNumber.duplicate|A|B kommun')).toEqual({
        key: 'clients.orgNumber.duplicate',
        values: { value: 'A|B kommun' }
      })
      expect(decodeError('forms.errors.required')).toEqual({ key: 'forms.errors.required', values: {} })
    })
  })

  describe('fieldErrors()', () => {
    it('keeps the first problem of each top-level field', () => {
      const schema = z.object({ a: z.string().min(1).max(2), b: gradeField, c: z.string() })
      const result = schema.safeParse({ a: '', b: '7', c: 'ok' }, FORM_PARSE_OPTIONS)
      expect(result.success).toBe(false)
      expect(fieldErrors(result.error!)).toEqual({ a: 'forms.errors.required', b: 'forms.errors.grade' })
    })
  })
})

describe('forms/fields', () => {
  describe('numberField()', () => {
    it.each([
      ['', {}, null],
      ['1 200 000', {}, 1_200_000],
      ['12,5', {}, 12.5],
      ['850 000 kr', { min: 0 }, 850_000],
      ['8', { min: 0, integer: true }, 8]
    ])('reads %j with %j as %j', (text, options, expected) => {
      expect(numberField(options).parse(text)).toBe(expected)
    })

    it.each([
      ['mycket', {}, 'forms.errors.number'],
      ['-1', { min: 0 }, 'forms.errors.negative'],
      ['2', { min: 5 }, 'forms.errors.tooSmall|5'],
      ['2,5', { integer: true }, 'forms.errors.wholeNumber']
    ])('refuses %j with %j as %j', (text, options, expected) => {
      expect(messageOf(numberField(options), text)).toBe(expected)
    })
  })

  describe('numberAs()', () => {
    const size = z.number().int().nonnegative().nullable()
    it('accepts what the entity field accepts after parsing, blank included', () => {
      expect(numberAs(size, FORM_ERRORS.wholeNumber).safeParse('42 300').success).toBe(true)
      expect(numberAs(size, FORM_ERRORS.wholeNumber).safeParse('').success).toBe(true)
    })
    it.each(['4,5', '-1', 'många'])('refuses %j with the given key', (text) => {
      expect(messageOf(numberAs(size, FORM_ERRORS.wholeNumber), text)).toBe('forms.errors.wholeNumber')
    })
  })

  describe('dateField', () => {
    it('reads a date, blank as null, and refuses an impossible one', () => {
      expect(dateField.parse(' 2026-02-12 ')).toBe('2026-02-12')
      expect(dateField.parse('')).toBeNull()
      expect(messageOf(dateField, '2026-02-30')).toBe('forms.errors.date')
    })
  })

  describe('gradeField', () => {
    it.each([
      ['', null],
      ['1', 1],
      [' 6 ', 6]
    ])('reads %j as %j', (text, expected) => {
      expect(gradeField.parse(text)).toBe(expected)
    })
    it.each(['0', '7', '3,5', 'bra', '12'])('refuses %j', (text) => {
      expect(messageOf(gradeField, text)).toBe('forms.errors.grade')
    })
  })
})
