import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  backupFileName,
  FALLBACK_FILE_NAME,
  isSafeFileName,
  MAX_FILE_NAME_BYTES,
  parseBackupFileName,
  sanitizeFileName
} from '@shared/file-names'

const bytes = (s: string) => new TextEncoder().encode(s).length

/** What every safe name must satisfy, whatever it came from. */
function expectSafe(name: string) {
  expect(name.length).toBeGreaterThan(0)
  expect(name).not.toMatch(/[/\\\u0000-\u001f<>:"|?*]/)
  expect(name).not.toMatch(/^\./)
  expect(name).not.toMatch(/[. ]$/)
  expect(name).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i)
  expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES)
}

describe('file-names', () => {
  describe('sanitizeFileName()', () => {
    it.each([
      ['../../etc/passwd', 'etc_passwd'],
      ['..\\..\\Windows\\win.ini', 'Windows_win.ini'],
      ['/etc/passwd', 'etc_passwd'],
      ['C:\\Users\\x\\rapport.pdf', 'C__Users_x_rapport.pdf'],
      ['rap\u0000port.pdf', 'rap_port.pdf'],
      ['CON', '_CON'],
      ['nul.txt', '_nul.txt'],
      ['COM1.pdf', '_COM1.pdf'],
      ['lpt9', '_lpt9'],
      ['..', FALLBACK_FILE_NAME],
      ['.', FALLBACK_FILE_NAME],
      ['', FALLBACK_FILE_NAME],
      ['   ', FALLBACK_FILE_NAME],
      ['.bashrc', 'bashrc'],
      ['rapport.pdf.', 'rapport.pdf'],
      ['foto \u202egpj.exe', 'foto gpj.exe'],
      ['Whiteboard – Norrvik 2026.jpg', 'Whiteboard – Norrvik 2026.jpg']
    ])('makes %j safe as %j', (raw, expected) => {
      expect(sanitizeFileName(raw)).toBe(expected)
      expectSafe(sanitizeFileName(raw))
    })

    it('cuts a 300-character name to the byte limit and keeps the extension', () => {
      const name = sanitizeFileName(`${'å'.repeat(300)}.pdf`)
      expectSafe(name)
      expect(name.endsWith('.pdf')).toBe(true)
      expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES)
    })

    it('makes any string safe, and is idempotent (property)', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (raw) => {
          const safe = sanitizeFileName(raw)
          expectSafe(safe)
          expect(sanitizeFileName(safe)).toBe(safe)
          expect(isSafeFileName(safe)).toBe(true)
        }),
        { numRuns: 2000 }
      )
    })
  })

  describe('backupFileName() / parseBackupFileName()', () => {
    it('round-trips time, reason and encryption', () => {
      const at = new Date('2026-05-04T08:09:10.123Z')
      const name = backupFileName(at, 'before-restore', true)
      expect(name).toBe('matbar-backup-2026-05-04T08-09-10-123Z-before-restore.zip.enc')
      expect(parseBackupFileName(name)).toEqual({ createdAt: at, reason: 'before-restore', encrypted: true })
    })

    it.each([
      '../matbar-backup-2026-05-04T08-09-10-123Z-auto.zip',
      'matbar-backup-2026-05-04T08-09-10-123Z-auto.zip/x',
      '.matbar-backup-2026-05-04T08-09-10-123Z-auto.zip.abc.tmp',
      'matbar-backup-2026-13-45T08-09-10-123Z-auto.zip',
      'other.zip'
    ])('refuses %j', (name) => {
      expect(parseBackupFileName(name)).toBeNull()
    })
  })
})
