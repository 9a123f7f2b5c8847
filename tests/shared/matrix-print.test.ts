/**
 * The matrix as the Word documents place it: across the text column, every text on it at 9 pt or more on the
 * printed page, whatever the number of areas and in either language.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TEXT_WIDTH_PX } from '@main/documents/blocks'
import { printMatrixLayout } from '@main/documents/sections'
import { documentTexts } from '@main/documents/texts'
import { printFontPt, QUADRANT_KEYS, type MatrixPoint, type QuadrantKey } from '@shared/matrix'

const titles = (language: 'sv' | 'en') => {
  const t = documentTexts(language)
  return Object.fromEntries(QUADRANT_KEYS.map((k) => [k, t(`common.matrix.quadrants.${k}`)])) as Record<
    QuadrantKey,
    string
  >
}

describe('the matrix in print', () => {
  it('uses the same quadrant names as the app in both languages', () => {
    expect(titles('sv')).toEqual({
      doFirst: 'Gör först',
      plan: 'Planera',
      whenChance: 'Gör vid tillfälle',
      wait: 'Avvakta'
    })
    expect(titles('en')).toEqual({
      doFirst: 'Do first',
      plan: 'Plan',
      whenChance: 'Do when convenient',
      wait: 'Leave for now'
    })
  })

  it('fills the text width with every text at 9 pt or more, for 1 to 500 areas', () => {
    const score = fc.integer({ min: 1, max: 5 })
    fc.assert(
      fc.property(
        fc.array(fc.tuple(score, score), { minLength: 1, maxLength: 500 }),
        fc.constantFrom('sv' as const, 'en' as const),
        (coords, language) => {
          const points: MatrixPoint[] = coords.map(([x, y], i) => ({
            id: `a${i}`,
            label: `A${i}`,
            x,
            y,
            marker: String(i + 1)
          }))
          const { layout, placedWidthPx, placedHeightPx } = printMatrixLayout(points, titles(language))
          expect(placedWidthPx).toBe(TEXT_WIDTH_PX)
          expect(placedHeightPx).toBe(layout.height)
          expect(printFontPt(layout, placedWidthPx)).toBeGreaterThanOrEqual(9)
        }
      ),
      { numRuns: 40, seed: 1130 }
    )
  })
})
