/** The type and pixel size of a PNG or JPEG, read from its header (no image library needed). */

export type ImageInfo = { type: 'png' | 'jpg'; widthPx: number; heightPx: number }

/** PNG or JPEG type and size of `bytes`; null when they are neither or the header is broken. */
export function readImageInfo(bytes: Uint8Array): ImageInfo | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // PNG: 8-byte signature, then the IHDR chunk with width and height.
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (bytes.length >= 24 && png.every((b, i) => bytes[i] === b)) {
    const widthPx = view.getUint32(16)
    const heightPx = view.getUint32(20)
    return widthPx > 0 && heightPx > 0 ? { type: 'png', widthPx, heightPx } : null
  }
  // JPEG: walk the markers to the first start-of-frame (SOF0..SOF15, except DHT, JPG and DAC).
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let at = 2
    while (at + 9 < bytes.length) {
      if (bytes[at] !== 0xff) return null
      const marker = bytes[at + 1]!
      if (marker === 0xff) {
        at += 1
        continue
      }
      const length = view.getUint16(at + 2)
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        const heightPx = view.getUint16(at + 5)
        const widthPx = view.getUint16(at + 7)
        return widthPx > 0 && heightPx > 0 ? { type: 'jpg', widthPx, heightPx } : null
      }
      if (length < 2) return null
      at += 2 + length
    }
  }
  return null
}
