/**
 * Zod fields for values typed as text: optional numbers, optional dates and grades. A form keeps every
 * input as a string while it is edited; these turn the string into the row's value or report one
 * `forms.errors.*` key at the field.
 */
import { format, isValid, parse } from 'date-fns'
import { enGB as dateFnsEnGB, sv as dateFnsSv } from 'date-fns/locale'
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

/** An optional calendar date (YYYY-MM-DD, as the kit's DateField gives it); blank → null. */
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

/**
 * Dates and times as the user reads and types them, in the app's language and not the operating
 * system's: the form value stays ISO (YYYY-MM-DD, HH:mm), only the text in the box follows the language.
 * Swedish shows 2026-06-11 and 09.30; English shows 11 Jun 2026 and 09:30 and takes day-first dates
 * (11/06/2026, British order: the app's English is British and a US month-first date would be misread
 * silently; the box shows the date back in words once it is left, so a misreading is visible).
 */
type TextLanguage = 'sv' | 'en'

const ISO_DATE = 'yyyy-MM-dd'
/** What a date box shows, per language. */
const DATE_DISPLAY: Record<TextLanguage, string> = { sv: ISO_DATE, en: 'd MMM yyyy' }
/** What a date box takes, per language (tried in order; ISO in both). */
const DATE_INPUT: Record<TextLanguage, readonly string[]> = {
  sv: ['yyyy-M-d', 'yyyyMMdd', 'd/M/yyyy'],
  en: ['yyyy-M-d', 'yyyyMMdd', 'd/M/yyyy', 'd.M.yyyy', 'd MMM yyyy', 'd MMMM yyyy', 'MMM d, yyyy', 'MMMM d, yyyy']
}
const DATE_LOCALE = { sv: dateFnsSv, en: dateFnsEnGB } as const

/** A typed date as ISO YYYY-MM-DD, or null when it is not a real date in a form the language takes. */
export function parseDateText(text: string, language: TextLanguage): string | null {
  const trimmed = text.trim().replace(/\s+/g, ' ')
  if (trimmed === '') return null
  for (const pattern of DATE_INPUT[language]) {
    const date = parse(trimmed, pattern, new Date(2000, 0, 1), { locale: DATE_LOCALE[language] })
    // Four-digit years only: "26-06-11" is not year 26.
    if (isValid(date) && date.getFullYear() >= 1000 && date.getFullYear() <= 9999) return format(date, ISO_DATE)
  }
  return null
}

/** An ISO date as the language shows it; anything else (a half-typed text) is returned as it is. */
export function formatDateText(iso: string, language: TextLanguage): string {
  const date = parse(iso, ISO_DATE, new Date(2000, 0, 1))
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && isValid(date)
    ? format(date, DATE_DISPLAY[language], { locale: DATE_LOCALE[language] })
    : iso
}

/** A typed time of day as HH:mm: "9", "9.30", "09:30", "0930" and "930" all mean half past nine. */
export function parseTimeText(text: string): string | null {
  const match = /^(\d{1,2})(?:[.:]?(\d{2}))?$/.exec(text.trim())
  if (!match) return null
  const hours = Number(match[1])
  const minutes = Number(match[2] ?? '0')
  if (hours > 23 || minutes > 59) return null
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}

/** A HH:mm time as the language shows it (09.30 in Swedish, 09:30 in English); other text as it is. */
export function formatTimeText(value: string, language: TextLanguage): string {
  if (!/^\d{2}:\d{2}$/.test(value)) return value
  return language === 'sv' ? value.replace(':', '.') : value
}
