import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  boxesOverlap,
  estimateTextWidth,
  layoutMatrix,
  matrixSvg,
  shorten,
  type Box,
  type MatrixLayout,
  type MatrixPoint,
  type MatrixTexts
} from '@shared/matrix'

const TEXTS: MatrixTexts = {
  title: 'Värde mot genomförbarhet',
  description: 'Tjugo områden',
  xAxis: 'Genomförbarhet',
  yAxis: 'Effekt',
  quadrants: { doFirst: 'Gör först', plan: 'Planera in', whenChance: 'Ta när tillfälle ges', wait: 'Avvakta' }
}

const TITLES = [
  'Energieffektiv gatubelysning',
  'Energiprestandakontrakt för skolor och förskolor',
  'Behovsstyrd ventilation och värme',
  'Solceller på kommunala tak',
  'Energiombud i verksamheterna',
  'Inhyrd personal från bemanningsföretag',
  'Undvikbar slutenvård för multisjuka äldre',
  'Kasserade läkemedel',
  'Vårdrelaterade infektioner',
  'Administration som tar lärartid',
  'Inställda lektioner och vikarier',
  'Hög elevfrånvaro',
  'Skolskjutstider som kortar skoldagen',
  'Klotter och klottersanering',
  'Belysning och trygghetsvandringar',
  'Skalskydd och passersystem i trapphus',
  'Sommarjobb för unga',
  'Bränder i soprum',
  'Byggbar mark och detaljplaner',
  'Snabbt bredband i hela kommunen'
]

// Every label box, every dot and every quadrant title must be pairwise apart.
function overlaps(layout: MatrixLayout): string[] {
  const labels = layout.points.flatMap((p) => (p.placed ? [{ id: p.id, box: p.placed.box }] : []))
  const found: string[] = []
  labels.forEach((a, i) =>
    labels.slice(i + 1).forEach((b) => {
      if (boxesOverlap(a.box, b.box)) found.push(`${a.id} over ${b.id}`)
    })
  )
  for (const l of labels) {
    for (const p of layout.points) {
      const r = layout.pointRadius
      const dot: Box = { x: p.cx - r, y: p.cy - r, width: 2 * r, height: 2 * r }
      if (boxesOverlap(l.box, dot)) found.push(`${l.id} over dot ${p.id}`)
    }
    for (const q of layout.quadrants) if (boxesOverlap(l.box, q.title)) found.push(`${l.id} over title ${q.key}`)
  }
  return found
}

const crowded = (coords: [number, number][]): MatrixPoint[] =>
  coords.map(([x, y], i) => ({ id: `a${i}`, label: TITLES[i % TITLES.length]!, x, y }))

describe('matrix', () => {
  describe('boxesOverlap()', () => {
    it('tells overlapping boxes from boxes that only touch or lie apart', () => {
      const a = { x: 0, y: 0, width: 10, height: 10 }
      expect(boxesOverlap(a, { x: 5, y: 5, width: 10, height: 10 })).toBe(true)
      expect(boxesOverlap(a, { x: 10, y: 0, width: 10, height: 10 })).toBe(false)
      expect(boxesOverlap(a, { x: 0, y: 11, width: 10, height: 10 })).toBe(false)
      expect(boxesOverlap(a, { x: 2, y: 2, width: 2, height: 2 })).toBe(true)
    })
  })

  describe('estimateTextWidth()', () => {
    it('grows with the number of characters (not UTF-16 units) and the font size', () => {
      expect(estimateTextWidth('åäö', 10)).toBe(estimateTextWidth('abc', 10))
      expect(estimateTextWidth('abcd', 10)).toBeGreaterThan(estimateTextWidth('abc', 10))
      expect(estimateTextWidth('abc', 20)).toBe(2 * estimateTextWidth('abc', 10))
    })
  })

  describe('shorten()', () => {
    it('keeps short text and cuts long text with an ellipsis', () => {
      expect(shorten('Hög elevfrånvaro', 30)).toBe('Hög elevfrånvaro')
      const cut = shorten('Energiprestandakontrakt för skolor och förskolor', 20)
      expect(Array.from(cut)).toHaveLength(20)
      expect(cut.endsWith('…')).toBe(true)
    })
  })

  describe('layoutMatrix()', () => {
    it('puts high feasibility right and high effect up, and leaves out unscored areas', () => {
      const layout = layoutMatrix([
        { id: 'best', label: 'Best', x: 5, y: 5 },
        { id: 'worst', label: 'Worst', x: 1, y: 1 },
        { id: 'half', label: 'Half', x: null, y: 4 }
      ])
      const best = layout.points.find((p) => p.id === 'best')!
      const worst = layout.points.find((p) => p.id === 'worst')!
      expect(best.cx).toBeGreaterThan(layout.midX)
      expect(best.cy).toBeLessThan(layout.midY)
      expect(worst.cx).toBeLessThan(layout.midX)
      expect(worst.cy).toBeGreaterThan(layout.midY)
      expect(layout.omitted).toEqual(['half'])
      expect(layout.points.map((p) => p.id)).toEqual(['best', 'worst'])
    })

    it('spreads areas with the same scores so their dots do not cover each other', () => {
      const layout = layoutMatrix(
        crowded([
          [4, 4],
          [4, 4],
          [4, 4],
          [4, 4]
        ])
      )
      const r = layout.pointRadius
      layout.points.forEach((a, i) =>
        layout.points
          .slice(i + 1)
          .forEach((b) => expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThanOrEqual(2 * r))
      )
    })

    it('places every label of 20 areas crowded in one quadrant without overlap', () => {
      const coords: [number, number][] = TITLES.map((_, i) => [4 + (i % 2), 4 + (Math.floor(i / 2) % 2)])
      const layout = layoutMatrix(crowded(coords), { quadrantTitles: TEXTS.quadrants })
      expect(overlaps(layout)).toEqual([])
      expect(layout.points.filter((p) => p.placed === null)).toEqual([])
    })

    it('never lets two label boxes overlap, for any 20 crowded points (property)', () => {
      const score = fc.integer({ min: 1, max: 5 })
      fc.assert(
        fc.property(
          fc.array(fc.tuple(score, score), { minLength: 20, maxLength: 20 }),
          fc.integer({ min: 9, max: 16 }),
          (coords, fontSize) => {
            const layout = layoutMatrix(crowded(coords), { fontSize, quadrantTitles: TEXTS.quadrants })
            expect(overlaps(layout)).toEqual([])
            // Boxes stay inside the plot.
            for (const p of layout.points) {
              if (!p.placed) continue
              expect(p.placed.box.x).toBeGreaterThanOrEqual(layout.plot.left)
              expect(p.placed.box.x + p.placed.box.width).toBeLessThanOrEqual(layout.plot.right)
              expect(p.placed.box.y).toBeGreaterThanOrEqual(layout.plot.top)
              expect(p.placed.box.y + p.placed.box.height).toBeLessThanOrEqual(layout.plot.bottom)
            }
          }
        ),
        { numRuns: 60 }
      )
    })

    it('makes each label box at least as wide as its estimated text', () => {
      const layout = layoutMatrix(
        crowded([
          [2, 2],
          [3, 3]
        ]),
        { fontSize: 12 }
      )
      for (const p of layout.points)
        expect(p.placed!.box.width).toBeGreaterThanOrEqual(estimateTextWidth(p.placed!.text, 12))
    })

    it('draws a leader line when a label had to move away from its dot', () => {
      const coords: [number, number][] = TITLES.map(() => [3, 3])
      const layout = layoutMatrix(crowded(coords))
      expect(layout.points.some((p) => p.placed?.leader)).toBe(true)
      const near = layoutMatrix(crowded([[2, 2]]))
      expect(near.points[0]!.placed!.leader).toBeNull()
    })
  })

  describe('matrixSvg()', () => {
    it('writes a standalone SVG with title, description, quadrant titles, axis titles and every placed label', () => {
      const layout = layoutMatrix(
        crowded([
          [5, 5],
          [1, 2]
        ]),
        { quadrantTitles: TEXTS.quadrants }
      )
      const svg = matrixSvg(layout, TEXTS, 'm1')
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
      expect(svg).toContain('<title id="m1-title">Värde mot genomförbarhet</title>')
      expect(svg).toContain('aria-labelledby="m1-title m1-desc"')
      for (const q of Object.values(TEXTS.quadrants)) expect(svg).toContain(`>${q}</text>`)
      expect(svg).toContain('Genomförbarhet →')
      expect(svg).toMatch(/<text class="matrix-label"[^>]*>Energieffektiv gatubelysning<\/text>/)
      expect(svg.match(/<circle /g)).toHaveLength(2)
    })

    it('escapes markup and drops control characters in user text', () => {
      const layout = layoutMatrix([{ id: 'x', label: '<b>A & "B"</b>\u0001', x: 3, y: 3 }])
      const svg = matrixSvg(layout, { ...TEXTS, title: 'T <script>' })
      expect(svg).toContain('&lt;b&gt;A &amp; &quot;B&quot;&lt;/b&gt;</text>')
      expect(svg).toContain('T &lt;script&gt;')
      expect(svg).not.toContain('\u0001')
      expect(svg).not.toContain('<b>')
    })

    it('writes the rank marker inside the dot', () => {
      const svg = matrixSvg(layoutMatrix([{ id: 'x', label: 'A', x: 3, y: 3, marker: '7' }]), TEXTS)
      expect(svg).toMatch(/fill="#ffffff">7<\/text>/)
    })
  })
})
