// The value/effort matrix: effect (y) against feasibility (x), both on the 1–5 scoring scale.
// Pure: no DOM, no Node. The renderer shows the SVG string as is, and the main process rasterises the
// same string to PNG for Word documents, so the client sees one picture everywhere.

import { escapeXml as esc, svgNumber as n } from './svg'

/** One area to plot; x (feasibility) and y (effect) on 1..5, null when the area is not scored on that axis. */
export type MatrixPoint = { id: string; label: string; x: number | null; y: number | null; marker?: string }

export type Box = { x: number; y: number; width: number; height: number }

export type PlacedLabel = {
  /** The text drawn (the label, shortened when too long). */
  text: string
  box: Box
  /** Baseline start of the text. */
  textX: number
  textY: number
  /** A line from the dot to the label when the label sits away from its dot. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null
}

export type PlacedPoint = {
  id: string
  label: string
  marker: string | null
  cx: number
  cy: number
  /** null when no free place was found: the data table beside the picture still names the area. */
  placed: PlacedLabel | null
}

export type QuadrantKey = 'doFirst' | 'plan' | 'whenChance' | 'wait'

export type MatrixLayout = {
  width: number
  height: number
  fontSize: number
  pointRadius: number
  plot: { left: number; top: number; right: number; bottom: number }
  /** Centre of the scale (3) in pixels: the quadrant borders. */
  midX: number
  midY: number
  ticks: { value: number; x: number; y: number }[]
  quadrants: { key: QuadrantKey; box: Box; title: Box & { textX: number; textY: number; anchor: 'start' | 'end' } }[]
  points: PlacedPoint[]
  /** Points left out because x or y is missing. */
  omitted: string[]
}

export type MatrixOptions = {
  width?: number
  height?: number
  fontSize?: number
  maxLabelChars?: number
  /** The quadrant titles to be drawn, so their corners are kept free of labels. */
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
const LINE_FACTOR = 1.3
const LABEL_PADDING = 3
// Generous margins beyond 1 and 5 keep the dots clear of the quadrant titles in the corners.
const SCALE_MIN = 0.3
const SCALE_MAX = 5.7
export const MATRIX_FONT_FAMILY = "'DejaVu Sans', 'Segoe UI', Arial, sans-serif"

/** Width in pixels that `text` takes at `fontSize`, estimated by character count (no font metrics without a DOM). */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Array.from(text).length * fontSize * CHAR_WIDTH_FACTOR
}

/** True when two boxes share any area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/** Shortens `text` to at most `max` characters, ending in "…" when cut. */
export function shorten(text: string, max: number): string {
  const chars = Array.from(text.trim())
  return chars.length <= max
    ? chars.join('')
    : `${chars
        .slice(0, Math.max(1, max - 1))
        .join('')
        .trimEnd()}…`
}

/** Lays out the matrix: pixel positions of the dots and a label box for each that overlaps no other label, dot or quadrant title. */
export function layoutMatrix(points: readonly MatrixPoint[], options: MatrixOptions = {}): MatrixLayout {
  const width = options.width ?? 760
  const height = options.height ?? 560
  const fontSize = options.fontSize ?? 12
  const maxLabelChars = options.maxLabelChars ?? 30
  const pointRadius = Math.round(fontSize * 0.85)
  const plot = { left: 64, top: 16, right: width - 16, bottom: height - 56 }
  const sx = (v: number) => plot.left + ((v - SCALE_MIN) / (SCALE_MAX - SCALE_MIN)) * (plot.right - plot.left)
  const sy = (v: number) => plot.bottom - ((v - SCALE_MIN) / (SCALE_MAX - SCALE_MIN)) * (plot.bottom - plot.top)
  const midX = sx(3)
  const midY = sy(3)
  const ticks = [1, 2, 3, 4, 5].map((value) => ({ value, x: sx(value), y: sy(value) }))

  const titleSize = fontSize + 1
  const titleHeight = titleSize * LINE_FACTOR + 2 * LABEL_PADDING
  const quadrantDefs: { key: QuadrantKey; box: Box; right: boolean; top: boolean }[] = [
    {
      key: 'plan',
      box: { x: plot.left, y: plot.top, width: midX - plot.left, height: midY - plot.top },
      right: false,
      top: true
    },
    {
      key: 'doFirst',
      box: { x: midX, y: plot.top, width: plot.right - midX, height: midY - plot.top },
      right: true,
      top: true
    },
    {
      key: 'wait',
      box: { x: plot.left, y: midY, width: midX - plot.left, height: plot.bottom - midY },
      right: false,
      top: false
    },
    {
      key: 'whenChance',
      box: { x: midX, y: midY, width: plot.right - midX, height: plot.bottom - midY },
      right: true,
      top: false
    }
  ]
  // Quadrant titles sit in the outer corner of their quadrant (bold, so their estimate is widened); without
  // the titles a generous strip is kept free of labels.
  const halfWidth = (plot.right - plot.left) / 2 - 8
  const quadrants = quadrantDefs.map(({ key, box, right, top }) => {
    const title = options.quadrantTitles?.[key]
    const titleWidth = Math.min(
      halfWidth,
      title === undefined ? 200 : estimateTextWidth(title, titleSize) * 1.1 + 2 * LABEL_PADDING
    )
    const x = right ? box.x + box.width - titleWidth - 4 : box.x + 4
    const y = top ? box.y + 4 : box.y + box.height - titleHeight - 4
    return {
      key,
      box,
      title: {
        x,
        y,
        width: titleWidth,
        height: titleHeight,
        textX: right ? x + titleWidth - LABEL_PADDING : x + LABEL_PADDING,
        textY: y + LABEL_PADDING + titleSize,
        anchor: right ? ('end' as const) : ('start' as const)
      }
    }
  })

  const omitted: string[] = []
  const plotted = points.filter((p) => {
    const ok = p.x !== null && p.y !== null && Number.isFinite(p.x) && Number.isFinite(p.y)
    if (!ok) omitted.push(p.id)
    return ok
  })
  const centres = spreadCoincident(plotted, sx, sy, pointRadius)

  const obstacles: Box[] = quadrants.map((q) => q.title)
  for (const c of centres) obstacles.push(dotBox(c.cx, c.cy, pointRadius))
  const bounds: Box = {
    x: plot.left + 1,
    y: plot.top + 1,
    width: plot.right - plot.left - 2,
    height: plot.bottom - plot.top - 2
  }
  const labelHeight = fontSize * LINE_FACTOR + 2 * LABEL_PADDING
  const scene: Scene = { bounds, obstacles, leaders: [], quadrantOf: (x, y) => (x < midX ? 0 : 1) + (y < midY ? 0 : 2) }

  // Crowded points first: they have the fewest free places, so they choose before the lonely ones.
  const order = centres
    .map((c, i) => ({ i, crowd: centres.filter((o) => Math.hypot(o.cx - c.cx, o.cy - c.cy) < 90).length }))
    .sort((a, b) => b.crowd - a.crowd || a.i - b.i)
  const placedById = new Map<number, PlacedLabel | null>()
  for (const { i } of order) {
    const c = centres[i]!
    const attempts = [shorten(c.point.label, maxLabelChars), shorten(c.point.label, 14)]
    let placed: PlacedLabel | null = null
    for (const text of attempts) {
      if (text === '') break
      const box = findPlace(
        c.cx,
        c.cy,
        estimateTextWidth(text, fontSize) + 2 * LABEL_PADDING,
        labelHeight,
        pointRadius,
        scene
      )
      if (box) {
        const leader = leaderFor(c.cx, c.cy, box, pointRadius)
        if (leader) scene.leaders.push(leader)
        placed = {
          text,
          box,
          textX: box.x + LABEL_PADDING,
          textY: box.y + LABEL_PADDING + fontSize * 0.95,
          leader
        }
        obstacles.push(box)
        break
      }
    }
    placedById.set(i, placed)
  }

  return {
    width,
    height,
    fontSize,
    pointRadius,
    plot,
    midX,
    midY,
    ticks,
    quadrants,
    points: centres.map((c, i) => ({
      id: c.point.id,
      label: c.point.label,
      marker: c.point.marker ?? null,
      cx: c.cx,
      cy: c.cy,
      placed: placedById.get(i) ?? null
    })),
    omitted
  }
}

/** The matrix as a standalone SVG document (for the screen and, rasterised, for Word). */
export function matrixSvg(layout: MatrixLayout, texts: MatrixTexts, idPrefix = 'matrix'): string {
  const { width, height, plot, fontSize, pointRadius } = layout
  const id = idPrefix.replace(/[^A-Za-z0-9_-]/g, '')
  const out: string[] = []
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${esc(MATRIX_FONT_FAMILY)}">`,
    `<title id="${id}-title">${esc(texts.title)}</title>`,
    `<desc id="${id}-desc">${esc(texts.description)}</desc>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`
  )
  const fills: Record<QuadrantKey, string> = {
    doFirst: '#e3f1e6',
    plan: '#e6eef8',
    whenChance: '#fbf3dc',
    wait: '#f1f2f4'
  }
  for (const q of layout.quadrants) {
    out.push(
      `<rect x="${n(q.box.x)}" y="${n(q.box.y)}" width="${n(q.box.width)}" height="${n(q.box.height)}" fill="${fills[q.key]}"/>`
    )
  }
  for (const t of layout.ticks) {
    out.push(
      `<line x1="${n(t.x)}" y1="${n(plot.bottom)}" x2="${n(t.x)}" y2="${n(plot.bottom + 5)}" stroke="#4a5568"/>`,
      `<text x="${n(t.x)}" y="${n(plot.bottom + 8 + fontSize)}" font-size="${fontSize}" text-anchor="middle" fill="#1c2330">${t.value}</text>`,
      `<line x1="${n(plot.left - 5)}" y1="${n(t.y)}" x2="${n(plot.left)}" y2="${n(t.y)}" stroke="#4a5568"/>`,
      `<text x="${n(plot.left - 9)}" y="${n(t.y + fontSize * 0.35)}" font-size="${fontSize}" text-anchor="end" fill="#1c2330">${t.value}</text>`
    )
  }
  out.push(
    `<line x1="${n(layout.midX)}" y1="${n(plot.top)}" x2="${n(layout.midX)}" y2="${n(plot.bottom)}" stroke="#7a8594" stroke-dasharray="6 4"/>`,
    `<line x1="${n(plot.left)}" y1="${n(layout.midY)}" x2="${n(plot.right)}" y2="${n(layout.midY)}" stroke="#7a8594" stroke-dasharray="6 4"/>`,
    `<rect x="${n(plot.left)}" y="${n(plot.top)}" width="${n(plot.right - plot.left)}" height="${n(plot.bottom - plot.top)}" fill="none" stroke="#4a5568"/>`
  )
  for (const q of layout.quadrants) {
    out.push(
      `<text x="${n(q.title.textX)}" y="${n(q.title.textY)}" font-size="${fontSize + 1}" font-weight="bold" text-anchor="${q.title.anchor}" fill="#1c2330">${esc(texts.quadrants[q.key])}</text>`
    )
  }
  const axisSize = fontSize + 1
  out.push(
    `<text x="${n((plot.left + plot.right) / 2)}" y="${n(height - 12)}" font-size="${axisSize}" font-weight="bold" text-anchor="middle" fill="#1c2330">${esc(texts.xAxis)} →</text>`,
    `<text x="0" y="0" transform="translate(${n(20)} ${n((plot.top + plot.bottom) / 2)}) rotate(-90)" font-size="${axisSize}" font-weight="bold" text-anchor="middle" fill="#1c2330">${esc(texts.yAxis)} →</text>`
  )
  // Leaders first, then dots, then labels: a line never covers text.
  for (const p of layout.points) {
    const l = p.placed?.leader
    if (l)
      out.push(
        `<line x1="${n(l.x1)}" y1="${n(l.y1)}" x2="${n(l.x2)}" y2="${n(l.y2)}" stroke="#4a5568" stroke-width="1"/>`
      )
  }
  for (const p of layout.points) {
    out.push(
      `<circle cx="${n(p.cx)}" cy="${n(p.cy)}" r="${pointRadius}" fill="#1b5a9a" stroke="#ffffff" stroke-width="1.5"/>`
    )
    if (p.marker !== null) {
      out.push(
        `<text x="${n(p.cx)}" y="${n(p.cy + fontSize * 0.35)}" font-size="${fontSize - 2}" font-weight="bold" text-anchor="middle" fill="#ffffff">${esc(p.marker)}</text>`
      )
    }
  }
  for (const p of layout.points) {
    if (!p.placed) continue
    const b = p.placed.box
    out.push(
      `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" rx="3" fill="#ffffff" fill-opacity="0.88"/>`,
      `<text class="matrix-label" x="${n(p.placed.textX)}" y="${n(p.placed.textY)}" font-size="${fontSize}" fill="#1c2330">${esc(p.placed.text)}</text>`
    )
  }
  out.push('</svg>')
  return out.join('\n')
}

type Centre = { point: MatrixPoint; cx: number; cy: number }

// Scores are whole numbers, so several areas often share a position: they are set on a small ring around it.
function spreadCoincident(
  points: readonly MatrixPoint[],
  sx: (v: number) => number,
  sy: (v: number) => number,
  r: number
): Centre[] {
  const groups = new Map<string, number[]>()
  points.forEach((p, i) => {
    const key = `${p.x}|${p.y}`
    groups.set(key, [...(groups.get(key) ?? []), i])
  })
  const centres: Centre[] = points.map((p) => ({ point: p, cx: sx(p.x!), cy: sy(p.y!) }))
  for (const members of groups.values()) {
    if (members.length < 2) continue
    const ring = Math.max(r * 1.6, (members.length * (2 * r + 3)) / (2 * Math.PI))
    members.forEach((index, k) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * k) / members.length
      const c = centres[index]!
      c.cx += ring * Math.cos(angle)
      c.cy += ring * Math.sin(angle)
    })
  }
  return centres
}

function dotBox(cx: number, cy: number, r: number): Box {
  return { x: cx - r - 1, y: cy - r - 1, width: 2 * r + 2, height: 2 * r + 2 }
}

const DIRECTIONS = Array.from({ length: 16 }, (_, k) => (2 * Math.PI * k) / 16)

type Segment = { x1: number; y1: number; x2: number; y2: number }
type Scene = { bounds: Box; obstacles: Box[]; leaders: Segment[]; quadrantOf: (x: number, y: number) => number }

// Every free candidate on rings of growing radius around the dot is scored: distance, plus a penalty for a
// leader that crosses a label, a dot or another leader, plus one for a label outside its dot's quadrant
// (it would read as belonging there). When no ring has room, a scan of the whole plot takes the free place
// nearest the dot, so a label is only dropped when no free place exists at all.
function findPlace(cx: number, cy: number, w: number, h: number, r: number, scene: Scene): Box | null {
  const { bounds, obstacles } = scene
  const fits = (b: Box) =>
    b.x >= bounds.x &&
    b.y >= bounds.y &&
    b.x + b.width <= bounds.x + bounds.width &&
    b.y + b.height <= bounds.y + bounds.height &&
    !obstacles.some((o) => boxesOverlap(o, b))
  const home = scene.quadrantOf(cx, cy)
  const cost = (b: Box, gap: number) => {
    let total = gap
    const leader = leaderFor(cx, cy, b, r)
    if (leader) {
      const own = dotBox(cx, cy, r)
      for (const o of obstacles) if (o !== own && !sameBox(o, own) && segmentHitsBox(leader, o)) total += 150
      for (const l of scene.leaders) if (segmentsCross(leader, l)) total += 60
    }
    if (scene.quadrantOf(b.x + b.width / 2, b.y + b.height / 2) !== home) total += 80
    return total
  }
  let best: Box | null = null
  let bestCost = Number.POSITIVE_INFINITY
  for (let gap = 2; gap <= 170; gap += gap < 26 ? 6 : 12) {
    // A candidate further out than the best so far cannot win: its distance alone costs more.
    if (gap >= bestCost) break
    const radius = r + gap
    for (const angle of DIRECTIONS) {
      const ax = cx + radius * Math.cos(angle)
      const ay = cy + radius * Math.sin(angle)
      const cos = Math.cos(angle)
      const sin = Math.sin(angle)
      const x = cos > 0.3 ? ax : cos < -0.3 ? ax - w : ax - w / 2
      const y = sin > 0.3 ? ay : sin < -0.3 ? ay - h : ay - h / 2
      const box = { x, y, width: w, height: h }
      if (!fits(box)) continue
      // Right of the dot reads most naturally, then left: a small bias breaks ties that way.
      const c = cost(box, gap) + (cos > 0.9 ? 0 : cos < -0.9 ? 0.5 : 1)
      if (c < bestCost) {
        best = box
        bestCost = c
      }
    }
  }
  if (best) return best
  let bestDistance = Number.POSITIVE_INFINITY
  for (let y = bounds.y; y + h <= bounds.y + bounds.height; y += 4) {
    for (let x = bounds.x; x + w <= bounds.x + bounds.width; x += 4) {
      const box = { x, y, width: w, height: h }
      const d = Math.hypot(x + w / 2 - cx, y + h / 2 - cy)
      if (d < bestDistance && fits(box)) {
        best = box
        bestDistance = d
      }
    }
  }
  return best
}

function sameBox(a: Box, b: Box): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height
}

// Liang–Barsky clipping: does the segment pass through the inside of the box?
function segmentHitsBox(s: Segment, b: Box): boolean {
  let t0 = 0
  let t1 = 1
  const dx = s.x2 - s.x1
  const dy = s.y2 - s.y1
  const edges: [number, number][] = [
    [-dx, s.x1 - b.x],
    [dx, b.x + b.width - s.x1],
    [-dy, s.y1 - b.y],
    [dy, b.y + b.height - s.y1]
  ]
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false
    } else {
      const t = q / p
      if (p < 0) t0 = Math.max(t0, t)
      else t1 = Math.min(t1, t)
      if (t0 >= t1) return false
    }
  }
  return true
}

function segmentsCross(a: Segment, b: Segment): boolean {
  const side = (px: number, py: number, s: Segment) => (s.x2 - s.x1) * (py - s.y1) - (s.y2 - s.y1) * (px - s.x1)
  const d1 = side(b.x1, b.y1, a)
  const d2 = side(b.x2, b.y2, a)
  const d3 = side(a.x1, a.y1, b)
  const d4 = side(a.x2, a.y2, b)
  return d1 * d2 < 0 && d3 * d4 < 0
}

// A leader only when the label is not right beside its dot; it runs from the dot's edge to the nearest point of the box.
function leaderFor(cx: number, cy: number, box: Box, r: number): PlacedLabel['leader'] {
  const nx = Math.min(Math.max(cx, box.x), box.x + box.width)
  const ny = Math.min(Math.max(cy, box.y), box.y + box.height)
  const d = Math.hypot(nx - cx, ny - cy)
  if (d <= r + 10) return null
  return { x1: cx + ((nx - cx) / d) * r, y1: cy + ((ny - cy) / d) * r, x2: nx, y2: ny }
}
