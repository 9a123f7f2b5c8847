/**
 * Zod fields for values typed as text: optional numbers, optional dates and grades. A form keeps every
 * input as a string while it is edited; these turn the string into the row's value or report one
 * `forms.errors.*` key at the field.
 */
import { z } from 'zod'
import { FORM_ERRORS, withValue } from './error-map'
import { parseNumber } from './numbers'

/**
 * An optional number typed as text (blank → null). `min` refuses smaller values (0: "cannot be
 * negative"), `integer` refuses decimals.
 */
export function numberField(options: { min?: number; integer?: boolean } = {}) {
  return z.string().transform((text, ctx): number | null => {
    const value = parseNumber(text)
    if (value === null) return null
    if (Number.isNaN(value)) {
      ctx.addIssue({ code: 'custom', message: FORM_ERRORS.number })
      return z.NEVER
    }
    if (options.integer && !Number.isInteger(value)) {
      ctx.addIssue({ code: 'custom', message: FORM_ERRORS.wholeNumber })
      return z.NEVER
    }
    if (options.min !== undefined && value < options.min) {
      ctx.addIssue({
        code: 'custom',
        message: options.min === 0 ? FORM_ERRORS.negative : withValue(FORM_ERRORS.tooSmall, options.min)
      })
      return z.NEVER
    }
    return value
  })
}

/**
 * A number typed as text, checked by an entity field's own schema after parsing (so no rule is written
 * twice); the field stays a string, read it with parseNumber when building the row. Blank is null.
 */
export function numberAs(entityField: z.ZodType, message: string = FORM_ERRORS.number) {
  return z.string().refine((text) => {
    const value = parseNumber(text)
    return !Number.isNaN(value) && entityField.safeParse(value).success
  }, message)
}

/** An optional calendar date (YYYY-MM-DD, as <input type="date"> gives it); blank → null. */
export const dateField = z.string().transform((text, ctx): string | null => {
  const trimmed = text.trim()
  if (trimmed === '') return null
  if (!z.iso.date().safeParse(trimmed).success) {
    ctx.addIssue({ code: 'custom', message: FORM_ERRORS.date })
    return z.NEVER
  }
  return trimmed
})

/** A grade on the 1–6 scale; blank is an unanswered aspect (null). */
export const gradeField = z.string().transform((text, ctx): number | null => {
  const trimmed = text.trim()
  if (trimmed === '') return null
  if (!/^[1-6]$/.test(trimmed)) {
    ctx.addIssue({ code: 'custom', message: FORM_ERRORS.grade })
    return z.NEVER
  }
  return Number(trimmed)
})
