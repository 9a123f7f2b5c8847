/**
 * Tables written straight into the form docx serialises (its `prepForXml` output: `{ "w:tc": [...] }`, `_attr` for
 * attributes), without a docx component for every cell, paragraph, run and property.
 *
 * A 500-area proposal has some 25 000 table cells; as docx components each is a dozen class instances that are then
 * turned into exactly these objects, and most of the render went to building and collecting them. Written here, the
 * parts every cell of a column shares (its width and fill, its paragraph properties) are one object, reused; docx
 * writes them to XML and lays them out for the contents page's numbers as it does its own tables.
 *
 * The objects are what docx makes of the same Table (tests/main/documents/table-xml.test.ts builds both and compares
 * them), with two differences that change nothing a reader sees and leave docx's writer less to do (a 500-area proposal
 * has some 260 000 elements, and docx's passes over them are most of its render): `xml:space="preserve"` only on text
 * whose spaces need it, and, where the table says so, a row kept with the next names a paragraph style that keeps with
 * the next instead of a `w:keepNext` in every cell.
 */
import { FileChild, XmlComponent } from 'docx'

/** An element as docx's serialiser takes it. */
type Xml = { [name: string]: unknown }

/** A border as docx writes it (w:val, w:color, w:sz). */
export type BorderSpec = { style: string; color: string; size: number }

export type CellSpec = {
  text: string
  /** Paragraph style id. */
  style: string
  bold?: boolean
  align?: 'right' | 'center'
  fill?: string
  verticalAlignBottom?: boolean
  topBorder?: BorderSpec
}

export type RowSpec = { header?: boolean; keepNext?: boolean; cells: CellSpec[] }

/** A table's borders and cell margins (twips). */
export type TableFrame = {
  borders: {
    top: BorderSpec
    left: BorderSpec
    bottom: BorderSpec
    right: BorderSpec
    insideHorizontal: BorderSpec
    insideVertical: BorderSpec
  }
  margins: { top: number; bottom: number; left: number; right: number }
}

export type TableSpec = TableFrame & {
  width: number
  columnWidths: number[]
  /**
   * A table style (see WrittenTableStyle) that holds this table's borders and margins: the table names it instead of
   * writing them (12 elements fewer a table; a 500-area proposal has 1 500 fact tables).
   */
  style?: string
  rows: RowSpec[]
  /**
   * The paragraph style that is a cell style kept with the next paragraph. Given, the paragraphs of a row kept with the
   * next name that style instead of carrying a `w:keepNext` each (one element fewer per cell for docx to write).
   */
  keepNextStyle?: (style: string) => string
}

const EMPTY = {}
const PRESERVE = { _attr: { 'xml:space': 'preserve' } }
const BOLD = { 'w:rPr': [{ 'w:b': EMPTY }, { 'w:bCs': EMPTY }] }
const BREAK = { 'w:br': EMPTY }
const KEEP_NEXT = { 'w:keepNext': EMPTY }

const border = (name: string, b: BorderSpec): Xml => ({
  [name]: { _attr: { 'w:val': b.style, 'w:color': b.color, 'w:sz': b.size } }
})
const dxa = (name: string, w: number): Xml => ({ [name]: { _attr: { 'w:type': 'dxa', 'w:w': w } } })

const FIXED = { 'w:tblLayout': { _attr: { 'w:type': 'fixed' } } }
const bordersXml = ({ borders: b }: TableFrame): Xml => ({
  'w:tblBorders': [
    border('w:top', b.top),
    border('w:left', b.left),
    border('w:bottom', b.bottom),
    border('w:right', b.right),
    border('w:insideH', b.insideHorizontal),
    border('w:insideV', b.insideVertical)
  ]
})
const marginsXml = ({ margins: m }: TableFrame): Xml => ({
  'w:tblCellMar': [dxa('w:top', m.top), dxa('w:left', m.left), dxa('w:bottom', m.bottom), dxa('w:right', m.right)]
})

/**
 * Whether a line's spaces need `xml:space="preserve"` to survive: spaces at either end or two in a row (XML white
 * space only; a no-break space is a character like any other). docx writes the attribute on every text; written only
 * where it matters, the document reads the same and docx's XML writer has one attribute fewer per cell.
 */
export function needsPreserve(line: string): boolean {
  return /^[ \t\r\n]|[ \t\r\n]$|[ \t\r\n]{2}/.test(line)
}

/** One run per line of the text (a line break before each after the first), bold or not. */
function runsOf(text: string, bold: boolean): Xml[] {
  const lines = text.includes('\n') ? text.split('\n') : [text]
  return lines.map((line, i) => {
    const children: unknown[] = []
    if (bold) children.push(BOLD)
    if (i > 0) children.push(BREAK)
    children.push({ 'w:t': needsPreserve(line) ? [PRESERVE, line] : [line] })
    return { 'w:r': children }
  })
}

/** The table's XML: properties, grid and rows, the shared parts of cells written once. */
export function tableXml(spec: TableSpec): Xml {
  const properties = {
    'w:tblPr': spec.style
      ? [{ 'w:tblStyle': { _attr: { 'w:val': spec.style } } }, dxa('w:tblW', spec.width), FIXED]
      : [dxa('w:tblW', spec.width), bordersXml(spec), FIXED, marginsXml(spec)]
  }
  const grid = { 'w:tblGrid': spec.columnWidths.map((w) => ({ 'w:gridCol': { _attr: { 'w:w': w } } })) }
  // Cell and paragraph properties, one object for each combination met (a column's cells mostly share one).
  const cellProperties = new Map<string, Xml>()
  const paragraphProperties = new Map<string, Xml>()
  const tcPr = (width: number, cell: CellSpec): Xml => {
    const top = cell.topBorder
    const key = `${width}|${cell.fill ?? ''}|${cell.verticalAlignBottom ? 1 : 0}|${top ? `${top.style}/${top.color}/${top.size}` : ''}`
    let found = cellProperties.get(key)
    if (!found) {
      const children: Xml[] = [dxa('w:tcW', width)]
      if (top) children.push({ 'w:tcBorders': [border('w:top', top)] })
      if (cell.fill) children.push({ 'w:shd': { _attr: { 'w:fill': cell.fill, 'w:color': 'auto', 'w:val': 'clear' } } })
      if (cell.verticalAlignBottom) children.push({ 'w:vAlign': { _attr: { 'w:val': 'bottom' } } })
      found = { 'w:tcPr': children }
      cellProperties.set(key, found)
    }
    return found
  }
  const keepNextStyle = spec.keepNextStyle
  const pPr = (cell: CellSpec, keepNext: boolean): Xml => {
    const key = `${cell.style}|${keepNext ? 1 : 0}|${cell.align ?? ''}`
    let found = paragraphProperties.get(key)
    if (!found) {
      const style = keepNext && keepNextStyle ? keepNextStyle(cell.style) : cell.style
      const children: Xml[] = [{ 'w:pStyle': { _attr: { 'w:val': style } } }]
      if (keepNext && !keepNextStyle) children.push(KEEP_NEXT)
      if (cell.align) children.push({ 'w:jc': { _attr: { 'w:val': cell.align } } })
      found = { 'w:pPr': children }
      paragraphProperties.set(key, found)
    }
    return found
  }
  const rows = spec.rows.map((row) => {
    const keepNext = row.keepNext === true
    const trPr = {
      'w:trPr': row.header ? [{ 'w:cantSplit': EMPTY }, { 'w:tblHeader': EMPTY }] : [{ 'w:cantSplit': EMPTY }]
    }
    const cells = row.cells.map((cell, i) => ({
      'w:tc': [
        tcPr(spec.columnWidths[i]!, cell),
        { 'w:p': [pPr(cell, keepNext), ...runsOf(cell.text, cell.bold === true)] }
      ]
    }))
    return { 'w:tr': [trPr, ...cells] }
  })
  return { 'w:tbl': [properties, grid, ...rows] }
}

/**
 * A table style of borders and cell margins for styles.xml, based on Word's default table style, for tables that name
 * it (TableSpec.style) instead of writing their own. Add it with `document.Styles.addChildElement`.
 */
export class WrittenTableStyle extends XmlComponent {
  private readonly id: string
  private readonly name: string
  private readonly frame: TableFrame

  constructor(id: string, name: string, frame: TableFrame) {
    super('w:style')
    this.id = id
    this.name = name
    this.frame = frame
  }

  override prepForXml(): Xml {
    return {
      'w:style': [
        { _attr: { 'w:type': 'table', 'w:styleId': this.id } },
        { 'w:name': { _attr: { 'w:val': this.name } } },
        { 'w:basedOn': { _attr: { 'w:val': 'TableNormal' } } },
        { 'w:tblPr': [bordersXml(this.frame), marginsXml(this.frame)] }
      ]
    }
  }
}

/** A table for a document's body, written as tableXml gives it. */
export class WrittenTable extends FileChild {
  private readonly spec: TableSpec

  constructor(spec: TableSpec) {
    super('w:tbl')
    this.spec = spec
  }

  override prepForXml(): Xml {
    return tableXml(this.spec)
  }
}
