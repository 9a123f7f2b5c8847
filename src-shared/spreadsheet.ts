/**
 * Spreadsheets: a sheet is named, typed columns and rows of plain cells. The renderer (and the sample CLI) build
 * sheets from rows; main turns a workbook into .xlsx with exceljs or into CSV with toCsv(). Pure: no Node, no DOM.
 */
import { z } from 'zod'

/** What a column holds; it decides the cell's type and number format in .xlsx and how CSV writes it. */
export const COLUMN_TYPES = ['text', 'number', 'integer', 'date', 'money', 'percent'] as const
export const ColumnType = z.enum(COLUMN_TYPES)
export type ColumnType = z.infer<typeof ColumnType>

/** Excel's limits: characters in a cell, rows in a sheet (less the header), characters in a sheet name. */
export const MAX_CELL_TEXT = 32_767
export const MAX_SHEET_ROWS = 1_048_575
export const MAX_SHEET_NAME = 31
/**
 * How much one export may carry. The whole large benchmark portfolio (30 000 areas with 27 columns, 30 000
 * engagements, 30 000 evaluations, 10 000 organisations, 10 000 measurements) is about 2 million cells; this
 * leaves room for growth while bounding what main will hold in memory for one file.
 */
export const MAX_WORKBOOK_CELLS = 6_000_000
export const MAX_COLUMNS = 64
export const MAX_SHEETS = 10

/** A cell: text, a number, a date as YYYY-MM-DD (in a date column), or empty. */
export type Cell = string | number | null

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
// Characters Excel refuses in a sheet name.
const BAD_SHEET_NAME = /[[\]:*?/\\]/

export const SheetColumn = z.strictObject({
  header: z.string().min(1).max(255),
  type: ColumnType
})
export type SheetColumn = z.infer<typeof SheetColumn>

const CellSchema = z.union([z.string().max(MAX_CELL_TEXT), z.number().finite(), z.null()])

/** Whether a cell fits its column's type; the message says what was expected. */
function cellProblem(cell: Cell, type: ColumnType): string | null {
  if (cell === null) return null
  if (type === 'text') return typeof cell === 'string' ? null : 'expected text'
  if (type === 'date') return typeof cell === 'string' && ISO_DATE.test(cell) ? null : 'expected a date YYYY-MM-DD'
  if (typeof cell !== 'number') return 'expected a number'
  if (type === 'integer' && !Number.isInteger(cell)) return 'expected a whole number'
  return null
}

export const Sheet = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .max(MAX_SHEET_NAME)
      .refine((name) => !BAD_SHEET_NAME.test(name) && !name.startsWith("'") && !name.endsWith("'"), {
        message: 'a sheet name may not hold [ ] : * ? / \\ or start or end with an apostrophe'
      }),
    columns: z.array(SheetColumn).min(1).max(MAX_COLUMNS),
    rows: z.array(z.array(CellSchema)).max(MAX_SHEET_ROWS)
  })
  .superRefine((sheet, ctx) => {
    const width = sheet.columns.length
    for (let r = 0; r < sheet.rows.length; r++) {
      const row = sheet.rows[r]!
      if (row.length !== width) {
        ctx.addIssue({ code: 'custom', path: ['rows', r], message: `expected ${width} cells, got ${row.length}` })
        return
      }
      for (let c = 0; c < width; c++) {
        const problem = cellProblem(row[c]!, sheet.columns[c]!.type)
        if (problem !== null) {
          // One issue is enough to say where; a million would only repeat it.
          ctx.addIssue({ code: 'custom', path: ['rows', r, c], message: `${sheet.columns[c]!.header}: ${problem}` })
          return
        }
      }
    }
  })
export type Sheet = z.infer<typeof Sheet>

export const Workbook = z
  .strictObject({ sheets: z.array(Sheet).min(1).max(MAX_SHEETS) })
  .superRefine((workbook, ctx) => {
    const names = new Set<string>()
    let cells = 0
    for (const [i, sheet] of workbook.sheets.entries()) {
      // Excel compares sheet names without regard to case.
      const key = sheet.name.toLocaleLowerCase('sv')
      if (names.has(key)) ctx.addIssue({ code: 'custom', path: ['sheets', i, 'name'], message: 'sheet names repeat' })
      names.add(key)
      cells += sheet.rows.length * sheet.columns.length
    }
    if (cells > MAX_WORKBOOK_CELLS) {
      ctx.addIssue({ code: 'custom', path: ['sheets'], message: `over ${MAX_WORKBOOK_CELLS} cells` })
    }
  })
export type Workbook = z.infer<typeof Workbook>

/** A user text cut to what a cell may hold (Excel's limit), so a long note never makes the file unopenable. */
export function textCell(text: string | null | undefined): Cell {
  if (text === null || text === undefined || text === '') return null
  return text.length > MAX_CELL_TEXT ? `${text.slice(0, MAX_CELL_TEXT - 1)}…` : text
}

/** A number rounded to `decimals` places without binary noise (0.1 + 0.2 gives 0.3), null stays null. */
export function roundCell(value: number | null | undefined, decimals: number): Cell {
  if (value === null || value === undefined || !Number.isFinite(value)) return null
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}

/** A timestamp or local date-time cut to its calendar date, YYYY-MM-DD. */
export function dateCell(value: string | null | undefined): Cell {
  if (!value) return null
  const date = value.slice(0, 10)
  return ISO_DATE.test(date) ? date : null
}

// ---------- CSV as Swedish Excel opens it ----------

const BOM = '\uFEFF'
const SEPARATOR = ';'
const LINE_END = '\r\n'
// A cell Excel would take as a formula: a text starting with one of these is a CSV injection risk (OWASP).
const FORMULA_START = /^[=+\-@\t\r]/

/** A number in plain digits with a decimal comma: no grouping, no exponent, no binary noise. */
export function csvNumber(value: number): string {
  // 15 significant digits is what a double holds reliably; it drops noise like 12.340000000000002.
  const clean = Number(value.toPrecision(15))
  const text = /e/i.test(String(clean))
    ? clean.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
    : String(clean)
  return text.replace('.', ',')
}

/** One field: quoted per RFC 4180 when it holds the separator, a quote, a line break or edge spaces. */
function csvField(text: string): string {
  return /[;"\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** How a cell reads in CSV for its column type. */
function csvCell(cell: Cell, type: ColumnType): string {
  if (cell === null) return ''
  if (typeof cell === 'number') return type === 'percent' ? `${csvNumber(cell * 100)}%` : csvNumber(cell)
  // A text that would start a formula is kept as text with a leading apostrophe, as Excel itself marks text.
  if (type === 'text' && FORMULA_START.test(cell)) return csvField(`'${cell}`)
  return csvField(cell)
}

/**
 * The sheet as CSV the way Swedish Excel opens it on a double click: UTF-8 with a byte-order mark (else Excel
 * guesses Windows-1252 and breaks å, ä, ö), semicolons between fields (the comma is the decimal sign), a decimal
 * comma, dates as YYYY-MM-DD, CRLF line ends, quotes per RFC 4180.
 */
export function toCsv(sheet: Pick<Sheet, 'columns' | 'rows'>): string {
  const lines = [sheet.columns.map((c) => csvField(c.header)).join(SEPARATOR)]
  for (const row of sheet.rows) lines.push(row.map((cell, i) => csvCell(cell, sheet.columns[i]!.type)).join(SEPARATOR))
  return `${BOM}${lines.join(LINE_END)}${LINE_END}`
}

/** A file-name-safe stem: letters (å, ä, ö too), digits and dashes. */
export function fileStem(text: string): string {
  const stem = text
    .normalize('NFC')
    .toLocaleLowerCase('sv')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
  return stem.slice(0, 60) || 'export'
}
