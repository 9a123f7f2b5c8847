import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  csvNumber,
  dateCell,
  fileStem,
  MAX_CELL_TEXT,
  roundCell,
  Sheet,
  textCell,
  toCsv,
  Workbook,
  type SheetColumn
} from '@shared/spreadsheet'

const BOM = '\uFEFF'

/** Reads our CSV back per RFC 4180 with semicolons (a small reader for the round-trip property only). */
function parseCsv(text: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true)
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  const body = text.slice(1)
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ';') {
      row.push(field)
      field = ''
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else field += ch
  }
  expect(field).toBe('')
  return rows
}

describe('spreadsheet', () => {
  describe('toCsv()', () => {
    const columns: SheetColumn[] = [
      { header: 'Område', type: 'text' },
      { header: 'Värde (kr)', type: 'money' },
      { header: 'Datum', type: 'date' },
      { header: 'Framsteg', type: 'percent' },
      { header: 'Mätvärde', type: 'number' },
      { header: 'Antal', type: 'integer' }
    ]

    it('starts with a UTF-8 byte-order mark, separates with semicolons and ends every line with CRLF', () => {
      const csv = toCsv({ columns, rows: [['Växjö kommun', 148150000, '2026-03-31', 0.25, 12.5, 3]] })
      expect(csv).toBe(
        `${BOM}Område;Värde (kr);Datum;Framsteg;Mätvärde;Antal\r\nVäxjö kommun;148150000;2026-03-31;25%;12,5;3\r\n`
      )
    })

    it('writes numbers with a decimal comma, no grouping, no exponent and no binary noise', () => {
      expect(csvNumber(1234567.5)).toBe('1234567,5')
      expect(csvNumber(-0.125)).toBe('-0,125')
      expect(csvNumber(0.1 + 0.2)).toBe('0,3')
      expect(csvNumber(1e21)).toBe('1000000000000000000000')
      expect(csvNumber(1.5e-7)).toBe('0,00000015')
      expect(csvNumber(148150000)).toBe('148150000')
      // A percent is the fraction times 100, also free of noise: 0.1234 × 100 is 12.340000000000002 in binary.
      expect(toCsv({ columns: [{ header: 'p', type: 'percent' }], rows: [[0.1234]] })).toBe(`${BOM}p\r\n12,34%\r\n`)
    })

    it('quotes a field with a semicolon, a quote, a line break or edge spaces, doubling the quotes (RFC 4180)', () => {
      const text: SheetColumn[] = [{ header: 'Kommentar', type: 'text' }]
      const rows = [
        ['a;b'],
        ['Han sa "bra"'],
        ['rad ett\nrad två'],
        ['rad\r\nWindows'],
        [' indrag'],
        ['vanlig, med komma']
      ]
      expect(toCsv({ columns: text, rows })).toBe(
        `${BOM}Kommentar\r\n"a;b"\r\n"Han sa ""bra"""\r\n"rad ett\nrad två"\r\n"rad\r\nWindows"\r\n" indrag"\r\nvanlig, med komma\r\n`
      )
    })

    it('leaves empty cells empty and keeps Swedish characters as they are', () => {
      const csv = toCsv({ columns, rows: [['Åre, Älvdalen och Öckerö', null, null, null, null, null]] })
      expect(csv.split('\r\n')[1]).toBe('Åre, Älvdalen och Öckerö;;;;;')
      expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
    })

    it('keeps a text that Excel would run as a formula as text, with a leading apostrophe (CSV injection)', () => {
      const text: SheetColumn[] = [{ header: 'Namn', type: 'text' }]
      const csv = toCsv({ columns: text, rows: [['=HYPERLINK("http://x")'], ['+46 70'], ['-minus'], ['@sum'], ['ok']] })
      expect(csv.split('\r\n').slice(1, 6)).toEqual(
        ['\'=HYPERLINK(""http://x"")', "'+46 70", "'-minus", "'@sum", 'ok'].map((s, i) => (i === 0 ? `"${s}"` : s))
      )
      // Negative numbers are numbers, not formulas: no apostrophe.
      expect(toCsv({ columns: [{ header: 'n', type: 'number' }], rows: [[-3]] })).toBe(`${BOM}n\r\n-3\r\n`)
    })

    it('gives back every text cell exactly (round trip through an RFC 4180 reader)', () => {
      const text: SheetColumn[] = [
        { header: 'a', type: 'text' },
        { header: 'b', type: 'text' }
      ]
      // Formula-looking starts get an apostrophe, so the property keeps to texts that do not start like one.
      const cell = fc.string({ unit: 'grapheme', maxLength: 30 }).filter((s) => !/^[=+\-@\t\r]/.test(s))
      fc.assert(
        fc.property(fc.array(fc.tuple(cell, cell), { maxLength: 8 }), (rows) => {
          const parsed = parseCsv(toCsv({ columns: text, rows }))
          expect(parsed.slice(1)).toEqual(rows.map(([a, b]) => [a, b]))
        })
      )
    })
  })

  describe('cells', () => {
    it('textCell() cuts a text to what a cell holds and makes an empty text an empty cell', () => {
      expect(textCell('')).toBeNull()
      expect(textCell(null)).toBeNull()
      const long = textCell('x'.repeat(MAX_CELL_TEXT + 10)) as string
      expect(long).toHaveLength(MAX_CELL_TEXT)
      expect(long.endsWith('…')).toBe(true)
    })

    it('roundCell() rounds without noise and keeps null', () => {
      expect(roundCell(2 / 3, 4)).toBe(0.6667)
      expect(roundCell(null, 2)).toBeNull()
      expect(roundCell(Number.NaN, 2)).toBeNull()
    })

    it('dateCell() takes the calendar date of a timestamp or local date-time', () => {
      expect(dateCell('2026-03-31T09:30')).toBe('2026-03-31')
      expect(dateCell('2026-03-31T22:00:00.000Z')).toBe('2026-03-31')
      expect(dateCell(null)).toBeNull()
    })

    it('fileStem() keeps Swedish letters and makes everything else a dash', () => {
      expect(fileStem('Områden – 2026/11/30')).toBe('områden-2026-11-30')
      expect(fileStem('../../')).toBe('export')
    })
  })

  describe('Sheet and Workbook schemas', () => {
    const ok = { name: 'Områden', columns: [{ header: 'A', type: 'integer' }], rows: [[1], [null]] }

    it('accept a well-typed sheet', () => {
      expect(Sheet.safeParse(ok).success).toBe(true)
    })

    it.each([
      ['a row of the wrong width', { ...ok, rows: [[1, 2]] }, 'rows.0'],
      ['text in a number column', { ...ok, rows: [['1']] }, 'rows.0.0'],
      ['a fraction in an integer column', { ...ok, rows: [[1.5]] }, 'rows.0.0'],
      [
        'a date that is not YYYY-MM-DD',
        { ...ok, columns: [{ header: 'D', type: 'date' }], rows: [['31/3/2026']] },
        'rows.0.0'
      ],
      ['Infinity', { ...ok, rows: [[Infinity]] }, 'rows.0.0'],
      ['a sheet name Excel refuses', { ...ok, name: 'a/b' }, 'name'],
      ['a sheet name over 31 characters', { ...ok, name: 'x'.repeat(32) }, 'name'],
      ['an unknown column type', { ...ok, columns: [{ header: 'A', type: 'formula' }] }, 'columns.0.type'],
      [
        'a text over Excel’s cell limit',
        { ...ok, columns: [{ header: 'T', type: 'text' }], rows: [['x'.repeat(MAX_CELL_TEXT + 1)]] },
        'rows.0.0'
      ]
    ])('refuse %s, saying where', (_name, sheet, path) => {
      const result = Sheet.safeParse(sheet)
      expect(result.success).toBe(false)
      expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path)
    })

    it('refuse a workbook whose sheet names repeat (Excel ignores case) or that is over the cell limit', () => {
      expect(Workbook.safeParse({ sheets: [ok, { ...ok, name: 'OMRÅDEN' }] }).success).toBe(false)
      const wide = { name: 'Stor', columns: Array.from({ length: 60 }, () => ({ header: 'A', type: 'integer' })) }
      const row = Array.from({ length: 60 }, () => 1)
      const big = { sheets: [{ ...wide, rows: Array.from({ length: 100_001 }, () => row) }] }
      expect(Workbook.safeParse(big).success).toBe(false)
    })
  })
})
