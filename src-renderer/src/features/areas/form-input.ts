/**
 * Form-level input checks shared by the workshop, area and evaluation forms. Fields are strings while
 * edited; zod schemas here turn them into row values and report problems as i18n keys under
 * `inputError.*`, attached to the field they concern.
 */
import { z } from 'zod'

/**
 * Reads a number as a Swedish or English user types it: "1 234 567", "1234,5", "1,234.5" is NOT
 * accepted (ambiguous), "12.5" is. Returns null for blank input and NaN for anything else.
 */
export function parseNumberInput(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/kr$/i, '').replace(/^−/, '-')
  if (compact === '') return null
  if (!/^-?\d+(?:[.,]\d+)?$/.test(compact)) return Number.NaN
  return Number(compact.replace(',', '.'))
}

/** An optional number field; `min` refuses smaller values (e.g. a negative cost). */
export function numberField(options: { min?: number; integer?: boolean } = {}) {
  return z.string().transform((text, ctx): number | null => {
    const value = parseNumberInput(text)
    if (value === null) return null
    if (Number.isNaN(value)) {
      ctx.addIssue({ code: 'custom', message: 'inputError.notANumber' })
      return z.NEVER
    }
    if (options.integer && !Number.isInteger(value)) {
      ctx.addIssue({ code: 'custom', message: 'inputError.notAnInteger' })
      return z.NEVER
    }
    if (options.min !== undefined && value < options.min) {
      ctx.addIssue({ code: 'custom', message: options.min === 0 ? 'inputError.negative' : 'inputError.tooSmall' })
      return z.NEVER
    }
    return value
  })
}

/** An optional calendar date field (YYYY-MM-DD from <input type="date">), blank → null. */
export const dateField = z.string().transform((text, ctx): string | null => {
  if (text.trim() === '') return null
  if (!z.iso.date().safeParse(text.trim()).success) {
    ctx.addIssue({ code: 'custom', message: 'inputError.date' })
    return z.NEVER
  }
  return text.trim()
})

/** A grade field on the 1–6 scale; blank is an unanswered aspect (null). */
export const gradeField = z.string().transform((text, ctx): number | null => {
  const t = text.trim()
  if (t === '') return null
  if (!/^[1-6]$/.test(t)) {
    ctx.addIssue({ code: 'custom', message: 'inputError.grade' })
    return z.NEVER
  }
  return Number(t)
})

/** Field name → i18n key of the first problem found for it. */
export type FieldErrors = Record<string, string>

/** The first issue per top-level field of a failed parse. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {}
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '')
    if (!(key in out)) out[key] = issue.message.startsWith('inputError.') ? issue.message : 'inputError.invalid'
  }
  return out
}
