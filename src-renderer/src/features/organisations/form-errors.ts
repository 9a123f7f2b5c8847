/**
 * Form errors in the user's language. The form schemas are derived from the entity schemas, whose
 * messages are English developer text; this error map turns each zod issue into an i18n key (with an
 * optional "|parameter"), which the Field component translates.
 */
import type { TFunction } from 'i18next'
import type { z } from 'zod'

/** Zod parse options for zodResolver: every issue's message becomes "clients.errors.<key>[|param]". */
export const FORM_PARSE_OPTIONS = {
  error: (issue: z.core.$ZodRawIssue): string => {
    // Messages set by our own refinements are already keys.
    if (typeof issue.message === 'string' && issue.message.startsWith('clients.')) return issue.message
    switch (issue.code) {
      case 'too_small':
        return issue.origin === 'string' && Number(issue.minimum) <= 1
          ? 'clients.errors.required'
          : `clients.errors.tooSmall|${String(issue.minimum)}`
      case 'too_big':
        return issue.origin === 'string' ? `clients.errors.tooLong|${String(issue.maximum)}` : `clients.errors.tooBig|${String(issue.maximum)}`
      case 'invalid_format':
        return issue.format === 'email' ? 'clients.errors.email' : issue.format === 'date' ? 'clients.errors.date' : 'clients.errors.format'
      case 'invalid_value':
        return 'clients.errors.choose'
      default:
        return 'clients.errors.invalid'
    }
  }
} as const

/** The translated text of a form error message produced by FORM_PARSE_OPTIONS or a refinement. */
export function errorText(t: TFunction, message: string | undefined): string {
  if (!message) return ''
  const [key, param] = message.split('|')
  return t(key ?? message, { value: param })
}
