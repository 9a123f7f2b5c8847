import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { layoutMatrix, matrixSvg } from '@shared/matrix'
import { renderMatrixPng } from '@main/services/matrix-png'

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

function readPng(png: Uint8Array): { width: number; height: number; colorType: number; idat: Buffer } {
  const buf = Buffer.from(png)
  const idat: Buffer[] = []
  let width = 0
  let height = 0
  let colorType = 0
  for (let at = 8; at < buf.length;) {
    const length = buf.readUInt32BE(at)
    const type = buf.toString('latin1', at + 4, at + 8)
    const data = buf.subarray(at + 8, at + 8 + length)
    if (type === 'IHDR') {
      width = data.readUInt32BE(0)
      height = data.readUInt32BE(4)
      colorType = data[9]!
    }
    if (type === 'IDAT') idat.push(data)
    at += 12 + length
  }
  return { width, height, colorType, idat: inflateSync(Buffer.concat(idat)) }
}

const TEXTS = {
  title: 'Matris',
  description: 'Test',
  xAxis: 'Genomförbarhet',
  yAxis: 'Effekt',
  quadrants: { doFirst: 'Gör först', plan: 'Planera', whenChance: 'Gör vid tillfälle', wait: 'Avvakta' }
}

describe('services/matrix-png', () => {
  describe('renderMatrixPng()', () => {
    const layout = layoutMatrix(
      [
        { id: 'a', label: 'Energieffektiv gatubelysning', x: 5, y: 4, marker: '1' },
        { id: 'b', label: 'Kasserade läkemedel', x: 2, y: 2, marker: '2' }
      ],
      { width: 760 }
    )
    const svg = matrixSvg(layout, TEXTS)

    it('gives PNG bytes of the asked width and the SVG aspect ratio', () => {
      const png = renderMatrixPng(svg, 1520)
      expect(png).toBeInstanceOf(Uint8Array)
      expect(Array.from(png.subarray(0, 8))).toEqual(SIGNATURE)
      const { width, height } = readPng(png)
      expect(width).toBe(1520)
      expect(height).toBe(2 * layout.height)
    })

    it('draws the text: the picture changes when only a label changes', () => {
      const other = matrixSvg(layout, { ...TEXTS, quadrants: { ...TEXTS.quadrants, doFirst: 'XXXXXXXXX' } })
      const a = readPng(renderMatrixPng(svg, 380)).idat
      const b = readPng(renderMatrixPng(other, 380)).idat
      expect(a.equals(b)).toBe(false)
    })

    it('renders text with a system font: a text-only SVG differs from the same SVG without the text', () => {
      const frame = (inner: string) =>
        `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><rect width="200" height="40" fill="#fff"/>${inner}</svg>`
      const withText = readPng(
        renderMatrixPng(
          frame('<text x="4" y="28" font-size="24" font-family="DejaVu Sans" fill="#000">Gör först</text>'),
          200
        )
      )
      const blank = readPng(renderMatrixPng(frame(''), 200))
      expect(withText.idat.equals(blank.idat)).toBe(false)
    })

    it('refuses a bad width and invalid SVG', () => {
      expect(() => renderMatrixPng(svg, 0)).toThrow(RangeError)
      expect(() => renderMatrixPng(svg, 1.5)).toThrow(/widthPx/)
      expect(() => renderMatrixPng('not svg', 100)).toThrow()
    })
  })
})
