// The value/effort matrix: effect (y) against feasibility (x), both on the 1–5 scoring scale.
// Pure: no DOM, no Node. The renderer shows the SVG string as is, and the main process rasterises the
// same string to PNG for Word documents, so the client sees one picture everywhere.
//
// Every area is a numbered dot; the names are in a legend table beside or below the picture, never on it, so
// nothing is cut and nothing drifts. Scores are whole numbers: each score pair owns a cell of a 5×5 grid and
// the dots that share it are packed in a small grid inside the cell, so a dot never leaves its cell (nor the
// plot) and never crosses a quadrant line. The quadrant lines lie between 3 and 4 (QUADRANT_RULE): a 3 counts
// as low, and the quadrant a dot is drawn in is the quadrant the legend names.

import { escapeXml as esc, svgNumber as n } from './svg'

/** One area to plot; x (feasibility) and y (effect) on 1..5, null when the area is not scored on that axis. */
export type MatrixPoint = { id: string; label: string; x: number | null; y: number | null; marker?: string }

export type Box = { x: number; y: number; width: number; height: number }

export type QuadrantKey = 'doFirst' | 'plan' | 'whenChance' | 'wait'

/** The quadrants in reading order: top left, top right, bottom left, bottom right. */
export const QUADRANT_KEYS: readonly QuadrantKey[] = ['plan', 'doFirst', 'wait', 'whenChance']

/** The lowest score that counts as high: the quadrant lines lie between 3 and 4, so a 3 is low on both axes. */
export const HIGH_FROM = 4

/** The quadrant of a scored area: the single rule the picture, the legend and every document follow. */
export function quadrantOf(x: number, y: number): QuadrantKey {
  const right = x >= HIGH_FROM
  if (y >= HIGH_FROM) return right ? 'doFirst' : 'plan'
  return right ? 'whenChance' : 'wait'
}

/** A score as a grid column/row index 0..4 (1 → 0, 5 → 4); scores between whole numbers round, outliers clamp. */
function cellIndex(score: number): number {
  return Math.min(4, Math.max(0, Math.round(score) - 1))
}

/** One line of the legend: every area, plotted or not, in the order of the numbers on the dots. */
export type LegendRow = {
  id: string
  label: string
  /** The number on the dot (1..count of plotted areas), null when the area is not plotted. */
  number: number | null
  /** The area's rank as given (the point's marker), null when unranked. */
  rank: string | null
  x: number | null
  y: number | null
  /** null when the area is not plotted (a score on an axis is missing). */
  quadrant: QuadrantKey | null
}

export type PlacedPoint = {
  id: string
  label: string
  number: number
  quadrant: QuadrantKey
  cx: number
  cy: number
}

export type TitleLines = { key: QuadrantKey; lines: string[]; x: number; y: number }

export type MatrixLayout = {
  width: number
  height: number
  /** Dot numbers and tick labels. */
  fontSize: number
  /** Quadrant names and axis titles (bold). */
  titleSize: number
  /** Every dot is a badge of this size (a circle when as wide as tall), its number inside. */
  marker: { width: number; height: number }
  /** The framed plot, quadrant title strips included. */
  plot: { left: number; top: number; right: number; bottom: number }
  /** Left and right edges of the five score columns (index 0 is score 1). */
  columns: { from: number; to: number }[]
  /** Top and bottom edges of the five score rows (index 0 is score 1, drawn lowest). */
  rows: { from: number; to: number }[]
  /** The quadrant borders: between columns 3 and 4 and between rows 3 and 4. */
  midX: number
  midY: number
  ticks: { value: number; x: number; y: number }[]
  quadrants: { key: QuadrantKey; box: Box; title: TitleLines }[]
  points: PlacedPoint[]
  legend: LegendRow[]
  /** Areas left out because x or y is missing (also in the legend, without a number). */
  omitted: string[]
}

export type MatrixOptions = {
  /** Width of the picture in px (the documents pass the text width, so 1 unit is 1 px at 96 dpi when printed). */
  width?: number
  /** Font size of the dot numbers and tick labels in px; titles are one px larger. */
  fontSize?: number
  /** The picture grows taller when cells are crowded, up to this height; beyond it crowded dots overlap. */
  maxHeight?: number
  /** The quadrant names to be drawn, so the title strips get the lines they need. */
  quadrantTitles?: Record<QuadrantKey, string>
}

export type MatrixTexts = {
  /** Accessible name of the picture (SVG <title>). */
  title: string
  /** Longer description (SVG <desc>). */
  description: string
  xAxis: string
  yAxis: string
  quadrants: Record<QuadrantKey, string>
}

/** Average glyph width as a share of the font size: generous for DejaVu Sans, so estimated boxes cover the real text. */
export const CHAR_WIDTH_FACTOR = 0.58
/** Bold DejaVu Sans runs wider. */
const BOLD_FACTOR = 1.12
const LINE_FACTOR = 1.25
const CELL_PADDING = 4
/** Bold DejaVu Sans digits are 0.696 em wide. */
const DIGIT_WIDTH_FACTOR = 0.7
export const MATRIX_FONT_FAMILY = "'DejaVu Sans', 'Segoe UI', Arial, sans-serif"

/** Width in pixels that `text` takes at `fontSize`, estimated by character count (no font metrics without a DOM). */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Array.from(text).length * fontSize * CHAR_WIDTH_FACTOR
}

/** True when two boxes share any area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/** `text` broken at spaces into lines no wider than `maxWidth` (a single word wider than that keeps its own line). */
export function wrapText(text: string, fontSize: number, maxWidth: number, bold = false): string[] {
  const factor = bold ? BOLD_FACTOR : 1
  const words = text.trim().split(/\s+/).filter(Boolean)
  const lines: string[] = []
  for (const word of words) {
    const last = lines[lines.length - 1]
    if (last !== undefined && estimateTextWidth(`${last} ${word}`, fontSize) * factor <= maxWidth) {
      lines[lines.length - 1] = `${last} ${word}`
    } else lines.push(word)
  }
  return lines.length === 0 ? [''] : lines
}

/** The smallest font size in the picture, in its own units. */
export function smallestFontSize(layout: MatrixLayout): number {
  return Math.min(layout.fontSize, layout.titleSize)
}

/**
 * The smallest text of the picture in points when it is placed `placedWidthPx` wide (px at 96 dpi, as Word
 * places images): what a reader of the printed page gets. The documents keep it at 9 pt or more.
 */
export function printFontPt(layout: MatrixLayout, placedWidthPx: number): number {
  return smallestFontSize(layout) * (placedWidthPx / layout.width) * 0.75
}

/** The plotted points in legend order: by rank (unranked last), then in the order given. */
function numberPoints(points: readonly MatrixPoint[]): {
  plotted: { point: MatrixPoint & { x: number; y: number }; number: number }[]
  legend: LegendRow[]
  omitted: string[]
} {
  const rankValue = (p: MatrixPoint) => {
    const r = p.marker === undefined ? Number.NaN : Number.parseFloat(p.marker)
    return Number.isFinite(r) ? r : Number.POSITIVE_INFINITY
  }
  const isPlotted = (p: MatrixPoint): p is MatrixPoint & { x: number; y: number } =>
    p.x !== null && p.y !== null && Number.isFinite(p.x) && Number.isFinite(p.y)
  const order = points
    .map((point, i) => ({ point, i, rank: rankValue(point) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
  const plotted: { point: MatrixPoint & { x: number; y: number }; number: number }[] = []
  const legend: LegendRow[] = []
  const omitted: string[] = []
  for (const { point } of order) {
    if (isPlotted(point)) {
      const number = plotted.length + 1
      plotted.push({ point, number })
      legend.push({
        id: point.id,
        label: point.label,
        number,
        rank: point.marker ?? null,
        x: point.x,
        y: point.y,
        quadrant: quadrantOf(point.x, point.y)
      })
    }
  }
  // Unplotted areas close the legend, in the order given, so the legend still names every area.
  for (const point of points) {
    if (isPlotted(point)) continue
    omitted.push(point.id)
    legend.push({
      id: point.id,
      label: point.label,
      number: null,
      rank: point.marker ?? null,
      x: point.x,
      y: point.y,
      quadrant: null
    })
  }
  return { plotted, legend, omitted }
}

/**
 * Columns × rows for `count` dots in a w × h box at the spacing `pitch`, chosen so the spacing has to shrink the
 * least: `scale` is 1 when they fit, below 1 when the dots must overlap.
 */
function packGrid(
  count: number,
  w: number,
  h: number,
  pitch: { x: number; y: number }
): { cols: number; rows: number; scale: number } {
  let best = { cols: 1, rows: count, scale: 0 }
  for (let cols = 1; cols <= count; cols++) {
    const rows = Math.ceil(count / cols)
    const scale = Math.min(1, w / (cols * pitch.x), h / (rows * pitch.y))
    // Strictly better only: among equal scales the fewest columns win, so the result is deterministic.
    if (scale > best.scale + 1e-9) best = { cols, rows, scale }
    if (rows === 1) break
  }
  return best
}

/** Rows of dots needed in a cell of inner width `w`. */
function rowsNeeded(count: number, w: number, pitch: number): number {
  if (count === 0) return 0
  return Math.ceil(count / Math.max(1, Math.floor(w / pitch)))
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)

/** Lays out the matrix: the grid, the quadrants with their title strips, and a numbered dot per scored area. */
export function layoutMatrix(points: readonly MatrixPoint[], options: MatrixOptions = {}): MatrixLayout {
  const width = options.width ?? 760
  const fontSize = options.fontSize ?? 13
  const titleSize = fontSize + 1
  const maxHeight = Math.max(options.maxHeight ?? Math.round(width * 1.3), 200)
  const { plotted, legend, omitted } = numberPoints(points)

  // Each dot is a badge that holds its number: as tall as the text needs, as wide as the widest number.
  const digits = String(Math.max(1, plotted.length)).length
  const markerHeight = Math.round(fontSize * 1.4)
  const markerWidth = Math.max(markerHeight, Math.ceil(digits * fontSize * DIGIT_WIDTH_FACTOR + 6))
  const pitch = { x: markerWidth + 2, y: markerHeight + 2 }

  // Margins: the y axis title and tick labels on the left, tick labels and the x axis title below.
  const left = Math.round(titleSize * 1.5 + fontSize * 1.4 + 8)
  const right = width - 6
  const top = 6
  const gridWidth = right - left
  const bottomMargin = Math.round(fontSize + 8 + titleSize * 1.7)

  // How many dots each cell holds: counts[col][row].
  const counts = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0])
  for (const { point } of plotted) counts[cellIndex(point.x)]![cellIndex(point.y)]!++
  const rowNeed = (widths: number[]) =>
    [0, 1, 2, 3, 4].map(
      (r) =>
        Math.max(...widths.map((w, c) => rowsNeeded(counts[c]![r]!, w - 2 * CELL_PADDING, pitch.x))) * pitch.y +
        2 * CELL_PADDING
    )
  const minRow = pitch.y + 2 * CELL_PADDING

  // Quadrant names sit in strips inside their quadrant, above and below the grid, never among the dots.
  const titleLineHeight = titleSize * LINE_FACTOR
  const strips = (widths: number[]) => {
    const low = sum(widths.slice(0, HIGH_FROM - 1)) - 2 * CELL_PADDING
    const high = sum(widths.slice(HIGH_FROM - 1)) - 2 * CELL_PADDING
    const strip = (keys: [QuadrantKey, QuadrantKey]) =>
      Math.max(
        ...keys.map(
          (k, i) => wrapText(options.quadrantTitles?.[k] ?? 'X', titleSize, i === 0 ? low : high, true).length
        )
      ) *
        titleLineHeight +
      2 * CELL_PADDING
    return { top: strip(['plan', 'doFirst']), bottom: strip(['wait', 'whenChance']) }
  }

  // Column widths: equal when the dots fit in rows of equal height; otherwise crowded columns widen (each
  // column keeps a tenth of the grid, so a quadrant name has room).
  let widths = [0, 1, 2, 3, 4].map(() => gridWidth / 5)
  const evenStrips = strips(widths)
  const fixedOf = (s: { top: number; bottom: number }) => top + s.top + s.bottom + bottomMargin
  const maxGridOf = (s: { top: number; bottom: number }) => Math.max(5 * minRow, maxHeight - fixedOf(s))
  const evenNeed = rowNeed(widths)
  if (sum(evenNeed.map((h) => Math.max(h, minRow))) > maxGridOf(evenStrips)) {
    const minWidth = Math.max(pitch.x + 2 * CELL_PADDING, gridWidth / 10)
    const demand = counts.map((col) => Math.sqrt(Math.max(...col)))
    const spare = Math.max(0, gridWidth - 5 * minWidth)
    const total = sum(demand) || 1
    widths = demand.map((d) => minWidth + (spare * d) / total)
    widths = widths.map((w) => (w * gridWidth) / sum(widths))
  }
  const strip = strips(widths)
  const topStrip = strip.top
  const bottomStrip = strip.bottom
  const maxGrid = maxGridOf(strip)
  // Row heights: equal when they fit, else each as its busiest cell needs; beyond the maximum height they
  // shrink together and crowded dots overlap (numbers stay at full size).
  const baseRow = Math.max(minRow, (Math.round(width * 0.72) - fixedOf(strip)) / 5)
  const need = rowNeed(widths).map((h) => Math.max(h, minRow))
  let heights: number[]
  if (5 * Math.max(baseRow, ...need) <= maxGrid) heights = need.map(() => Math.max(baseRow, ...need))
  else {
    const total = sum(need)
    heights =
      total > maxGrid
        ? need.map((h) => (h * maxGrid) / total)
        : need.map((h) => h + Math.max(0, 5 * baseRow - total) / 5)
  }

  const gridTop = top + topStrip
  const gridBottom = gridTop + sum(heights)
  const plot = { left, top, right, bottom: gridBottom + bottomStrip }
  // Less a rounding error, so a picture grown to the maximum height is not one pixel over it.
  const height = Math.ceil(plot.bottom + bottomMargin - 1e-6)
  const columns: { from: number; to: number }[] = []
  let x = left
  for (const w of widths) {
    columns.push({ from: x, to: x + w })
    x += w
  }
  // Row 0 (score 1) is the lowest.
  const rows: { from: number; to: number }[] = []
  let y = gridBottom
  for (const h of heights) {
    rows.push({ from: y - h, to: y })
    y -= h
  }
  const midX = columns[HIGH_FROM - 1]!.from
  const midY = rows[HIGH_FROM - 1]!.to
  const ticks = [1, 2, 3, 4, 5].map((value) => ({
    value,
    x: (columns[value - 1]!.from + columns[value - 1]!.to) / 2,
    y: (rows[value - 1]!.from + rows[value - 1]!.to) / 2
  }))

  const quadrantBox = (key: QuadrantKey): Box => {
    const high = key === 'doFirst' || key === 'whenChance'
    const upper = key === 'doFirst' || key === 'plan'
    const x0 = high ? midX : plot.left
    const x1 = high ? plot.right : midX
    const y0 = upper ? plot.top : midY
    const y1 = upper ? midY : plot.bottom
    return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }
  }
  const quadrants = QUADRANT_KEYS.map((key) => {
    const box = quadrantBox(key)
    const upper = key === 'doFirst' || key === 'plan'
    const lines = wrapText(options.quadrantTitles?.[key] ?? '', titleSize, box.width - 2 * CELL_PADDING, true)
    const stripTop = upper ? plot.top : gridBottom
    const stripHeight = upper ? topStrip : bottomStrip
    const blockHeight = lines.length * titleLineHeight
    return {
      key,
      box,
      title: {
        key,
        lines,
        x: box.x + box.width / 2,
        // Baseline of the first line, the block centred in its strip.
        y: stripTop + (stripHeight - blockHeight) / 2 + titleSize * 0.95
      }
    }
  })

  // Dots: each cell's dots in a small grid centred on the cell, in number order (left to right, top down).
  const byCell = new Map<number, { point: MatrixPoint & { x: number; y: number }; number: number }[]>()
  for (const item of plotted) {
    const key = cellIndex(item.point.x) * 5 + cellIndex(item.point.y)
    const list = byCell.get(key)
    if (list) list.push(item)
    else byCell.set(key, [item])
  }
  const placed: PlacedPoint[] = []
  for (const [key, items] of byCell) {
    const col = columns[Math.floor(key / 5)]!
    const row = rows[key % 5]!
    const w = col.to - col.from - 2 * CELL_PADDING
    const h = row.to - row.from - 2 * CELL_PADDING
    const { cols, rows: lines, scale } = packGrid(items.length, w, h, pitch)
    const step = { x: pitch.x * scale, y: pitch.y * scale }
    const cx0 = (col.from + col.to) / 2 - ((cols - 1) * step.x) / 2
    const cy0 = (row.from + row.to) / 2 - ((lines - 1) * step.y) / 2
    items.forEach(({ point, number }, k) => {
      const inRow = Math.floor(k / cols)
      // The last row, when short, is centred under the others.
      const inThisRow = Math.min(cols, items.length - inRow * cols)
      const shift = ((cols - inThisRow) * step.x) / 2
      placed.push({
        id: point.id,
        label: point.label,
        number,
        quadrant: quadrantOf(point.x, point.y),
        cx: cx0 + shift + (k % cols) * step.x,
        cy: cy0 + inRow * step.y
      })
    })
  }
  placed.sort((a, b) => a.number - b.number)

  return {
    width,
    height,
    fontSize,
    titleSize,
    marker: { width: markerWidth, height: markerHeight },
    plot,
    columns,
    rows,
    midX,
    midY,
    ticks,
    quadrants,
    points: placed,
    legend,
    omitted
  }
}

const FILLS: Record<QuadrantKey, string> = {
  doFirst: '#e3f1e6',
  plan: '#e6eef8',
  whenChance: '#fbf3dc',
  wait: '#f1f2f4'
}

/** The matrix as a standalone SVG document (for the screen and, rasterised, for Word). */
export function matrixSvg(layout: MatrixLayout, texts: MatrixTexts, idPrefix = 'matrix'): string {
  const { width, height, plot, fontSize, titleSize, marker } = layout
  const id = idPrefix.replace(/[^A-Za-z0-9_-]/g, '')
  const ink = '#1c2330'
  const out: string[] = []
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${esc(MATRIX_FONT_FAMILY)}">`,
    `<title id="${id}-title">${esc(texts.title)}</title>`,
    `<desc id="${id}-desc">${esc(texts.description)}</desc>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`
  )
  for (const q of layout.quadrants) {
    out.push(
      `<rect x="${n(q.box.x)}" y="${n(q.box.y)}" width="${n(q.box.width)}" height="${n(q.box.height)}" fill="${FILLS[q.key]}"/>`
    )
  }
  // Faint cell borders: each whole score owns a cell.
  const gridTop = layout.rows[4]!.from
  const gridBottom = layout.rows[0]!.to
  for (const c of layout.columns.slice(1)) {
    if (c.from === layout.midX) continue
    out.push(
      `<line x1="${n(c.from)}" y1="${n(gridTop)}" x2="${n(c.from)}" y2="${n(gridBottom)}" stroke="#ffffff" stroke-width="1.5"/>`
    )
  }
  for (const r of layout.rows.slice(1)) {
    if (r.to === layout.midY) continue
    out.push(
      `<line x1="${n(plot.left)}" y1="${n(r.to)}" x2="${n(plot.right)}" y2="${n(r.to)}" stroke="#ffffff" stroke-width="1.5"/>`
    )
  }
  for (const t of layout.ticks) {
    out.push(
      `<text x="${n(t.x)}" y="${n(plot.bottom + 4 + fontSize)}" font-size="${n(fontSize)}" text-anchor="middle" fill="${ink}">${t.value}</text>`,
      `<text x="${n(plot.left - 6)}" y="${n(t.y + fontSize * 0.35)}" font-size="${n(fontSize)}" text-anchor="end" fill="${ink}">${t.value}</text>`
    )
  }
  // The quadrant lines, between 3 and 4, solid and darker than the cell borders.
  out.push(
    `<line x1="${n(layout.midX)}" y1="${n(plot.top)}" x2="${n(layout.midX)}" y2="${n(plot.bottom)}" stroke="#4a5568" stroke-width="1.5"/>`,
    `<line x1="${n(plot.left)}" y1="${n(layout.midY)}" x2="${n(plot.right)}" y2="${n(layout.midY)}" stroke="#4a5568" stroke-width="1.5"/>`,
    `<rect x="${n(plot.left)}" y="${n(plot.top)}" width="${n(plot.right - plot.left)}" height="${n(plot.bottom - plot.top)}" fill="none" stroke="#4a5568"/>`
  )
  for (const q of layout.quadrants) {
    const name = texts.quadrants[q.key]
    const lines = q.title.lines.join(' ') === name.trim().split(/\s+/).join(' ') ? q.title.lines : [name]
    out.push(
      `<text class="matrix-quadrant" x="${n(q.title.x)}" y="${n(q.title.y)}" font-size="${n(titleSize)}" font-weight="bold" text-anchor="middle" fill="${ink}">${lines
        .map(
          (line, i) =>
            `<tspan x="${n(q.title.x)}" dy="${i === 0 ? 0 : n(titleSize * LINE_FACTOR)}">${esc(line)}</tspan>`
        )
        .join('')}</text>`
    )
  }
  out.push(
    `<text x="${n((plot.left + plot.right) / 2)}" y="${n(height - 6)}" font-size="${n(titleSize)}" font-weight="bold" text-anchor="middle" fill="${ink}">${esc(texts.xAxis)} →</text>`,
    `<text x="0" y="0" transform="translate(${n(titleSize + 2)} ${n((gridTop + gridBottom) / 2)}) rotate(-90)" font-size="${n(titleSize)}" font-weight="bold" text-anchor="middle" fill="${ink}">${esc(texts.yAxis)} →</text>`
  )
  for (const p of layout.points) {
    out.push(
      `<rect class="matrix-dot" x="${n(p.cx - marker.width / 2)}" y="${n(p.cy - marker.height / 2)}" width="${n(marker.width)}" height="${n(marker.height)}" rx="${n(marker.height / 2)}" fill="#1b5a9a" stroke="#ffffff" stroke-width="1.5"/>`,
      `<text class="matrix-number" x="${n(p.cx)}" y="${n(p.cy + fontSize * 0.36)}" font-size="${n(fontSize)}" font-weight="bold" text-anchor="middle" fill="#ffffff">${p.number}</text>`
    )
  }
  out.push('</svg>')
  return out.join('\n')
}
