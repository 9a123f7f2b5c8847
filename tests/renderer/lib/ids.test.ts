import { describe, expect, it } from 'vitest'
import { newId, rowStamp } from '@renderer/lib/ids'

describe('lib/ids', () => {
  describe('newId()', () => {
    it('gives a fresh UUID each time', () => {
      const a = newId()
      expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      expect(newId()).not.toBe(a)
    })
  })

  describe('rowStamp()', () => {
    it('keeps the id and createdAt of the row it replaces and sets updatedAt', () => {
      const existing = { id: 'row-1', createdAt: '2024-01-01T00:00:00.000Z', name: 'ignored' }
      expect(rowStamp(existing, '2025-02-02T10:00:00.000Z')).toEqual({
        id: 'row-1',
        createdAt: '2024-01-01T00:00:00.000Z',
        updatedAt: '2025-02-02T10:00:00.000Z'
      })
    })

    it('gives a new row a fresh id, created and updated now', () => {
      const stamp = rowStamp(null, '2025-02-02T10:00:00.000Z')
      expect(stamp.id).toMatch(/^[0-9a-f-]{36}$/)
      expect(stamp.createdAt).toBe('2025-02-02T10:00:00.000Z')
      expect(stamp.updatedAt).toBe('2025-02-02T10:00:00.000Z')
      expect(rowStamp(undefined, 'x').id).not.toBe(stamp.id)
    })
  })
})
