import { describe, expect, it } from 'vitest'
import { followUpChartSvg, layoutFollowUpChart } from '@shared/follow-up-chart'
import type { ChartIndicator, FollowUpChartLayout } from '@shared/follow-up-chart'

const texts = {
  title: 'Diagram över elanvändning',
  baseline: 'Nollvärde',
  target: 'Mål',
  plan: 'Plan',
  measured: 'Mätt'
}
const sv = { language: 'sv' as const }

const lower: ChartIndicator = {
  unit: 'MWh/år',
  baselineValue: 3100,
  baselineDate: '2025-12-31',
  targetValue: 1400,
  targetDate: '2029-12-31'
}
const higher: ChartIndicator = { ...lower, baselineValue: 22, targetValue: 80, unit: '%' }
const measured = [
  { date: '2026-04-30', value: 2940 },
  { date: '2026-03-31', value: 3020 }
]

function inside(layout: FollowUpChartLayout, x: number, y: number): boolean {
  const { plot } = layout
  return x >= plot.left && x <= plot.right && y >= plot.top && y <= plot.bottom
}

describe('follow-up-chart', () => {
  describe('layoutFollowUpChart()', () => {
    it('puts every measured point, and the plan, inside the plot, in date order', () => {
      const layout = layoutFollowUpChart(lower, measured, texts, sv)!
      expect(layout.points.map((p) => p.date)).toEqual(['2026-03-31', '2026-04-30'])
      for (const p of layout.points) expect(inside(layout, p.cx, p.cy), p.date).toBe(true)
      const plan = layout.plan!
      expect(inside(layout, plan.x1, plan.y1) && inside(layout, plan.x2, plan.y2)).toBe(true)
      expect(layout.points[0]!.cx).toBeLessThan(layout.points[1]!.cx)
      // The plan starts at the baseline on its date and ends at the target on its date.
      expect(plan.y1).toBeCloseTo(layout.baseline!.line.y1)
      expect(plan.y2).toBeCloseTo(layout.target!.line.y1)
      expect(plan.x1).toBeLessThan(layout.points[0]!.cx)
      expect(plan.x2).toBeGreaterThan(layout.points[1]!.cx)
    })

    it('draws higher values higher up whichever direction is better', () => {
      const down = layoutFollowUpChart(lower, measured, texts, sv)!
      expect(down.target!.line.y1).toBeGreaterThan(down.baseline!.line.y1)
      // 2 940 is below 3 020 on the value axis: drawn lower.
      expect(down.points[1]!.cy).toBeGreaterThan(down.points[0]!.cy)
      const up = layoutFollowUpChart(higher, [{ date: '2026-06-30', value: 38 }], texts, sv)!
      expect(up.target!.line.y1).toBeLessThan(up.baseline!.line.y1)
    })

    it('labels baseline and target with their values, and the value axis, in the language', () => {
      const layout = layoutFollowUpChart(lower, measured, texts, sv)!
      const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')
      expect(nbsp(layout.baseline!.label.text)).toBe('Nollvärde 3 100')
      expect(nbsp(layout.target!.label.text)).toBe('Mål 1 400')
      expect(layout.unit?.text).toBe('MWh/år')
      expect(layout.yTicks.map((t) => nbsp(t.label.text))).toEqual([
        '1 000',
        '1 500',
        '2 000',
        '2 500',
        '3 000',
        '3 500'
      ])
      expect(nbsp(layout.latest!.label.text)).toBe('2 940')
      const en = layoutFollowUpChart(lower, measured, texts, { language: 'en' })!
      expect(en.baseline!.label.text).toBe('Nollvärde 3,100')
    })

    it('dates the time axis: years over a long plan, months over a short one', () => {
      const years = layoutFollowUpChart(lower, measured, texts, sv)!
      expect(years.xTicks.map((t) => t.label.text)).toEqual(['2026', '2027', '2028', '2029', '2030'])
      const short = layoutFollowUpChart(
        { ...higher, baselineDate: '2026-01-15', targetDate: '2026-06-15' },
        [],
        texts,
        { language: 'en' }
      )!
      const labels = short.xTicks.map((t) => t.label.text)
      // Five months: every other month, January-aligned (January itself lies before the baseline).
      expect(labels).toEqual(['Mar 2026', 'May 2026'])
      for (const t of short.xTicks) expect(t.x).toBeGreaterThanOrEqual(short.plot.left)
    })

    it('draws a single measurement in the middle of a short time axis, with its value beside it', () => {
      const layout = layoutFollowUpChart(
        { ...lower, baselineDate: null, targetDate: null },
        [{ date: '2026-03-31', value: 2000 }],
        texts,
        sv
      )!
      expect(layout.points).toHaveLength(1)
      const p = layout.points[0]!
      expect(inside(layout, p.cx, p.cy)).toBe(true)
      expect(p.cx).toBeCloseTo((layout.plot.left + layout.plot.right) / 2, 0)
      expect(layout.plan).toBeNull()
      expect(layout.xTicks.length).toBeGreaterThan(0)
      expect(layout.legend.map((l) => l.kind)).toEqual(['measured'])
      const box = layout.latest!.box
      expect(box.x).toBeGreaterThanOrEqual(layout.plot.left)
      expect(box.x + box.width).toBeLessThanOrEqual(layout.plot.right)
    })

    it('without any date draws the levels alone: no time axis, no plan, no legend', () => {
      const layout = layoutFollowUpChart({ ...lower, baselineDate: null, targetDate: null }, [], texts, sv)!
      expect(layout.xTicks).toEqual([])
      expect(layout.plan).toBeNull()
      expect(layout.points).toEqual([])
      expect(layout.legend).toEqual([])
      expect(layout.baseline && layout.target).toBeTruthy()
    })

    it('gives nothing to draw without a baseline, a target or a measurement', () => {
      expect(layoutFollowUpChart({ ...lower, baselineValue: null, targetValue: null }, [], texts, sv)).toBeNull()
    })

    it('keeps the labels of close levels apart and round tick values free of float noise', () => {
      const layout = layoutFollowUpChart(
        { ...higher, baselineValue: 0.1, targetValue: 0.3, unit: '' },
        [{ date: '2026-06-30', value: 0.2 }],
        texts,
        sv
      )!
      expect(layout.yTicks.map((t) => t.label.text)).toEqual(['0,1', '0,15', '0,2', '0,25', '0,3'])
      const close = layoutFollowUpChart({ ...higher, baselineValue: 100, targetValue: 101 }, [], texts, sv)!
      expect(Math.abs(close.baseline!.label.y - close.target!.label.y)).toBeGreaterThanOrEqual(close.fontSize)
      expect(close.unit?.text).toBe('%')
    })
  })

  describe('followUpChartSvg()', () => {
    it('is one SVG with its title, the texts escaped and no NaN', () => {
      const layout = layoutFollowUpChart(lower, measured, { ...texts, title: 'A <b> & "c"' }, sv)!
      const svg = followUpChartSvg(layout, 'x')
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
      expect(svg).toContain('<title id="x-title">A &lt;b&gt; &amp; &quot;c&quot;</title>')
      expect(svg).toContain('role="img"')
      expect(svg).not.toMatch(/NaN|undefined|null/)
      expect(svg.match(/<circle /g)).toHaveLength(2 + 1) // two points and the legend's marker
      expect(svg).toContain('<polyline')
    })

    it('leaves the name to the element around it when hidden', () => {
      const svg = followUpChartSvg(layoutFollowUpChart(lower, measured, texts, sv)!, 'x', true)
      expect(svg).toContain('aria-hidden="true"')
      expect(svg).not.toMatch(/role=|<title/)
    })
  })
})
