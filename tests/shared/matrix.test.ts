import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  boxesOverlap,
  estimateTextWidth,
  HIGH_FROM,
  layoutMatrix,
  matrixSvg,
  printFontPt,
  quadrantOf,
  wrapText,
  type Box,
  type MatrixLayout,
  type MatrixPoint,
  type MatrixTexts,
  type QuadrantKey
} from '@shared/matrix'

const TEXTS: MatrixTexts = {
  title: 'Värde mot genomförbarhet',
  description: 'Tjugo områden',
  xAxis: 'Genomförbarhet',
  yAxis: 'Effekt',
  quadrants: { doFirst: 'Gör först', plan: 'Planera', whenChance: 'Gör vid tillfälle', wait: 'Avvakta' }
}

/** What the documents use: the A4 text column (604 px at 96 dpi), 13 px numbers, at most 860 px tall. */
const PRINT = { width: 604, fontSize: 13, maxHeight: 860, quadrantTitles: TEXTS.quadrants }

const dotBox = (layout: MatrixLayout, p: { cx: number; cy: number }): Box => ({
  x: p.cx - layout.marker.width / 2,
  y: p.cy - layout.marker.height / 2,
  width: layout.marker.width,
  height: layout.marker.height
})
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 1e-6 &&
  inner.y >= outer.y - 1e-6 &&
  inner.x + inner.width <= outer.x + outer.width + 1e-6 &&
  inner.y + inner.height <= outer.y + outer.height + 1e-6

/** Every broken promise of a layout: dots outside the plot or their quadrant, legend gaps, mismatched quadrants. */
function problems(points: readonly MatrixPoint[], layout: MatrixLayout): string[] {
  const found: string[] = []
  const plot: Box = {
    x: layout.plot.left,
    y: layout.plot.top,
    width: layout.plot.right - layout.plot.left,
    height: layout.plot.bottom - layout.plot.top
  }
  const boxOf = new Map(layout.quadrants.map((q) => [q.key, q.box]))
  for (const p of layout.points) {
    const box = dotBox(layout, p)
    if (!inside(box, plot)) found.push(`${p.id} outside the plot`)
    if (!inside(box, boxOf.get(p.quadrant)!)) found.push(`${p.id} outside its quadrant ${p.quadrant}`)
  }
  const legendIds = layout.legend.map((r) => r.id)
  if (new Set(legendIds).size !== points.length || points.some((p) => !legendIds.includes(p.id)))
    found.push('legend does not list every area once')
  const byId = new Map(layout.points.map((p) => [p.id, p]))
  for (const row of layout.legend) {
    const dot = byId.get(row.id)
    if (row.x === null || row.y === null) {
      if (dot || row.number !== null || row.quadrant !== null) found.push(`${row.id} unscored but plotted`)
      continue
    }
    if (!dot) found.push(`${row.id} scored but not plotted`)
    else if (dot.number !== row.number) found.push(`${row.id} number ${dot.number} vs legend ${row.number}`)
    if (row.quadrant !== quadrantOf(row.x, row.y)) found.push(`${row.id} legend quadrant ${row.quadrant}`)
    if (dot && dot.quadrant !== row.quadrant) found.push(`${row.id} drawn in ${dot.quadrant}, legend ${row.quadrant}`)
  }
  const numbers = layout.legend.flatMap((r) => (r.number === null ? [] : [r.number]))
  if (numbers.join() !== numbers.map((_, i) => i + 1).join()) found.push('numbers are not 1..n in legend order')
  return found
}

const area = (i: number, x: number | null, y: number | null, marker?: string): MatrixPoint => ({
  id: `a${i}`,
  label: `Område ${i}`,
  x,
  y,
  ...(marker === undefined ? {} : { marker })
})

describe('matrix', () => {
  describe('quadrantOf()', () => {
    it('counts 4 and 5 as high and 1 to 3 as low on both axes (the lines lie between 3 and 4)', () => {
      expect(HIGH_FROM).toBe(4)
      expect(quadrantOf(4, 4)).toBe('doFirst')
      expect(quadrantOf(5, 5)).toBe('doFirst')
      expect(quadrantOf(3, 4)).toBe('plan')
      expect(quadrantOf(4, 3)).toBe('whenChance')
      expect(quadrantOf(3, 3)).toBe('wait')
      expect(quadrantOf(1, 5)).toBe('plan')
      expect(quadrantOf(5, 1)).toBe('whenChance')
    })
  })

  describe('boxesOverlap()', () => {
    it('tells overlapping boxes from boxes that only touch or lie apart', () => {
      const a = { x: 0, y: 0, width: 10, height: 10 }
      expect(boxesOverlap(a, { x: 5, y: 5, width: 10, height: 10 })).toBe(true)
      expect(boxesOverlap(a, { x: 10, y: 0, width: 10, height: 10 })).toBe(false)
      expect(boxesOverlap(a, { x: 2, y: 2, width: 2, height: 2 })).toBe(true)
    })
  })

  describe('estimateTextWidth() and wrapText()', () => {
    it('measures characters (not UTF-16 units) and breaks at spaces only', () => {
      expect(estimateTextWidth('åäö', 10)).toBe(estimateTextWidth('abc', 10))
      expect(estimateTextWidth('abc', 20)).toBe(2 * estimateTextWidth('abc', 10))
      expect(wrapText('Gör vid tillfälle', 14, 1000)).toEqual(['Gör vid tillfälle'])
      expect(wrapText('Gör vid tillfälle', 14, 80)).toEqual(['Gör vid', 'tillfälle'])
      expect(wrapText('Energiprestandakontrakt', 14, 20)).toEqual(['Energiprestandakontrakt'])
    })
  })

  describe('layoutMatrix()', () => {
    it('puts high feasibility right and high effect up, each dot at the centre of its score cell', () => {
      const layout = layoutMatrix([area(1, 5, 5, '1'), area(2, 1, 1, '2')], PRINT)
      const [best, worst] = layout.points
      expect(best!.cx).toBeGreaterThan(layout.midX)
      expect(best!.cy).toBeLessThan(layout.midY)
      expect(worst!.cx).toBeLessThan(layout.midX)
      expect(worst!.cy).toBeGreaterThan(layout.midY)
      expect(best!.cx).toBeCloseTo(layout.ticks[4]!.x)
      expect(worst!.cy).toBeCloseTo(layout.ticks[0]!.y)
    })

    it('draws the quadrant lines between 3 and 4, so a 3 sits clear of them in the lower quadrant', () => {
      const layout = layoutMatrix([area(1, 3, 3, '1'), area(2, 4, 4, '2')], PRINT)
      expect(layout.midX).toBe(layout.columns[3]!.from)
      expect(layout.midY).toBe(layout.rows[3]!.to)
      const [three, four] = layout.points
      expect(three!.quadrant).toBe('wait')
      expect(three!.cx + layout.marker.width / 2).toBeLessThan(layout.midX)
      expect(three!.cy - layout.marker.height / 2).toBeGreaterThan(layout.midY)
      expect(four!.quadrant).toBe('doFirst')
      expect(four!.cx - layout.marker.width / 2).toBeGreaterThan(layout.midX)
    })

    it('numbers the dots in rank order (unranked last) and lists unscored areas last, without a number', () => {
      const points = [area(1, 2, 2), area(2, 4, 5, '2'), area(3, null, 4, '3'), area(4, 5, 5, '1')]
      const layout = layoutMatrix(points, PRINT)
      expect(layout.legend.map((r) => [r.id, r.number, r.rank])).toEqual([
        ['a4', 1, '1'],
        ['a2', 2, '2'],
        ['a1', 3, null],
        ['a3', null, '3']
      ])
      expect(layout.omitted).toEqual(['a3'])
      expect(layout.legend[3]!.quadrant).toBeNull()
      expect(problems(points, layout)).toEqual([])
    })

    it('spreads areas that share a score over their cell without overlap while there is room', () => {
      const points = Array.from({ length: 12 }, (_, i) => area(i, 4, 4, String(i + 1)))
      const layout = layoutMatrix(points, PRINT)
      const boxes = layout.points.map((p) => dotBox(layout, p))
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(boxesOverlap(a, b)).toBe(false)))
      expect(problems(points, layout)).toEqual([])
    })

    it('is deterministic: the same areas give the same picture', () => {
      const points = Array.from({ length: 40 }, (_, i) => area(i, 1 + (i % 5), 1 + ((i * 3) % 5), String(i + 1)))
      expect(layoutMatrix(points, PRINT)).toEqual(layoutMatrix(points, PRINT))
    })

    it('for 1 to 500 areas: every dot inside the plot and its quadrant, the legend complete, text ≥ 9 pt in print', () => {
      const score = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 12 })
      const pointsArb = fc.oneof(
        // Scattered over the grid…
        fc.array(fc.tuple(score, score), { minLength: 1, maxLength: 500 }),
        // …or all in one or two cells, the crowded worst case.
        fc
          .tuple(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
          .map(([count, x, y]) => Array.from({ length: count }, (_, i) => [i % 7 === 0 ? 6 - x : x, y] as const))
      )
      fc.assert(
        fc.property(pointsArb, (coords) => {
          const points = coords.map(([x, y], i) => area(i, x, y, i % 9 === 8 ? undefined : String(1 + (i >> 1))))
          const layout = layoutMatrix(points, PRINT)
          expect(problems(points, layout)).toEqual([])
          expect(layout.height).toBeLessThanOrEqual(PRINT.maxHeight)
          expect(printFontPt(layout, PRINT.width)).toBeGreaterThanOrEqual(9)
          // Quadrant names fit their quadrant (wrapped at spaces, never cut).
          for (const q of layout.quadrants) expect(q.title.lines.join(' ')).toBe(TEXTS.quadrants[q.key])
        }),
        { numRuns: 60, seed: 20261130 }
      )
    })

    it('lays out 500 areas in well under 100 ms', () => {
      const points = Array.from({ length: 500 }, (_, i) =>
        area(i, 1 + ((i * 7) % 5), 1 + ((i * 11) % 5), String(i + 1))
      )
      const times = Array.from({ length: 5 }, () => {
        const start = performance.now()
        layoutMatrix(points, PRINT)
        return performance.now() - start
      }).sort((a, b) => a - b)
      expect(times[2]).toBeLessThan(100)
    })
  })

  describe('printFontPt()', () => {
    it('scales the smallest text by the placed width: 13 px at its own width is 9.75 pt, at half width 4.875 pt', () => {
      const layout = layoutMatrix([area(1, 3, 3)], PRINT)
      expect(printFontPt(layout, 604)).toBe(9.75)
      expect(printFontPt(layout, 302)).toBe(4.875)
    })
  })

  describe('matrixSvg()', () => {
    it('writes a standalone SVG: title, description, quadrant names, axis titles and a number per dot, no names', () => {
      const points = [area(1, 5, 5, '1'), area(2, 1, 2, '2'), area(3, 1, 2, '3')]
      const svg = matrixSvg(layoutMatrix(points, { quadrantTitles: TEXTS.quadrants }), TEXTS, 'm1')
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
      expect(svg).toContain('<title id="m1-title">Värde mot genomförbarhet</title>')
      expect(svg).toContain('role="img" aria-labelledby="m1-title m1-desc"')
      for (const q of Object.values(TEXTS.quadrants) as string[]) expect(svg).toContain(`>${q}</tspan>`)
      expect(svg).toContain('Genomförbarhet →')
      const numbers = [...svg.matchAll(/<text class="matrix-number"[^>]*>(\d+)<\/text>/g)].map((m) => m[1])
      expect(numbers).toEqual(['1', '2', '3'])
      expect(svg).not.toContain('Område')
    })

    it('escapes markup and drops control characters in the texts', () => {
      const layout = layoutMatrix([{ id: 'x', label: '<b>A</b>', x: 3, y: 3 }])
      const quadrants: Record<QuadrantKey, string> = { ...TEXTS.quadrants, wait: 'A & "B"\u0001' }
      const svg = matrixSvg(layout, { ...TEXTS, title: 'T <script>', quadrants })
      expect(svg).toContain('A &amp; &quot;B&quot;</tspan>')
      expect(svg).toContain('T &lt;script&gt;')
      expect(svg).not.toContain('\u0001')
      expect(svg).not.toContain('<b>')
    })
  })
})
