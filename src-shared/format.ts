/**
 * Locale-aware formatting of money, numbers and dates through Intl.
 * Swedish UI text uses sv-SE conventions ("1 546 202 kr", "5,5", "12 mars 2026"); English uses en-GB.
 * Intl formatters are costly to build, so each configuration is built once and cached.
 */
import type { Language } from './settings'

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' }

/** The Intl locale for a UI language. */
export function localeOf(lang: Language): string {
  return LOCALES[lang]
}

const numberFormats = new Map<string, Intl.NumberFormat>()
const dateFormats = new Map<string, Intl.DateTimeFormat>()

/** The formatter cached in `cache` for `lang` and `key`, built by `build` the first time it is asked for. */
function cachedFormat<F>(cache: Map<string, F>, lang: Language, key: string, build: (locale: string) => F): F {
  const cacheKey = `${lang}|${key}`
  let format = cache.get(cacheKey)
  if (format === undefined) {
    format = build(localeOf(lang))
    cache.set(cacheKey, format)
  }
  return format
}

function numberFormat(lang: Language, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cachedFormat(numberFormats, lang, key, (locale) => new Intl.NumberFormat(locale, options))
}

function dateFormat(lang: Language, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cachedFormat(dateFormats, lang, key, (locale) => new Intl.DateTimeFormat(locale, options))
}

/** Whole Swedish kronor: "1 546 202 kr" in Swedish, "SEK 1,546,202" in English. */
export function formatSek(value: number, lang: Language): string {
  return numberFormat(lang, 'sek', {
    style: 'currency',
    currency: 'SEK',
    minimumFractionDigits: 0,
    maximumFractionDigits: 0
  }).format(value)
}

/** Below this size a number is shown by its significant digits, not its decimals: 0,0000001 rather than 0. */
const SMALL = 0.01
/** From this size on, digits past the 15th are what binary floating point made up, not data: they are rounded. */
const HUGE = 1e15

/**
 * A number with grouping, never in exponent notation, never "0" for a number that is not zero, and never "−0":
 * exactly `decimals` decimals when given, else up to two. A non-zero number too small for that ("0,00") is shown by
 * two significant digits instead ("0,0000001", "0,0042"); so is any non-zero number under 0.01 without `decimals`.
 * From 10^15 on a number keeps 15 significant digits ("123 456 789 012 346 000"). Not a number is "–", and the
 * infinities "∞" and "−∞".
 */
export function formatNumber(value: number, lang: Language, decimals?: number): string {
  if (Number.isNaN(value)) return '–'
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞'
  const size = Math.abs(value)
  if (size >= HUGE) return numberFormat(lang, 'number|huge', { maximumSignificantDigits: 15 }).format(value)
  const roundsToZero = decimals === undefined ? size < SMALL : Number(size.toFixed(decimals)) === 0
  if (value !== 0 && roundsToZero)
    return numberFormat(lang, 'number|small', { maximumSignificantDigits: 2 }).format(value)
  const options: Intl.NumberFormatOptions =
    decimals === undefined
      ? { maximumFractionDigits: 2 }
      : { minimumFractionDigits: decimals, maximumFractionDigits: decimals }
  // "negative": a number that rounds to zero from below is "0", not "−0".
  return numberFormat(lang, `number|${decimals ?? 'auto'}`, { ...options, signDisplay: 'negative' }).format(value)
}

/**
 * A share (0.78) as a whole percentage: "78 %" in Swedish (with a no-break space), "78%" in English. A non-zero share
 * that rounds to 0 % is shown by one significant digit ("0,4 %", "0,003 %"), never "0 %"; never "−0 %".
 */
export function formatShare(share: number, lang: Language): string {
  if (!Number.isFinite(share)) return formatNumber(share, lang)
  if (share !== 0 && Math.abs(share) < 0.005)
    return numberFormat(lang, 'percent|small', { style: 'percent', maximumSignificantDigits: 1 }).format(share)
  return numberFormat(lang, 'percent', { style: 'percent', maximumFractionDigits: 0, signDisplay: 'negative' }).format(
    share
  )
}

/** One decimal, as in evaluation means: "5,5" in Swedish, "5.5" in English. */
export function formatDecimal1(value: number, lang: Language): string {
  return formatNumber(value, lang, 1)
}

export type DateStyle = 'short' | 'medium' | 'long'

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/

/**
 * Reads a date string. A calendar date (YYYY-MM-DD) or a local date-time without offset
 * (a workshop's start) is wall-clock time: it is read as UTC and formatted in UTC, so the
 * day never shifts with the computer's time zone. A timestamp with an offset is an instant.
 */
function readDate(value: string): { date: Date; wallClock: boolean } | null {
  const dateOnly = DATE_ONLY.exec(value)
  const local = dateOnly ? null : LOCAL_DATE_TIME.exec(value)
  const parts = dateOnly ?? local
  if (parts) {
    const [year, month, day, hour, minute, second] = parts.slice(1).map((part) => Number(part ?? 0))
    const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0))
    // Date.UTC rolls 2026-02-30 over to March; such a string is not a date.
    const rolledOver =
      date.getUTCMonth() !== (month ?? 1) - 1 ||
      date.getUTCDate() !== day ||
      date.getUTCHours() !== (hour ?? 0) ||
      date.getUTCMinutes() !== (minute ?? 0) ||
      date.getUTCSeconds() !== (second ?? 0)
    if (rolledOver) return null
    return { date, wallClock: true }
  }
  const instant = new Date(value)
  return Number.isNaN(instant.getTime()) ? null : { date: instant, wallClock: false }
}

/**
 * A date: "12 mars 2026" / "12 Mar 2026" (medium). Accepts YYYY-MM-DD or an ISO timestamp;
 * `timeZone` applies to timestamps only. Returns the input unchanged when it is not a date.
 */
export function formatDate(value: string, lang: Language, style: DateStyle = 'medium', timeZone?: string): string {
  const read = readDate(value)
  if (!read) return value
  const zone = read.wallClock ? 'UTC' : timeZone
  return dateFormat(lang, `date|${style}|${zone ?? 'local'}`, { dateStyle: style, timeZone: zone }).format(read.date)
}

/** A calendar month from YYYY-MM or a longer date: "mars 2026" / "Mar 2026". Returns the input unchanged when it is not one. */
export function formatMonth(value: string, lang: Language): string {
  const read = /^\d{4}-\d{2}/.test(value) ? readDate(`${value.slice(0, 7)}-01`) : null
  if (!read) return value
  return dateFormat(lang, 'month', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(read.date)
}

/**
 * A date and its time of day, apart: { date: "12 mars 2026", time: "kl. 09.00" } in Swedish (as the time fields
 * and the documents write it), { date: "12 Mar 2026", time: "09:00" } in English. Accepts a local
 * YYYY-MM-DDTHH:mm (shown as written) or an ISO timestamp (shown in `timeZone`, else the computer's zone); null
 * when the text is not a date and time.
 */
export function formatDateTimeParts(
  value: string,
  lang: Language,
  timeZone?: string
): { date: string; time: string } | null {
  const read = readDate(value)
  if (!read) return null
  const zone = read.wallClock ? 'UTC' : timeZone
  const date = dateFormat(lang, `date|medium|${zone ?? 'local'}`, { dateStyle: 'medium', timeZone: zone }).format(
    read.date
  )
  const clock = dateFormat(lang, `time|${zone ?? 'local'}`, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone
  }).formatToParts(read.date)
  const hour = clock.find((p) => p.type === 'hour')?.value ?? ''
  const minute = clock.find((p) => p.type === 'minute')?.value ?? ''
  return { date, time: lang === 'sv' ? `kl. ${hour}.${minute}` : `${hour}:${minute}` }
}

/**
 * A date and time: "12 mars 2026 kl. 09.00" / "12 Mar 2026, 09:00". Accepts a local YYYY-MM-DDTHH:mm
 * (shown as written) or an ISO timestamp (shown in `timeZone`, else the computer's zone); other text unchanged.
 */
export function formatDateTime(value: string, lang: Language, timeZone?: string): string {
  const parts = formatDateTimeParts(value, lang, timeZone)
  if (!parts) return value
  return lang === 'sv' ? `${parts.date} ${parts.time}` : `${parts.date}, ${parts.time}`
}

/** Today as YYYY-MM-DD on the computer's own calendar (not UTC): the day the consultant is living in. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
