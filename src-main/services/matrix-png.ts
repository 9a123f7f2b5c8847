/**
 * SVG to PNG in the main process, for pictures in Word documents (the value/effort matrix).
 * resvg renders without a browser or a window; it reads the system fonts, and the SVG asks for
 * DejaVu Sans first, so the picture looks the same on every machine that has it (CI installs it).
 */
import { Resvg } from '@resvg/resvg-js'

/** The PNG bytes of `svg` scaled to `widthPx` pixels wide (height keeps the aspect ratio). Throws on invalid SVG or width. */
export function renderMatrixPng(svg: string, widthPx: number): Uint8Array {
  if (!Number.isInteger(widthPx) || widthPx < 16 || widthPx > 8000) {
    throw new RangeError(`widthPx must be an integer from 16 to 8000, got ${String(widthPx)}`)
  }
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: widthPx },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' }
  })
  const png = resvg.render().asPng()
  // A plain Uint8Array: docx and IPC take it, and callers need no Buffer.
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength)
}
