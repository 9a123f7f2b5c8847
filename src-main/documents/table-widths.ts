/**
 * Column widths of a document table from its content, so no word is broken in the middle: every column is at least as
 * wide as its longest word (a number, rank or amount in a right-aligned or centred column: its whole text), columns
 * whose text fits on one line are no wider than that, and the room left goes to the columns that wrap. The widths the
 * caller gives are the starting point and the shares of what is left. Pure: text widths come from the font tables of
 * font-widths.ts (see FONTS), never from a font on this machine.
 */
import { RANGES, WIDTHS } from './font-widths'

/** A column as table code describes it: the width it would like (twips), how its text is aligned, its texts. */
export type ColumnContent = {
  width: number
  align?: 'left' | 'right' | 'center'
  /** The header's text (set bold at `headerSize`). */
  header: string
  /** Every cell's text in the column, and whether it is bold. */
  cells: readonly { text: string; bold?: boolean }[]
}

export type TableMeasure = {
  /** The body font's name, as the branding gives it. */
  font: string
  /** Font sizes in half-points, as docx takes them. */
  headerSize: number
  cellSize: number
  /** Left plus right cell margin, in twips. */
  padding: number
  /** The width the columns must fill, in twips. */
  total: number
}

type Face = { regular: readonly number[]; bold: readonly number[] }
type Measured = { face: Face; scale: number }

/**
 * How each body font is measured, so that a column is wide enough both in Word with the font and in LibreOffice,
 * which draws a missing font in a stand-in: Arial and Times New Roman by their own widths (Liberation Sans and Serif
 * are made with them); Calibri by Arial's, wider than it and than Carlito, its stand-in; Verdana by DejaVu Sans, made
 * with its proportions and its stand-in; Georgia, Cambria and Garamond by DejaVu Serif, wider than each of them and
 * what LibreOffice draws them with where they are missing.
 */
const FONTS: Record<string, Measured> = {
  Arial: { face: WIDTHS.sans, scale: 1 },
  Calibri: { face: WIDTHS.sans, scale: 1 },
  Verdana: { face: WIDTHS.wideSans, scale: 1 },
  'Times New Roman': { face: WIDTHS.serif, scale: 1 },
  Georgia: { face: WIDTHS.wideSerif, scale: 1 },
  Cambria: { face: WIDTHS.wideSerif, scale: 1 },
  Garamond: { face: WIDTHS.wideSerif, scale: 1 }
}
const SERIF_NAMES = /serif|times|roman|garamond|georgia|cambria|book|palatino/i

/** Where each character of RANGES sits in a WIDTHS array. */
const INDEX = new Map<number, number>()
{
  let at = 0
  for (const [first, last] of RANGES) for (let code = first; code <= last; code++) INDEX.set(code, at++)
}

/** An unknown font is measured as the wide DejaVu face of its kind, so a column is rather too wide than too narrow. */
function measuredAs(font: string): Measured {
  return FONTS[font] ?? { face: SERIF_NAMES.test(font) ? WIDTHS.wideSerif : WIDTHS.wideSans, scale: 1 }
}

const MARK = /[\p{M}\p{Cf}]/u
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\p{Extended_Pictographic}/u

/** Width of one character in thousandths of an em: its own, a whole em for CJK and emoji, an "m" for the unknown. */
function charWidth(widths: readonly number[], char: string): number {
  const index = INDEX.get(char.codePointAt(0)!)
  const known = index === undefined ? -1 : widths[index]!
  if (known >= 0) return known
  if (MARK.test(char)) return 0
  if (WIDE.test(char)) return 1000
  return widths[INDEX.get(0x6d)!]!
}

/** How wide `text` is on one line, in twips, at `size` half-points. */
export function textWidth(text: string, font: string, size: number, bold = false): number {
  const { face, scale } = measuredAs(font)
  const widths = bold ? face.bold : face.regular
  let em = 0
  for (const char of text) em += charWidth(widths, char)
  // thousandths of an em × size in points (size / 2) × 20 twips a point
  return (em * scale * size) / 100
}

// Word breaks a line at ordinary spaces, after a hyphen and at a soft hyphen (U+00AD, shown as a hyphen there);
// never at a no-break space (U+00A0, U+2007, U+202F), which keeps "1 500 000 kr" and "20 %" whole.
const BREAKS = /[ \t\n\r\u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]+|(?<=[-\u2010\u00ad])/

/** The pieces a line of text can break into: its words, a hyphenated word split after each hyphen. */
export function unbreakable(text: string): string[] {
  return text.split(BREAKS).filter((w) => w.length > 0)
}

/** A little room beyond the measured text: rounding in Word's and LibreOffice's layouts. */
const SLACK = 40

/** The width a column needs not to break a word, and the width its longest text needs on one line, in twips. */
export function columnNeeds(column: ColumnContent, m: TableMeasure): { min: number; max: number } {
  const whole = column.align === 'right' || column.align === 'center'
  const texts = [
    { text: column.header, bold: true, size: m.headerSize, whole: false },
    ...column.cells.map((c) => ({ text: c.text, bold: c.bold ?? false, size: m.cellSize, whole }))
  ]
  let min = 0
  let max = 0
  for (const t of texts)
    for (const line of t.text.split('\n')) {
      const lineWidth = textWidth(line.trim(), m.font, t.size, t.bold)
      max = Math.max(max, lineWidth)
      const pieces = t.whole ? [line.trim()] : unbreakable(line)
      for (const piece of pieces) min = Math.max(min, textWidth(piece.replace(/\s+$/, ''), m.font, t.size, t.bold))
    }
  const pad = m.padding + SLACK
  return { min: Math.ceil(min + pad), max: Math.ceil(Math.max(min, max) + pad) }
}

/** Whether every column can have its longest word whole on a line at these sizes. */
export function fitsWords(columns: readonly ColumnContent[], m: TableMeasure): boolean {
  return columns.reduce((sum, c) => sum + columnNeeds(c, m).min, 0) <= m.total
}

/**
 * The widths (twips, summing to `m.total`) of a table's columns: each at least its `min` (no word broken), none
 * wider than its one-line `max` while another column still wraps, the rest shared as the given widths share it.
 * When even the mins do not fit (see fitsWords: the caller first tries a smaller size), every column but the one
 * with the longest word gets its min, and that one what is left: only its longest words break.
 */
export function columnWidths(columns: readonly ColumnContent[], m: TableMeasure): number[] {
  if (columns.length === 0) return []
  const needs = columns.map((c) => columnNeeds(c, m))
  const given = columns.reduce((sum, c) => sum + Math.max(c.width, 1), 0)
  const share = columns.map((c) => Math.max(c.width, 1) / given)
  const mins = needs.map((n) => n.min)
  const minSum = mins.reduce((a, b) => a + b, 0)
  if (minSum >= m.total) {
    const longest = mins.indexOf(Math.max(...mins))
    const others = minSum - mins[longest]!
    // Each other column keeps its min if that leaves the longest a quarter of the table; else all shrink alike.
    if (m.total - others >= m.total / 4)
      return settle(
        mins.map((w, i) => (i === longest ? m.total - others : w)),
        m.total
      )
    return settle(
      mins.map((w) => (w * m.total) / minSum),
      m.total
    )
  }
  // Start from the given shares, raised to each min and lowered to each one-line width.
  const widths = share.map((s, i) => Math.min(Math.max(s * m.total, mins[i]!), Math.max(needs[i]!.max, mins[i]!)))
  let left = m.total - widths.reduce((a, b) => a + b, 0)
  if (left < 0) {
    // Too wide: take from the room above each min, in proportion to it.
    const room = widths.map((w, i) => w - mins[i]!)
    const roomSum = room.reduce((a, b) => a + b, 0)
    return settle(
      widths.map((w, i) => w + (left * room[i]!) / roomSum),
      m.total
    )
  }
  // Room to spare: first to the columns that wrap, up to their one-line width, in proportion to what they lack.
  const lack = widths.map((w, i) => Math.max(0, needs[i]!.max - w))
  const lackSum = lack.reduce((a, b) => a + b, 0)
  if (lackSum > 0) {
    const give = Math.min(left, lackSum)
    for (let i = 0; i < widths.length; i++) widths[i]! += (give * lack[i]!) / lackSum
    left -= give
  }
  // Still room: shared as the given widths share the table, so a table keeps its proportions.
  for (let i = 0; i < widths.length; i++) widths[i]! += left * share[i]!
  return settle(widths, m.total)
}

/** Whole twips that add up to `total` exactly: the rounding is settled on the widest column. */
function settle(widths: number[], total: number): number[] {
  const rounded = widths.map((w) => Math.floor(w))
  const widest = rounded.indexOf(Math.max(...rounded))
  rounded[widest]! += total - rounded.reduce((a, b) => a + b, 0)
  return rounded
}
