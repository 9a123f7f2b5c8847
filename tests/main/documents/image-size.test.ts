import { describe, expect, it } from 'vitest'
import { readImageInfo } from '@main/documents/image-size'
import { renderMatrixPng } from '@main/services/matrix-png'

/** A minimal JPEG header: SOI, an APP0 segment, then SOF0 with the given size. */
function jpegHeader(width: number, height: number): Uint8Array {
  return new Uint8Array([
    0xff,
    0xd8,
    0xff,
    0xe0,
    0x00,
    0x04,
    0x00,
    0x00,
    0xff,
    0xc0,
    0x00,
    0x11,
    0x08,
    height >> 8,
    height & 255,
    width >> 8,
    width & 255,
    0x03,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0
  ])
}

describe('documents/image-size', () => {
  describe('readImageInfo()', () => {
    it('reads a real PNG', () => {
      const png = renderMatrixPng(
        '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20"/></svg>',
        80
      )
      expect(readImageInfo(png)).toEqual({ type: 'png', widthPx: 80, heightPx: 40 })
    })

    it('reads the frame size of a JPEG after other segments', () => {
      expect(readImageInfo(jpegHeader(640, 480))).toEqual({ type: 'jpg', widthPx: 640, heightPx: 480 })
    })

    it.each([
      ['empty', new Uint8Array()],
      ['text', new TextEncoder().encode('<svg></svg> not a picture at all')],
      ['a GIF', new TextEncoder().encode('GIF89a\u0001\u0000\u0001\u0000 and more bytes here')],
      ['a truncated JPEG', new Uint8Array([0xff, 0xd8, 0xff])]
    ])('refuses %s', (_name, bytes) => {
      expect(readImageInfo(bytes)).toBeNull()
    })
  })
})
