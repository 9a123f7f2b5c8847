/**
 * Tables written as docx's serialised form (table-xml.ts) are what docx makes of the same Table: the same objects for
 * its XML writer and its page layout, but for `xml:space="preserve"`, written only on text whose spaces need it, and the
 * keep-with-next paragraph style a table may name instead of a `w:keepNext` in each cell.
 */
import fc from 'fast-check'
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType
} from 'docx'
import { describe, expect, it } from 'vitest'
import { needsPreserve, tableXml, WrittenTable, WrittenTableStyle } from '@main/documents/table-xml'
import type { BorderSpec, CellSpec, TableSpec } from '@main/documents/table-xml'

/**
 * The same table built from docx's own components, as blocks.ts did before table-xml.ts. With a keep-with-next style,
 * the rows kept with the next have their paragraphs in it, and no keep-with-next of their own.
 */
function docxTable(spec: TableSpec): Table {
  const keepStyle = spec.keepNextStyle
  const border = (b: BorderSpec) => ({
    style: b.style as (typeof BorderStyle)[keyof typeof BorderStyle],
    size: b.size,
    color: b.color
  })
  const runs = (cell: CellSpec) =>
    cell.text.includes('\n')
      ? cell.text
          .split('\n')
          .map(
            (line, i) => new TextRun({ text: line, bold: cell.bold ? true : undefined, break: i > 0 ? 1 : undefined })
          )
      : [new TextRun({ text: cell.text, bold: cell.bold ? true : undefined })]
  const align = { right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const
  return new Table({
    width: { size: spec.width, type: WidthType.DXA },
    columnWidths: spec.columnWidths,
    layout: TableLayoutType.FIXED,
    // A table that names a table style has its borders and margins from there.
    ...(spec.style
      ? { style: spec.style }
      : {
          margins: spec.margins,
          borders: {
            top: border(spec.borders.top),
            bottom: border(spec.borders.bottom),
            left: border(spec.borders.left),
            right: border(spec.borders.right),
            insideHorizontal: border(spec.borders.insideHorizontal),
            insideVertical: border(spec.borders.insideVertical)
          }
        }),
    rows: spec.rows.map(
      (row) =>
        new TableRow({
          tableHeader: row.header ? true : undefined,
          cantSplit: true,
          keepNext: row.keepNext && !keepStyle ? true : undefined,
          children: row.cells.map(
            (cell, i) =>
              new TableCell({
                width: { size: spec.columnWidths[i]!, type: WidthType.DXA },
                verticalAlign: cell.verticalAlignBottom ? VerticalAlign.BOTTOM : undefined,
                shading: cell.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: cell.fill } : undefined,
                borders: cell.topBorder ? { top: border(cell.topBorder) } : undefined,
                children: [
                  new Paragraph({
                    style: row.keepNext && keepStyle ? keepStyle(cell.style) : cell.style,
                    alignment: cell.align ? align[cell.align] : undefined,
                    children: runs(cell)
                  })
                ]
              })
          )
        })
    )
  })
}

const context = () => ({ stack: [], file: {} }) as never

/** docx's objects with `xml:space="preserve"` left out of the texts whose spaces do not need it. */
function preservedOnlyWhereNeeded(xml: unknown): unknown {
  if (Array.isArray(xml)) return xml.map(preservedOnlyWhereNeeded)
  if (typeof xml !== 'object' || xml === null) return xml
  const entries = Object.entries(xml).map(([name, value]) => {
    if (name === 'w:t' && Array.isArray(value) && value.length === 2 && typeof value[1] === 'string') {
      return [name, needsPreserve(value[1]) ? value : [value[1]]]
    }
    return [name, preservedOnlyWhereNeeded(value)]
  })
  return Object.fromEntries(entries)
}

const sameAsDocx = (spec: TableSpec) => {
  // Compared as JSON: docx's objects and these are plain data; equal JSON is equal input to its writer and layout.
  expect(JSON.stringify(new WrittenTable(spec).prepForXml())).toBe(
    JSON.stringify(preservedOnlyWhereNeeded(docxTable(spec).prepForXml(context())))
  )
}

const line: BorderSpec = { style: BorderStyle.SINGLE, size: 4, color: 'D0D5DD' }
const none: BorderSpec = { style: BorderStyle.NONE, size: 0, color: 'auto' }
const borders = {
  top: line,
  bottom: { ...line, size: 8 },
  left: none,
  right: none,
  insideHorizontal: line,
  insideVertical: none
}

describe('tables written as docx serialises them', () => {
  it('a header row, zebra rows, bold cells, line breaks, alignments and a total under a rule', () => {
    const cells = (texts: string[], extra: Partial<CellSpec> = {}): CellSpec[] =>
      texts.map((text, i) => ({ text, style: 'TableText20', align: i === 1 ? 'right' : undefined, ...extra }))
    sameAsDocx({
      width: 9070,
      columnWidths: [6570, 2500],
      borders,
      margins: { top: 70, bottom: 70, left: 110, right: 110 },
      rows: [
        {
          header: true,
          keepNext: true,
          cells: cells(['Beskrivning', 'Belopp'], { style: 'TableHeader19', fill: '1F4E79', verticalAlignBottom: true })
        },
        { keepNext: true, cells: cells(['Workshop & <rapport>', '45 000 kr']) },
        { keepNext: true, cells: cells(['Resor\n"ingår"', '0 kr'], { fill: 'F4F6F9', bold: true }) },
        {
          cells: cells(['', 'Summa'], {
            bold: true,
            topBorder: { style: BorderStyle.SINGLE, size: 8, color: '595959' }
          })
        }
      ]
    })
  })

  it('any cells (property)', () => {
    const cell: fc.Arbitrary<CellSpec> = fc.record(
      {
        text: fc.string({ unit: fc.constantFrom('a', 'Ö', ' ', '\n', '<', '&', '"', "'", '–', '\u00a0') }),
        style: fc.constantFrom('TableText20', 'TableText18', 'TableHeader17'),
        bold: fc.boolean(),
        align: fc.constantFrom('right' as const, 'center' as const),
        fill: fc.constantFrom('F4F6F9', 'EEF1F5'),
        verticalAlignBottom: fc.boolean(),
        topBorder: fc.constant({ style: BorderStyle.SINGLE, size: 8, color: '595959' })
      },
      { requiredKeys: ['text', 'style'] }
    )
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            header: fc.boolean(),
            keepNext: fc.boolean(),
            cells: fc.array(cell, { minLength: 2, maxLength: 2 })
          }),
          {
            minLength: 1,
            maxLength: 5
          }
        ),
        fc.boolean(),
        fc.boolean(),
        (rows, keepStyle, tableStyle) =>
          sameAsDocx({
            width: 9070,
            columnWidths: [3100, 5970],
            borders,
            margins: { top: 60, bottom: 60, left: 110, right: 110 },
            rows,
            ...(keepStyle ? { keepNextStyle: (style: string) => `${style}Keep` } : {}),
            ...(tableStyle ? { style: 'FactTable' } : {})
          })
      ),
      { numRuns: 200 }
    )
  })

  it('writes xml:space="preserve" only on text whose spaces need it', () => {
    const texts = (spec: TableSpec) =>
      JSON.stringify(tableXml(spec))
        .match(/"w:t":\[[^\]]*\]/g)
        ?.map((t) => t.slice(6))
    const preserve = '{"_attr":{"xml:space":"preserve"}}'
    expect(
      texts({
        width: 9070,
        columnWidths: [3100, 5970],
        borders,
        margins: { top: 60, bottom: 60, left: 110, right: 110 },
        rows: [
          { cells: ['1 500 000 kr', ' a'].map((text) => ({ text, style: 'TableText20' })) },
          { cells: ['a  b', 'b\n c'].map((text) => ({ text, style: 'TableText20' })) },
          { cells: ['a\u00a0', ''].map((text) => ({ text, style: 'TableText20' })) }
        ]
      })
    ).toEqual([
      '["1 500 000 kr"]',
      `[${preserve}," a"]`,
      `[${preserve},"a  b"]`,
      '["b"]',
      `[${preserve}," c"]`,
      '["a\u00a0"]',
      '[""]'
    ])
  })

  it('names the keep-with-next style in the rows kept with the next, and writes no w:keepNext', () => {
    const xml = JSON.stringify(
      tableXml({
        width: 9070,
        columnWidths: [3100, 5970],
        borders,
        margins: { top: 60, bottom: 60, left: 110, right: 110 },
        keepNextStyle: (style) => `${style}Keep`,
        rows: [true, false].map((keepNext) => ({
          keepNext,
          cells: [
            { text: 'a', style: 'TableTextBold20' },
            { text: 'b', style: 'TableText20' }
          ]
        }))
      })
    )
    expect([...xml.matchAll(/"w:pStyle":\{"_attr":\{"w:val":"(\w+)"/g)].map((m) => m[1])).toEqual([
      'TableTextBold20Keep',
      'TableText20Keep',
      'TableTextBold20',
      'TableText20'
    ])
    expect(xml).not.toContain('w:keepNext')
  })

  it('a table style holds the borders and margins as docx writes them in a table', () => {
    const frame = { borders, margins: { top: 60, bottom: 60, left: 110, right: 110 } }
    const own = JSON.stringify(tableXml({ ...frame, width: 9070, columnWidths: [9070], rows: [] }))
    const style = JSON.stringify(new WrittenTableStyle('FactTable', 'Fact Table', frame).prepForXml())
    // The style's w:tblPr is the table's own w:tblBorders and w:tblCellMar, in that order.
    const part = (xml: string, name: string) => xml.slice(xml.indexOf(`{"${name}"`), xml.indexOf(`,{"w:tblLayout"`))
    expect(style).toContain(part(own, 'w:tblBorders'))
    expect(style).toContain(own.slice(own.indexOf('{"w:tblCellMar"'), own.indexOf(']},{"w:tblGrid"')))
    expect(style.startsWith('{"w:style":[{"_attr":{"w:type":"table","w:styleId":"FactTable"}}')).toBe(true)
    const named = JSON.stringify(
      tableXml({ ...frame, style: 'FactTable', width: 9070, columnWidths: [9070], rows: [] })
    )
    expect(named).toContain('{"w:tblStyle":{"_attr":{"w:val":"FactTable"}}}')
    expect(named).not.toContain('w:tblBorders')
    expect(named).not.toContain('w:tblCellMar')
  })

  it('shares one object for the properties cells have in common', () => {
    const xml = tableXml({
      width: 9070,
      columnWidths: [3100, 5970],
      borders,
      margins: { top: 60, bottom: 60, left: 110, right: 110 },
      rows: [1, 2].map(() => ({
        cells: [
          { text: 'a', style: 'TableText20', fill: 'EEF1F5' },
          { text: 'b', style: 'TableText20' }
        ]
      }))
    }) as { 'w:tbl': { 'w:tr': { 'w:tc': unknown[] }[] }[] }
    const [first, second] = xml['w:tbl'].slice(2).map((row) => row['w:tr'][1]!['w:tc'][0])
    expect(first).toBe(second)
  })
})
