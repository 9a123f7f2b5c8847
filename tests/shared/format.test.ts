import { afterEach, describe, expect, it } from 'vitest'
import {
  formatDate,
  formatDateTime,
  formatDecimal1,
  formatMonth,
  formatNumber,
  formatSek,
  localeOf
} from '@shared/format'

/**
 * sv-SE groups digits with a no-break space (U+00A0 or the narrow U+202F, depending on the ICU
 * version); compare on ordinary spaces so the test states the format, not the ICU release.
 */
function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-')
}

describe('format', () => {
  describe('localeOf()', () => {
    it('maps the UI languages to Swedish and British English', () => {
      expect(localeOf('sv')).toBe('sv-SE')
      expect(localeOf('en')).toBe('en-GB')
    })
  })

  describe('formatSek()', () => {
    it('writes whole kronor the Swedish way', () => {
      expect(plain(formatSek(1_546_202, 'sv'))).toBe('1 546 202 kr')
    })

    it('never breaks a Swedish amount across lines', () => {
      expect(formatSek(1_546_202, 'sv')).not.toContain(' ')
    })

    it('writes SEK first with comma groups in English', () => {
      expect(plain(formatSek(1_546_202, 'en'))).toBe('SEK 1,546,202')
    })

    it('rounds to whole kronor', () => {
      expect(plain(formatSek(699_999.6, 'sv'))).toBe('700 000 kr')
      expect(plain(formatSek(0, 'sv'))).toBe('0 kr')
    })
  })

  describe('formatNumber()', () => {
    it('groups and uses a decimal comma in Swedish', () => {
      expect(plain(formatNumber(1234.567, 'sv'))).toBe('1 234,57')
      expect(plain(formatNumber(-1234.5, 'sv'))).toBe('-1 234,5')
    })

    it('groups with commas and a decimal point in English', () => {
      expect(formatNumber(1234.567, 'en')).toBe('1,234.57')
    })

    it('shows exactly the decimals asked for', () => {
      expect(plain(formatNumber(2, 'sv', 2))).toBe('2,00')
      expect(plain(formatNumber(1234.567, 'sv', 0))).toBe('1 235')
    })
  })

  describe('formatDecimal1()', () => {
    it('shows evaluation means with one decimal', () => {
      expect(formatDecimal1(5.5, 'sv')).toBe('5,5')
      expect(formatDecimal1(5, 'sv')).toBe('5,0')
      expect(formatDecimal1(5.25, 'en')).toBe('5.3')
    })
  })

  describe('formatMonth()', () => {
    it('writes the month of a date or a YYYY-MM in Swedish and English, and leaves other text alone', () => {
      expect(formatMonth('2024-03-05T10:00', 'sv')).toBe('mars 2024')
      expect(formatMonth('2024-12', 'en')).toBe('Dec 2024')
      expect(formatMonth('x-01', 'sv')).toBe('x-01')
      expect(formatMonth('2024-13', 'sv')).toBe('2024-13')
    })
  })

  describe('formatDate()', () => {
    const originalTz = process.env.TZ
    afterEach(() => {
      process.env.TZ = originalTz
    })

    it('writes a calendar date in Swedish and English', () => {
      expect(formatDate('2026-03-12', 'sv')).toBe('12 mars 2026')
      expect(formatDate('2026-03-12', 'en')).toBe('12 Mar 2026')
      expect(formatDate('2026-03-12', 'sv', 'short')).toBe('2026-03-12')
      expect(formatDate('2026-03-12', 'en', 'long')).toBe('12 March 2026')
    })

    it('keeps a calendar date on its day in any time zone', () => {
      process.env.TZ = 'Pacific/Honolulu'
      expect(formatDate('2026-01-01', 'sv')).toBe('1 jan. 2026')
      process.env.TZ = 'Pacific/Kiritimati'
      expect(formatDate('2026-12-31', 'en')).toBe('31 Dec 2026')
    })

    it('shows a timestamp on its day in the given time zone', () => {
      expect(formatDate('2026-03-12T23:30:00.000Z', 'sv', 'medium', 'Europe/Stockholm')).toBe('13 mars 2026')
      expect(formatDate('2026-03-12T23:30:00.000Z', 'sv', 'medium', 'UTC')).toBe('12 mars 2026')
    })

    it('returns text that is not a date unchanged', () => {
      expect(formatDate('2026-02-30', 'sv')).toBe('2026-02-30')
      expect(formatDate('inte ett datum', 'sv')).toBe('inte ett datum')
      expect(formatDate('', 'en')).toBe('')
    })
  })

  describe('formatDateTime()', () => {
    it("shows a workshop's local start as written", () => {
      expect(plain(formatDateTime('2026-02-12T09:00', 'sv'))).toBe('12 feb. 2026 kl. 09.00')
      expect(plain(formatDateTime('2026-02-12T09:00', 'en'))).toBe('12 Feb 2026, 09:00')
      expect(plain(formatDateTime('2026-02-12T21:05', 'en'))).toBe('12 Feb 2026, 21:05')
      expect(plain(formatDateTime('2026-02-12T00:30', 'sv'))).toBe('12 feb. 2026 kl. 00.30')
    })

    it('shows a timestamp in the given time zone', () => {
      expect(plain(formatDateTime('2026-02-12T08:00:00.000Z', 'sv', 'Europe/Stockholm'))).toBe('12 feb. 2026 kl. 09.00')
      expect(plain(formatDateTime('2026-07-12T08:00:00.000Z', 'sv', 'Europe/Stockholm'))).toBe('12 juli 2026 kl. 10.00')
    })

    it('returns text that is not a date and time unchanged', () => {
      expect(formatDateTime('2026-02-12T25:00', 'sv')).toBe('2026-02-12T25:00')
      expect(formatDateTime('2026-02-12T09:75', 'sv')).toBe('2026-02-12T09:75')
    })
  })
})
