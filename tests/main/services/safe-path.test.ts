import { join, resolve, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveInside } from '@main/services/safe-path'

const root = resolve('/tmp/matbar-root/attachments')

describe('safe-path', () => {
  describe('resolveInside()', () => {
    it('joins plain names inside the folder', () => {
      expect(resolveInside(root, 'a'.repeat(64), 'rapport.pdf')).toBe(join(root, 'a'.repeat(64), 'rapport.pdf'))
    })

    it.each([
      ['..'],
      ['../secrets'],
      ['../../etc/passwd'],
      ['a/../../x'],
      ['/etc/passwd'],
      ['C:\\Windows\\system32'],
      ['x\0y'],
      [''],
      ['.']
    ])('refuses %j', (segment) => {
      const result = resolveInside(root, segment)
      // Either refused, or (for a Windows path on POSIX, a plain odd name) still strictly inside.
      if (result !== null) expect(result.startsWith(root + sep)).toBe(true)
      if (
        segment.includes('..') ||
        segment.startsWith('/') ||
        segment.includes('\0') ||
        segment === '' ||
        segment === '.'
      )
        expect(result).toBeNull()
    })
  })
})
