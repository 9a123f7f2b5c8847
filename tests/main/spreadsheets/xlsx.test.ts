import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { Sheet } from '@shared/spreadsheet'
import { columnWidths, renderXlsx } from '@main/spreadsheets/xlsx'

const sheet: Sheet = {
  name: 'Områden',
  columns: [
    { header: 'Område', type: 'text' },
    { header: 'Värde (kr)', type: 'money' },
    { header: 'Datum', type: 'date' },
    { header: 'Framsteg', type: 'percent' },
    { header: 'Antal', type: 'integer' }
  ],
  rows: [
    ['Energieffektiv gatubelysning i hela kommunen', 148150000, '2025-12-31', 0.0941, 3],
    ['Kort', null, null, null, null]
  ]
}

async function parts(sheets: Sheet[]) {
  const files = unzipSync(await renderXlsx({ sheets }, new Date('2026-11-30T12:00:00Z')))
  const text = (name: string) => strFromU8(files[name] ?? new Uint8Array())
  return {
    sheet1: text('xl/worksheets/sheet1.xml'),
    styles: text('xl/styles.xml'),
    book: text('xl/workbook.xml'),
    files
  }
}

describe('spreadsheets/xlsx', () => {
  describe('renderXlsx()', () => {
    it('freezes the header row and puts a filter on it', async () => {
      const { sheet1 } = await parts([sheet])
      expect(sheet1).toMatch(/<pane[^>]*ySplit="1"[^>]*state="frozen"/)
      expect(sheet1).toContain('<autoFilter ref="A1:E1"/>')
    })

    it('writes numbers and dates as numbers (a date is Excel’s day number) and text as text', async () => {
      const { sheet1 } = await parts([sheet])
      expect(sheet1).toMatch(/<c r="B2"[^>]*><v>148150000<\/v><\/c>/)
      // 2025-12-31 is day 46022 counted from 1899-12-30.
      expect(sheet1).toMatch(/<c r="C2"[^>]*><v>46022<\/v><\/c>/)
      expect(sheet1).toMatch(/<c r="D2"[^>]*><v>0.0941<\/v><\/c>/)
      expect(sheet1).toMatch(/<c r="A2"[^>]*t="s"/)
      expect(sheet1).not.toMatch(/<c r="B2"[^>]*t="s"/)
    })

    it('gives money, date and percent columns their number formats and the header a bold font', async () => {
      const { styles } = await parts([sheet])
      // #,##0 and 0% are Excel's built-in formats 3 and 9; the date format is a custom one.
      expect(styles).toMatch(/<xf numFmtId="3"[^>]*applyNumberFormat="1"/)
      expect(styles).toMatch(/<xf numFmtId="9"[^>]*applyNumberFormat="1"/)
      expect(styles).toContain('formatCode="yyyy-mm-dd"')
      expect(styles).toMatch(/<b\/>/)
    })

    it('writes one worksheet per sheet, in order, under its name', async () => {
      const { book, files } = await parts([sheet, { ...sheet, name: 'Mätvärden' }])
      expect([...book.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(['Områden', 'Mätvärden'])
      expect(Object.keys(files).filter((f) => f.startsWith('xl/worksheets/sheet'))).toHaveLength(2)
    })
  })

  describe('columnWidths()', () => {
    it('fits the widest of header and cells, within limits', () => {
      const [title, amount, date, percent, count] = columnWidths(sheet)
      // 44 characters of title, plus padding.
      expect(title).toBe(46)
      // "148 150 000" is 11 characters, the header with its filter button 12.
      expect(amount).toBe(14)
      expect(date).toBe(12)
      expect(percent).toBeLessThan(title!)
      expect(count).toBeGreaterThanOrEqual(6)
      const long = columnWidths({ ...sheet, rows: [['x'.repeat(500), null, null, null, null]] })
      expect(long[0]).toBe(60)
    })
  })
})
