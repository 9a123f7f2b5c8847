import { describe, expect, it } from 'vitest'
import { LocalDateTime, REFERENCES, TABLES, TABLE_NAMES } from '@shared/entities'

describe('entities', () => {
  describe('LocalDateTime', () => {
    it.each(['2026-02-12T09:00', '2028-02-29T23:59', '2026-12-31T00:00'])('accepts %s', (value) => {
      expect(LocalDateTime.safeParse(value).success).toBe(true)
    })

    it.each([
      '2026-02-30T09:00',
      '2027-02-29T09:00',
      '2026-13-01T09:00',
      '2026-02-12T24:00',
      '2026-02-12T09:60',
      '2026-02-12T09:00Z',
      '2026-02-12 09:00',
      '2026-02-12T09:00:00'
    ])('refuses %s', (value) => {
      expect(LocalDateTime.safeParse(value).success).toBe(false)
    })
  })

  describe('REFERENCES', () => {
    it('names only tables and fields that exist', () => {
      for (const { table, field, parent } of REFERENCES) {
        expect(TABLE_NAMES).toContain(table)
        expect(TABLE_NAMES).toContain(parent)
        expect(Object.keys(TABLES[table].shape), `${table}.${field}`).toContain(field)
      }
    })
  })
})
