/**
 * The spreadsheets opened by a real reader: LibreOffice Calc converts our .xlsx to CSV (every sheet, cell values
 * not as shown) and to flat ODS (the cell types it read), and reads our CSV with the options Swedish Excel uses
 * (semicolon, UTF-8, Swedish locale). Skips with one loud line where soffice or Calc is missing, unless
 * REQUIRE_REAL_CLIENTS=1.
 */
import { execFile } from 'node:child_process'
import { existsSync, realpathSync } from 'node:fs'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Cell, type Sheet, toCsv, Workbook } from '@shared/spreadsheet'
import { portfolioWorkbook } from '@shared/spreadsheet-sheets'
import { renderXlsx } from '@main/spreadsheets/xlsx'
import { loadSampleTables } from '@main/documents/sample'
import { sheetTexts } from '@main/spreadsheets/texts'
import { onPath } from '../helpers/libreoffice'

const run = promisify(execFile)
const ROOT = join(__dirname, '..', '..')
const AS_OF = '2026-11-30'

/** soffice with its Calc module (libsclo beside the binary), or null to skip. */
function calcOrSkip(): string | null {
  const soffice = onPath('soffice') ?? onPath('libreoffice')
  if (soffice && existsSync(join(dirname(realpathSync(soffice)), 'libsclo.so'))) return soffice
  if (process.env.REQUIRE_REAL_CLIENTS === '1')
    throw new Error('REQUIRE_REAL_CLIENTS=1 but LibreOffice Calc is missing (apt-get install libreoffice-calc-nogui)')
  console.warn('\n*** SKIPPED spreadsheet tests: no LibreOffice Calc (soffice with libreoffice-calc-nogui) found ***\n')
  return null
}

const soffice = calcOrSkip()

/**
 * LibreOffice's CSV filter options: separator, text delimiter, character set (76 = UTF-8), first line, column
 * formats, locale; then (export) quote all text, detect special numbers, save cell contents as shown, formulas,
 * remove spaces, and which sheet (-1: every sheet into its own file).
 */
const EXPORT_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1'
const EXPORT_ONE = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false'
/** Reading our CSV as Swedish Excel does: semicolon (59), quote (34), UTF-8 (76), Swedish locale (1053). */
const IMPORT_SWEDISH_CSV = 'Text - txt - csv (StarCalc):59,34,76,1,,1053'

/** Reads comma-separated CSV per RFC 4180 (LibreOffice's export). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  const body = text.replace(/^\uFEFF/, '')
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += ch
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}

/** What LibreOffice's unformatted CSV should say for one of our cells. */
function expected(cell: Cell, type: Sheet['columns'][number]['type']): (read: string) => boolean {
  if (cell === null) return (read) => read === ''
  if (typeof cell === 'string') return (read) => read === cell
  // A percentage keeps its % even unformatted; every other number is plain digits with a decimal point.
  if (type === 'percent') return (read) => read.endsWith('%') && Math.abs(Number(read.slice(0, -1)) / 100 - cell) < 1e-9
  return (read) => read === String(cell)
}

const hostile: Sheet = {
  name: 'Svåra värden',
  columns: [
    { header: 'Text', type: 'text' },
    { header: 'Belopp (kr)', type: 'money' },
    { header: 'Mätvärde', type: 'number' },
    { header: 'Datum', type: 'date' },
    { header: 'Framsteg', type: 'percent' }
  ],
  rows: [
    ['=SUMMA(1;2)', 148150000, -12.5, '2024-02-29', 0.0941],
    ['Citat "så här", med komma; och semikolon', 0, 0.000001, '1999-12-31', -0.2],
    ['Rad ett\nrad två – åäö ÅÄÖ é ü', 1234567890123, 1e15, '2100-01-01', 1.25],
    ['Styrtecken\u0001 bort', null, null, null, null]
  ]
}

describe.skipIf(!soffice)('spreadsheets in LibreOffice Calc', () => {
  let dir: string
  let portfolio: Workbook
  const readBack: Record<string, string[][]> = {}
  let fods = ''
  let ourCsvRead: string[][] = []

  async function calc(args: string[]) {
    // An own profile so a LibreOffice already running cannot interfere.
    await run(soffice!, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', ...args], {
      timeout: 180_000
    })
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'matbar-sheets-'))
    portfolio = Workbook.parse(portfolioWorkbook(await loadSampleTables(ROOT), { t: sheetTexts('sv'), asOf: AS_OF }))
    await writeFile(join(dir, 'portfolio.xlsx'), await renderXlsx(portfolio))
    await writeFile(join(dir, 'hostile.xlsx'), await renderXlsx(Workbook.parse({ sheets: [hostile] })))
    await writeFile(join(dir, 'ours.csv'), toCsv(hostile))
    await calc([
      '--convert-to',
      EXPORT_ALL_SHEETS,
      '--outdir',
      join(dir, 'csv'),
      join(dir, 'portfolio.xlsx'),
      join(dir, 'hostile.xlsx')
    ])
    for (const file of await readdir(join(dir, 'csv'))) {
      readBack[file] = parseCsv(await readFile(join(dir, 'csv', file), 'utf8'))
    }
    await calc(['--convert-to', 'fods', '--outdir', join(dir, 'fods'), join(dir, 'hostile.xlsx')])
    fods = await readFile(join(dir, 'fods', 'hostile.fods'), 'utf8')
    await calc([
      '--infilter=' + IMPORT_SWEDISH_CSV,
      '--convert-to',
      EXPORT_ONE,
      '--outdir',
      join(dir, 'back'),
      join(dir, 'ours.csv')
    ])
    ourCsvRead = parseCsv(await readFile(join(dir, 'back', 'ours.csv'), 'utf8'))
  }, 240_000)

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  /** Every header and every cell of a sheet as LibreOffice read it from our .xlsx. */
  function expectSheet(sheet: Sheet, read: string[][] | undefined, fix: (cell: Cell) => Cell = (c) => c) {
    expect(read, sheet.name).toBeDefined()
    expect(read![0]).toEqual(sheet.columns.map((c) => c.header))
    expect(read!.length - 1, `${sheet.name}: rows`).toBe(sheet.rows.length)
    sheet.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        const got = read![r + 1]?.[c] ?? ''
        const ok = expected(fix(cell), sheet.columns[c]!.type)(got)
        expect(
          ok,
          `${sheet.name} row ${r + 1}, ${sheet.columns[c]!.header}: ${JSON.stringify(cell)} read as ${JSON.stringify(got)}`
        ).toBe(true)
      })
    })
  }

  it('reads every sheet of the portfolio workbook with every value, numbers unformatted and dates as YYYY-MM-DD', () => {
    expect(portfolio.sheets.map((s) => s.name)).toEqual([
      'Områden',
      'Mätvärden',
      'Utvärderingar',
      'Organisationer',
      'Uppdrag'
    ])
    for (const sheet of portfolio.sheets) expectSheet(sheet, readBack[`portfolio-${sheet.name}.csv`])
    // The figure the brief names: an amount in kronor reads as plain digits, not "148 150 000 kr".
    const amounts = readBack['portfolio-Områden.csv']!.slice(1).map((row) => row[6])
    expect(amounts.every((a) => a === '' || /^\d+$/.test(a!))).toBe(true)
    expect(readBack['portfolio-Områden.csv']!.flat().join(' ')).toMatch(/[åäöÅÄÖ]/)
  })

  it('reads hostile text as text (no formula), keeps quotes, line breaks and Swedish characters, drops control characters', () => {
    expectSheet(hostile, readBack['hostile-Svåra värden.csv'], (cell) =>
      typeof cell === 'string' ? cell.replace('\u0001', '') : cell
    )
  })

  it('types the cells: numbers as floats, dates as dates, text as strings, and fits the column widths', () => {
    expect(fods).toContain('office:value-type="float" office:value="148150000"')
    expect(fods).toContain('office:value-type="date" office:date-value="2024-02-29"')
    expect(fods).toContain('office:value-type="float" office:value="-12.5"')
    expect(fods).toMatch(/office:value-type="string"[^>]*>\s*<text:p>=SUMMA\(1;2\)<\/text:p>/)
    // The long text column is wider than the date column.
    const widths = [...fods.matchAll(/style:column-width="([\d.]+)in"/g)].map((m) => Number(m[1]))
    expect(new Set(widths).size).toBeGreaterThan(1)
  })

  it('reads our CSV with the Swedish options: numbers with a decimal comma become numbers, Swedish characters intact', () => {
    // Read as numbers, they come back in LibreOffice's export with a decimal point.
    // A share written "9,41%" is read as the percentage 0.0941 (LibreOffice writes it back as 9.41%).
    expect(ourCsvRead[0]).toEqual(['Text', 'Belopp (kr)', 'Mätvärde', 'Datum', 'Framsteg'])
    expect(ourCsvRead[1]).toEqual(["'=SUMMA(1;2)", '148150000', '-12.5', '2024-02-29', '9.41%'])
    expect(ourCsvRead[2]).toEqual(['Citat "så här", med komma; och semikolon', '0', '0.000001', '1999-12-31', '-20%'])
    expect(ourCsvRead[3]).toEqual([
      'Rad ett\nrad två – åäö ÅÄÖ é ü',
      '1234567890123',
      '1000000000000000',
      '2100-01-01',
      '125%'
    ])
  })
})
