/**
 * The building blocks both documents share: page setup, Word's built-in styles in the consultant's colour
 * and font, cover page, header and footer, headings, paragraphs, lists and tables.
 * Every user text passes through cleanText/cleanLine here, so no caller can forget it.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  WidthType
} from 'docx'
import type { FileChild, IRunOptions, PageNumberEstimator, ParagraphChild } from 'docx'
import type { DocumentBranding, DocumentClient, DocumentImage } from '@shared/document-model'
import { formatDate } from '@shared/format'
import type { Language } from '@shared/settings'
import { pageNumberEstimator } from './page-numbers'
import { columnNeeds, columnWidths, fitsWords } from './table-widths'
import type { ColumnContent, TableMeasure } from './table-widths'
import type { PageNumberOutcome } from './page-numbers'
import { WrittenTable, WrittenTableStyle } from './table-xml'
import type { CellSpec, RowSpec, TableFrame } from './table-xml'
import { cleanLine, cleanText, documentTexts } from './texts'
import type { Translate } from './texts'

/** A4 in twips (1/20 pt). */
const PAGE = { width: 11906, height: 16838 }
/** 2.5 cm margins: room for the client's notes in the margin when printed. */
const MARGIN = 1418
/** Width of the text column in twips. */
export const TEXT_WIDTH = PAGE.width - 2 * MARGIN
/** Width of the text column in pixels at 96 dpi, as ImageRun measures. */
export const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH / 1440) * 96)

const GREY = '595959'
const RULE = 'D0D5DD'
const ZEBRA = 'F4F6F9'
const LABEL_FILL = 'EEF1F5'
/** Tables with at most this many rows are kept on one page. */
const KEEP_WHOLE_ROWS = 12

/** What every block needs: the language, its texts and the branding. */
export type Ctx = { lang: Language; t: Translate; brand: DocumentBranding }

/** The context a document model is built in: its language, the texts in that language, its branding. */
export function documentContext(model: { language: Language; branding: DocumentBranding }): Ctx {
  return { lang: model.language, t: documentTexts(model.language), brand: model.branding }
}

const SERIF = new Set(['Cambria', 'Georgia', 'Garamond', 'Times New Roman'])

function bodySize(font: string): number {
  // Half-points. Serif faces run smaller at the same size, so they get half a point more.
  return SERIF.has(font) ? 22 : 21
}

/** A run of user text; line breaks inside it become Word line breaks. */
function runs(text: string, options: IRunOptions = {}): TextRun[] {
  const clean = cleanText(text)
  if (!clean.includes('\n')) return [new TextRun({ ...options, text: clean })]
  return clean.split('\n').map((line, i) => new TextRun({ ...options, text: line, break: i > 0 ? 1 : undefined }))
}

/** One paragraph of user or fixed text. */
export function para(
  text: string,
  options: {
    bold?: boolean
    italics?: boolean
    color?: string
    size?: number
    style?: string
    keepNext?: boolean
    alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]
    spacingAfter?: number
  } = {}
): Paragraph {
  return new Paragraph({
    style: options.style,
    keepNext: options.keepNext,
    alignment: options.alignment,
    spacing: options.spacingAfter === undefined ? undefined : { after: options.spacingAfter },
    children: runs(text, { bold: options.bold, italics: options.italics, color: options.color, size: options.size })
  })
}

/** A paragraph of runs, for mixed bold and plain text. */
export function richPara(children: ParagraphChild[], options: { keepNext?: boolean; style?: string } = {}): Paragraph {
  return new Paragraph({ children, keepNext: options.keepNext, style: options.style })
}

/** Plain runs of user text, for richPara. */
export function textRuns(text: string, options: IRunOptions = {}): TextRun[] {
  return runs(text, options)
}

/** A long user text as paragraphs: a blank line starts a new paragraph. */
export function paras(text: string, options: { keepNext?: boolean } = {}): Paragraph[] {
  return cleanText(text)
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
    .map((block) => para(block, { keepNext: options.keepNext }))
}

/** A heading in Word's built-in Heading 1–3 style (outline level 0–2: navigation pane and TOC). */
export function heading(text: string, level: 1 | 2 | 3, options: { pageBreakBefore?: boolean } = {}): Paragraph {
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const
  return new Paragraph({
    heading: levels[level],
    pageBreakBefore: options.pageBreakBefore,
    children: [new TextRun(cleanLine(text))]
  })
}

/** A bulleted list (Word's List Paragraph with a bullet numbering). */
export function bullets(items: string[]): Paragraph[] {
  return items.map(
    (item) =>
      new Paragraph({ style: 'ListParagraph', numbering: { reference: 'bullets', level: 0 }, children: runs(item) })
  )
}

let listInstance = 0
/** A numbered list that starts again at 1; a lead ending in '.' before the first space-separated sentence is set in bold. */
export function numbered(items: string[], options: { boldLead?: boolean; keepTogether?: boolean } = {}): Paragraph[] {
  listInstance += 1
  const instance = listInstance
  return items.map((item, i) => {
    const clean = cleanText(item)
    const cut = options.boldLead ? clean.indexOf('. ') : -1
    const children =
      cut > 0
        ? [new TextRun({ text: clean.slice(0, cut + 1), bold: true }), ...runs(clean.slice(cut + 1))]
        : runs(clean)
    return new Paragraph({
      style: 'ListParagraph',
      numbering: { reference: 'numbers', level: 0, instance },
      // A short list (an agenda, next steps) stays on one page rather than leaving its first item behind.
      keepNext: options.keepTogether && i < items.length - 1 ? true : undefined,
      children
    })
  })
}

/** A quotation: Word's built-in Quote style. */
export function quote(ctx: Ctx, text: string, source?: string): Paragraph[] {
  const out = [
    new Paragraph({
      style: 'Quote',
      keepNext: source !== undefined,
      children: runs(ctx.t('common.quoted', { text: cleanText(text).trim() }))
    })
  ]
  if (source !== undefined) out.push(new Paragraph({ style: 'QuoteSource', children: runs(`– ${source}`) }))
  return out
}

export type Column = { header: string; width: number; align?: 'left' | 'right' | 'center' }
export type CellValue = string | { text: string; bold?: boolean }

/** Table text sizes in half-points: 9.5 pt headers, 10 pt cells (fact tables, and data tables whose words fit). */
const HEADER_SIZE = 19
const CELL_SIZE = 20
/** A data table's left and right cell margins, in twips. */
const CELL_MARGIN = 110
/**
 * What a data table steps down to, in order, when its longest words do not fit side by side at 10 pt with the usual
 * margins: half-point sizes of header and cells, and cell margins (twips a side). Narrower margins come before 8 pt.
 */
const SMALLER_TABLES = [
  { header: 17, cell: 18, margin: CELL_MARGIN },
  { header: 17, cell: 18, margin: 60 },
  { header: 15, cell: 16, margin: 60 }
] as const
type TextSize = { header: number; cell: number }

/**
 * Paragraph styles of table text, one for each size a table may be set in (see buildDocument): every cell's paragraph
 * names one instead of repeating its format, so a table of thousands of cells is written (and laid out) without a run
 * format on each.
 */
const CELL_SIZES = [CELL_SIZE, ...SMALLER_TABLES.map((s) => s.cell)].filter((v, i, all) => all.indexOf(v) === i)
const HEADER_SIZES = [HEADER_SIZE, ...SMALLER_TABLES.map((s) => s.header)].filter((v, i, all) => all.indexOf(v) === i)
const cellStyle = (size: number) => `TableText${size}`
const boldCellStyle = (size: number) => `TableTextBold${size}`
const headerStyle = (size: number) => `TableHeader${size}`
/** Each table text style has a twin kept with the next paragraph, for the rows of a table kept on one page. */
const keepNextStyle = (style: string) => `${style}Keep`
/** The table text styles (buildDocument adds each with its twin kept with the next paragraph). */
const TABLE_TEXT_STYLES = [
  ...CELL_SIZES.flatMap((size) => [
    {
      id: cellStyle(size),
      name: `Table Text ${size / 2} pt`,
      basedOn: 'Normal',
      next: cellStyle(size),
      run: { size },
      paragraph: { spacing: { before: 0, after: 0 } }
    },
    {
      id: boldCellStyle(size),
      name: `Table Text ${size / 2} pt Bold`,
      basedOn: cellStyle(size),
      next: cellStyle(size),
      run: { bold: true }
    }
  ]),
  // A data table's header row: white on the accent colour, bold.
  ...HEADER_SIZES.map((size) => ({
    id: headerStyle(size),
    name: `Table Header ${size / 2} pt`,
    basedOn: 'Normal',
    next: cellStyle(CELL_SIZE),
    run: { size, bold: true, color: 'FFFFFF' },
    paragraph: { spacing: { before: 0, after: 0 } }
  }))
]

function cell(
  value: CellValue,
  column: Column,
  extra: { fill?: string; bold?: boolean; header?: boolean; topRule?: boolean; size?: TextSize } = {}
): CellSpec {
  const text = typeof value === 'string' ? value : value.text
  const bold = extra.bold ?? (typeof value === 'string' ? false : value.bold)
  const align = column.align ?? 'left'
  return {
    text: cleanText(text),
    // Bold by the paragraph style, not a run format in every cell: a fact table's labels are thousands of cells.
    style: extra.header
      ? headerStyle(extra.size?.header ?? HEADER_SIZE)
      : (bold === true ? boldCellStyle : cellStyle)(extra.size?.cell ?? CELL_SIZE),
    align: align === 'left' ? undefined : align,
    fill: extra.fill,
    // Top is Word's default: only the header row says bottom.
    verticalAlignBottom: extra.header === true,
    topBorder: extra.topRule ? { style: BorderStyle.SINGLE, size: 8, color: GREY } : undefined
  }
}

/**
 * Column widths from the table's content (table-widths.ts): no word broken in the middle, numbers and ranks on one
 * line, the given widths as the starting shares; together the whole text width. A table whose longest words do not
 * fit side by side at 10 pt is set at 9 pt, then with narrower cell margins, then at 8 pt, before any word is broken.
 */
function fitColumns(
  ctx: Ctx,
  columns: Column[],
  rows: CellValue[][]
): { columns: Column[]; size: TextSize; margin: number } {
  const content: ColumnContent[] = columns.map((c, i) => ({
    width: c.width,
    align: c.align,
    header: cleanText(c.header),
    cells: rows.map((row) => {
      const value = row[i] ?? ''
      return typeof value === 'string' ? { text: cleanText(value) } : { text: cleanText(value.text), bold: value.bold }
    })
  }))
  const measure = (header: number, cell: number, margin: number): TableMeasure => ({
    font: ctx.brand.bodyFont,
    headerSize: header,
    cellSize: cell,
    padding: 2 * margin,
    total: TEXT_WIDTH
  })
  let chosen = measure(HEADER_SIZE, CELL_SIZE, CELL_MARGIN)
  for (const step of SMALLER_TABLES) {
    if (fitsWords(content, chosen)) break
    chosen = measure(step.header, step.cell, step.margin)
  }
  const widths = columnWidths(content, chosen)
  return {
    columns: columns.map((c, i) => ({ ...c, width: widths[i]! })),
    size: { header: chosen.headerSize, cell: chosen.cellSize },
    margin: chosen.padding / 2
  }
}

/**
 * The width (twips) a column of labels needs so that no label's longest word is broken: at the body font and size
 * (or `size` half-points), with Word's default cell margins (108 twips a side) unless `margins` says otherwise;
 * never less than `atLeast`.
 */
export function labelColumnWidth(
  ctx: Ctx,
  labels: readonly string[],
  options: { atLeast?: number; size?: number; bold?: boolean; margins?: number } = {}
): number {
  const size = options.size ?? bodySize(ctx.brand.bodyFont)
  const { min } = columnNeeds(
    { width: 0, header: '', cells: labels.map((text) => ({ text: cleanText(text), bold: options.bold })) },
    { font: ctx.brand.bodyFont, headerSize: size, cellSize: size, padding: options.margins ?? 216, total: TEXT_WIDTH }
  )
  return Math.max(options.atLeast ?? 0, min)
}

/**
 * A real Word table: a header row that repeats on every page, rows that never split across pages,
 * light rules and zebra rows in the body, optional total rows set in bold under a rule.
 */
export function dataTable(ctx: Ctx, columnsIn: Column[], rows: CellValue[][], totals: CellValue[][] = []): FileChild {
  // Totals are set in bold: measured so.
  const boldTotals = totals.map((row) =>
    row.map((v) => (typeof v === 'string' ? { text: v, bold: true } : { ...v, bold: true }))
  )
  const { columns, size, margin } = fitColumns(ctx, columnsIn, [...rows, ...boldTotals])
  const header: RowSpec = {
    header: true,
    // Never a header row alone at the foot of a page.
    keepNext: true,
    cells: columns.map((c) => cell(c.header, c, { fill: ctx.brand.accentColor, header: true, size }))
  }
  // A short table stays on one page (a three-row table split over two pages looks careless); a long one
  // breaks where it must, with its header row repeated.
  const keepWhole = rows.length + totals.length <= KEEP_WHOLE_ROWS
  const lastRow = rows.length + totals.length - 1
  const body = rows.map((row, r): RowSpec => ({
    keepNext: keepWhole && r < lastRow,
    cells: columns.map((c, i) => cell(row[i] ?? '', c, { fill: r % 2 === 1 ? ZEBRA : undefined, size }))
  }))
  const totalRows = totals.map((row, r): RowSpec => ({
    keepNext: rows.length + r < lastRow,
    cells: columns.map((c, i) => cell(row[i] ?? '', c, { bold: true, topRule: r === 0, size }))
  }))
  // Every row is cantSplit: a row is never broken across pages.
  return new WrittenTable({
    width: TEXT_WIDTH,
    columnWidths: columns.map((c) => c.width),
    margins: { top: 70, bottom: 70, left: margin, right: margin },
    borders: {
      top: { style: BorderStyle.SINGLE, size: 4, color: ctx.brand.accentColor },
      bottom: { style: BorderStyle.SINGLE, size: 8, color: ctx.brand.accentColor },
      left: { style: BorderStyle.NONE, size: 0, color: 'auto' },
      right: { style: BorderStyle.NONE, size: 0, color: 'auto' },
      insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: RULE },
      insideVertical: { style: BorderStyle.NONE, size: 0, color: 'auto' }
    },
    rows: [header, ...body, ...totalRows],
    keepNextStyle
  })
}

/** A fact table's light rules and cell margins, and the table style that holds them. */
const FACT_TABLE_FRAME: TableFrame = {
  margins: { top: 60, bottom: 60, left: 110, right: 110 },
  borders: {
    top: { style: BorderStyle.SINGLE, size: 4, color: RULE },
    bottom: { style: BorderStyle.SINGLE, size: 4, color: RULE },
    left: { style: BorderStyle.NONE, size: 0, color: 'auto' },
    right: { style: BorderStyle.NONE, size: 0, color: 'auto' },
    insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: RULE },
    insideVertical: { style: BorderStyle.NONE, size: 0, color: 'auto' }
  }
}
const FACT_TABLE_STYLE = 'FactTable'

/** A two-column table of facts (label, value), without a header row: labels shaded, rows kept whole. */
export function factTable(rows: [string, string][], labelWidth = 3100): FileChild {
  const label: Column = { header: '', width: labelWidth }
  const value: Column = { header: '', width: TEXT_WIDTH - labelWidth }
  return new WrittenTable({
    width: TEXT_WIDTH,
    columnWidths: [label.width, value.width],
    ...FACT_TABLE_FRAME,
    // Its borders and margins by the table style (buildDocument adds it): a proposal may have 1 500 fact tables.
    style: FACT_TABLE_STYLE,
    // A fact table is short: kept on one page, with the heading before it (keep-with-next on all but the last row).
    rows: rows.map(([l, v], i) => ({
      keepNext: i < rows.length - 1,
      cells: [cell(l, label, { fill: LABEL_FILL, bold: true }), cell(v, value)]
    })),
    keepNextStyle
  })
}

/** A small gap after a table, so the next paragraph does not stick to it. */
export function gap(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 120 }, children: [] })
}

/** A picture inside its own paragraph (docx#2151: an ImageRun must sit in a Paragraph), scaled to fit `maxWidthPx`. */
export function picture(
  image: DocumentImage | { type: 'png'; data: Uint8Array; widthPx: number; heightPx: number },
  altText: string,
  maxWidthPx: number,
  maxHeightPx: number,
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT
): Paragraph {
  const scale = Math.min(1, maxWidthPx / image.widthPx, maxHeightPx / image.heightPx)
  const data = 'data' in image ? image.data : Buffer.from(image.base64, 'base64')
  const alt = cleanLine(altText)
  return new Paragraph({
    alignment,
    keepNext: true,
    children: [
      new ImageRun({
        type: image.type,
        data,
        transformation: { width: Math.round(image.widthPx * scale), height: Math.round(image.heightPx * scale) },
        altText: { name: alt, title: alt, description: alt }
      })
    ]
  })
}

/** Word's TOC field over Heading 1–2 on a page of its own, its page numbers written now (see page-numbers.ts). */
export function tableOfContents(ctx: Ctx): FileChild[] {
  return [
    new Paragraph({ style: 'TOCHeading', pageBreakBefore: true, children: [new TextRun(ctx.t('common.toc'))] }),
    new TableOfContents(ctx.t('common.toc'), { hyperlink: true, headingStyleRange: '1-2' })
  ]
}

/** The cover: logo, kind of document, title, client, and who sends it when. */
export function coverPage(
  ctx: Ctx,
  options: { kicker: string; title: string; client: DocumentClient; date: string }
): FileChild[] {
  const { t, brand, lang } = ctx
  const out: FileChild[] = []
  if (brand.logo) out.push(picture(brand.logo, brand.company || brand.consultantName || 'Logo', 220, 90))
  else out.push(new Paragraph({ children: [] }))
  out.push(
    new Paragraph({
      spacing: { before: 2600, after: 120 },
      children: [
        new TextRun({
          text: options.kicker.toUpperCase(),
          bold: true,
          color: brand.accentColor,
          size: 24,
          characterSpacing: 40
        })
      ]
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(cleanLine(options.title))] }),
    new Paragraph({
      spacing: { after: 480 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: brand.accentColor, space: 12 } },
      children: [new TextRun({ text: cleanLine(options.client.name), size: 32, color: GREY })]
    })
  )
  const from = [brand.consultantName, brand.company].map(cleanLine).filter(Boolean)
  const to = [cleanLine(options.client.name)]
  if (options.client.orgNumber) to.push(t('common.orgNumber', { value: cleanLine(options.client.orgNumber) }))
  const facts: [string, string][] = [[t('common.preparedFor'), to.join('\n')]]
  if (from.length > 0) {
    if (brand.orgNumber.trim()) from.push(t('common.orgNumber', { value: cleanLine(brand.orgNumber) }))
    facts.push([t('common.preparedBy'), from.join('\n')])
  }
  facts.push([t('common.date'), formatDate(options.date, lang, 'long')])
  out.push(coverFacts(facts))
  return out
}

function coverFacts(rows: [string, string][]): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' }
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [1800, TEXT_WIDTH - 1800],
    layout: TableLayoutType.FIXED,
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    margins: { top: 40, bottom: 120, left: 0, right: 110 },
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: 1800, type: WidthType.DXA },
              children: [new Paragraph({ spacing: { after: 0 }, children: runs(label, { color: GREY, size: 20 }) })]
            }),
            new TableCell({
              width: { size: TEXT_WIDTH - 1800, type: WidthType.DXA },
              children: [new Paragraph({ spacing: { after: 0 }, children: runs(value, { size: 22 }) })]
            })
          ]
        })
    )
  })
}

/** The consultant's contact block, one line each. */
export function contactBlock(ctx: Ctx): Paragraph[] {
  const b = ctx.brand
  const lines = [
    b.consultantName,
    b.company,
    b.orgNumber.trim() ? ctx.t('common.orgNumber', { value: b.orgNumber }) : '',
    ...b.contactLines
  ]
    .map(cleanLine)
    .filter(Boolean)
  if (lines.length === 0) return []
  // One paragraph of lines (breaks, not paragraphs) that may not be split: an address is never cut by a page break.
  // A chain of keep-with-next paragraphs did the same in Word, but LibreOffice split it at a page end (session 8).
  return [
    new Paragraph({
      keepLines: true,
      children: lines.map(
        (line, i) => new TextRun({ text: line, bold: i === 0 ? true : undefined, break: i > 0 ? 1 : undefined })
      )
    })
  ]
}

/** "Sida X av Y" with live page fields, split around the placeholders of the translated text. */
function pageXofY(t: Translate): ParagraphChild[] {
  const template = t('common.pageXofY', { current: '\u0000C', total: '\u0000T' })
  const parts = template.split(/(\u0000[CT])/)
  return parts
    .filter((p) => p.length > 0)
    .map((p) =>
      p === '\u0000C'
        ? new TextRun({ children: [PageNumber.CURRENT], size: 17, color: GREY })
        : p === '\u0000T'
          ? new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 17, color: GREY })
          : new TextRun({ text: p, size: 17, color: GREY })
    )
}

export type DocumentOptions = {
  title: string
  subject: string
  client: DocumentClient
  cover: FileChild[]
  body: FileChild[]
  /** Works out the TOC's page numbers while the document is written; absent, the contents page has none. */
  pageNumbers?: PageNumberEstimator
  /**
   * Whether Word updates the fields on open. Only for a document whose TOC numbers could not be worked out: Word's
   * prompt about fields "that may refer to other files" reads as a security warning to a client.
   */
  updateFields: boolean
}

/** The Word document: properties, language, styles, numbering, A4 page, header (not on the cover) and footer. */
export function buildDocument(ctx: Ctx, options: DocumentOptions): Document {
  const { brand, t } = ctx
  const font = brand.bodyFont
  const accent = brand.accentColor
  const author = cleanLine(brand.consultantName || brand.company)
  const headerText = `${cleanLine(options.client.name)} · ${cleanLine(options.title)}`
  const emptyHeader = new Header({ children: [new Paragraph({ children: [] })] })
  const footer = () =>
    new Footer({
      children: [
        new Paragraph({
          tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
          children: [
            new TextRun({ text: cleanLine(brand.company || brand.consultantName), size: 17, color: GREY }),
            new TextRun({ children: [new Tab()], size: 17 }),
            ...pageXofY(t)
          ]
        })
      ]
    })
  const heading = (size: number, level: number, before: number, after: number, color = accent) => ({
    run: { font, size, bold: true, color },
    paragraph: { outlineLevel: level, keepNext: true, keepLines: true, spacing: { before, after } }
  })
  const doc = new Document({
    title: cleanLine(options.title),
    subject: cleanLine(options.subject),
    creator: author,
    lastModifiedBy: author,
    description: cleanLine(options.subject),
    features: options.updateFields ? { updateFields: true } : undefined,
    // No automatic hyphenation: docx's page-number estimate stops at it, and the TOC would lose its numbers.
    pageNumbers: options.pageNumbers,
    styles: {
      default: {
        document: {
          run: {
            font,
            size: bodySize(font),
            color: '262626',
            language: { value: ctx.lang === 'sv' ? 'sv-SE' : 'en-GB' }
          },
          // lineRule spelled out: LibreOffice reads a missing one as 'exact' and clips pictures and big titles.
          paragraph: { spacing: { after: 140, line: 288, lineRule: LineRuleType.AUTO } }
        },
        title: {
          run: { font, size: 52, bold: true, color: accent },
          paragraph: { spacing: { after: 240, line: 252, lineRule: LineRuleType.AUTO } }
        },
        heading1: heading(32, 0, 480, 160),
        heading2: heading(26, 1, 320, 120),
        heading3: heading(22, 2, 240, 80, '404040'),
        listParagraph: { paragraph: { spacing: { after: 80 } } },
        caption: { run: { italics: true, size: 18, color: GREY }, paragraph: { spacing: { before: 60, after: 240 } } }
      },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true, color: '404040' },
          paragraph: {
            indent: { left: 425 },
            spacing: { before: 120, after: 40 },
            border: { left: { style: BorderStyle.SINGLE, size: 18, color: accent, space: 10 } }
          }
        },
        {
          id: 'QuoteSource',
          name: 'Quote Source',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 18, color: GREY },
          paragraph: { indent: { left: 425 }, spacing: { after: 200 } }
        },
        // Table text: no space around the paragraph (the cell margins give it), in each size a table is set in;
        // a data table's header row white on the accent colour, bold.
        ...TABLE_TEXT_STYLES,
        // The same, kept with the next paragraph: a table kept on one page names these in all but its last row.
        ...TABLE_TEXT_STYLES.map(({ id, name }) => ({
          id: keepNextStyle(id),
          name: `${name}, Keep with Next`,
          basedOn: id,
          next: id,
          paragraph: { keepNext: true }
        })),
        {
          id: 'TOCHeading',
          name: 'TOC Heading',
          basedOn: 'Normal',
          next: 'Normal',
          run: { font, size: 32, bold: true, color: accent },
          paragraph: { spacing: { before: 0, after: 240 } }
        }
      ]
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 357, hanging: 357 } } }
            }
          ]
        },
        {
          reference: 'numbers',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 357, hanging: 357 } } }
            }
          ]
        }
      ]
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: PAGE,
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 709, footer: 709 }
          }
        },
        headers: {
          first: emptyHeader,
          default: new Header({
            children: [
              new Paragraph({
                border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: RULE, space: 4 } },
                children: [new TextRun({ text: headerText, size: 17, color: GREY })]
              })
            ]
          })
        },
        // The cover has no running header, but it keeps the footer: "Sida 1 av N" tells a reader of a
        // printout or a forwarded PDF that nothing is missing.
        footers: { first: footer(), default: footer() },
        children: [...options.cover, ...options.body]
      }
    ]
  })
  // The fact tables' borders and margins, which they name instead of writing each (docx has no option for table styles).
  doc.Styles.addChildElement(new WrittenTableStyle(FACT_TABLE_STYLE, 'Fact Table', FACT_TABLE_FRAME))
  return doc
}

/** What a cover and the file's properties say besides client and date: the kind of document, title, subject. */
export type DocumentFrame = { kicker: string; title: string; subject: string }

/** How a document is rendered. */
export type RenderOptions = {
  /**
   * Work out the contents page's numbers while writing (default). Off only in the benchmark, which times the
   * estimation as a row of its own beside the rest of the render.
   */
  estimatePages?: boolean
  /** Hears how the numbers were found. */
  onPageNumbers?: (outcome: PageNumberOutcome) => void
}

/**
 * The document as .docx bytes: the cover, the table of contents on a page of its own, then the body. Its TOC page
 * numbers are written in; only when some could not be worked out at all is it written again, asking Word to update
 * the fields on open.
 */
export async function renderDocx(
  ctx: Ctx,
  model: { client: DocumentClient; date: string },
  frame: DocumentFrame,
  body: FileChild[],
  options: RenderOptions = {}
): Promise<Uint8Array> {
  const { kicker, title, subject } = frame
  const estimate = options.estimatePages ?? true
  const write = async (updateFields: boolean) => {
    // A fresh cover, contents and estimator for each pass (the contents are filled in as the file is written).
    const cover = [
      ...coverPage(ctx, { kicker, title, client: model.client, date: model.date }),
      ...tableOfContents(ctx)
    ]
    const numbers = estimate ? pageNumberEstimator() : null
    const doc = buildDocument(ctx, {
      title,
      subject,
      client: model.client,
      cover,
      body,
      pageNumbers: numbers?.estimator,
      updateFields
    })
    const bytes = new Uint8Array(await Packer.toBuffer(doc))
    return { bytes, outcome: numbers?.outcome() ?? { quality: 'missing' as const, guesses: [] } }
  }
  const first = await write(false)
  const done = estimate && first.outcome.quality === 'missing' ? await write(true) : first
  options.onPageNumbers?.(done.outcome)
  return done.bytes
}
