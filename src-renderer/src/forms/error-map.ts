/**
 * Form errors in the user's language. Entity schemas carry English developer messages; the one error
 * map here turns each zod issue into an i18n key under `forms.errors.*`, optionally followed by
 * "|<value>" (the limit a message names), which Field translates. A message a refinement sets itself
 * is already a key and passes through unchanged.
 */
import type { TFunction } from 'i18next'
import type { z } from 'zod'

/** Every form error key, for refinements: `.refine(check, FORM_ERRORS.amount)`. */
export const FORM_ERRORS = {
  required: 'forms.errors.required',
  tooSmall: 'forms.errors.tooSmall',
  negative: 'forms.errors.negative',
  tooBig: 'forms.errors.tooBig',
  tooLong: 'forms.errors.tooLong',
  email: 'forms.errors.email',
  date: 'forms.errors.date',
  time: 'forms.errors.time',
  format: 'forms.errors.format',
  choose: 'forms.errors.choose',
  invalid: 'forms.errors.invalid',
  number: 'forms.errors.number',
  wholeNumber: 'forms.errors.wholeNumber',
  amount: 'forms.errors.amount',
  year: 'forms.errors.year',
  grade: 'forms.errors.grade',
  tags: 'forms.errors.tags',
  endBeforeStart: 'forms.errors.endBeforeStart',
  targetBeforeBaseline: 'forms.errors.targetBeforeBaseline',
  targetWrongSide: 'forms.errors.targetWrongSide',
  chooseOrganisation: 'forms.errors.chooseOrganisation',
  saveFailed: 'forms.errors.saveFailed'
} as const

/** A form error key with the value its text names ("forms.errors.tooLong|300"). */
export function withValue(key: string, value: string | number | bigint): string {
  return `${key}|${String(value)}`
}

/** The one zod error map of the app's forms: a zod issue to an i18n key (see the module comment). */
export function formErrorMap(issue: z.core.$ZodRawIssue): string {
  // A message set by our own refinement (or the schema) is already a key.
  if (typeof issue.message === 'string' && issue.message !== '') return issue.message
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return FORM_ERRORS.required
      return withValue(FORM_ERRORS.tooSmall, issue.minimum)
    case 'too_big':
      return withValue(issue.origin === 'string' ? FORM_ERRORS.tooLong : FORM_ERRORS.tooBig, issue.maximum)
    case 'invalid_format':
      if (issue.format === 'email') return FORM_ERRORS.email
      if (issue.format === 'date') return FORM_ERRORS.date
      if (issue.format === 'time') return FORM_ERRORS.time
      return FORM_ERRORS.format
    case 'invalid_value':
      return FORM_ERRORS.choose
    default:
      return FORM_ERRORS.invalid
  }
}

/** Zod parse options carrying the error map: for zodResolver's second argument and for safeParse. */
export const FORM_PARSE_OPTIONS = { error: formErrorMap } as const

/** An error message split into its i18n key and the values its text takes. */
export function decodeError(message: string): { key: string; values: Record<string, string> } {
  const bar = message.indexOf('|')
  if (bar < 0) return { key: message, values: {} }
  return { key: message.slice(0, bar), values: { value: message.slice(bar + 1) } }
}

/** The translated text of an error message from the error map or a refinement; '' when there is none. */
export function errorText(t: TFunction, message: string | undefined, values: Record<string, unknown> = {}): string {
  if (!message) return ''
  const decoded = decodeError(message)
  return t(decoded.key, { ...decoded.values, ...values })
}

/** Field name → the error message (an i18n key) of the first problem found for it. */
export type FieldErrors = Record<string, string>

/**
 * The first problem per top-level field of a failed parse, for forms checked with safeParse rather than
 * useZodForm. Parse with FORM_PARSE_OPTIONS so every message is a key.
 */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {}
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '')
    if (!(key in out)) out[key] = issue.message
  }
  return out
}
