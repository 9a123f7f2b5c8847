import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { base64ToBytes, bytesToBase64, downloadBase64, fileToBase64 } from '@renderer/lib/base64'

describe('base64', () => {
  describe('bytesToBase64()', () => {
    it('writes what btoa writes for the whole string, also past one 32 KiB slice', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 70_000, size: 'large' }), (bytes) => {
          // The oracle: btoa over the whole binary string built one byte at a time.
          let binary = ''
          for (const b of bytes) binary += String.fromCharCode(b)
          expect(bytesToBase64(bytes)).toBe(btoa(binary))
        }),
        { numRuns: 30 }
      )
    })
  })

  describe('base64ToBytes()', () => {
    it('reads a known text', () => {
      expect(new TextDecoder().decode(base64ToBytes('TcOkdGJhcg=='))).toBe('Mätbar')
    })

    it('reads back what bytesToBase64 wrote', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 5_000 }), (bytes) => {
          expect([...base64ToBytes(bytesToBase64(bytes))]).toEqual([...bytes])
        })
      )
    })
  })

  describe('fileToBase64()', () => {
    it('reads a blob as base64', async () => {
      expect(await fileToBase64(new Blob(['Mätbar']))).toBe('TcOkdGJhcg==')
    })
  })

  describe('downloadBase64()', () => {
    it('clicks a link that downloads the decoded bytes under the file name and type given', async () => {
      let blob: Blob | null = null
      const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
        blob = b as Blob
        return 'blob:test'
      })
      const clicked: string[] = []
      const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
        this: HTMLAnchorElement
      ) {
        clicked.push(`${this.download} ${this.href}`)
      })
      try {
        downloadBase64('rapport.docx', 'aGVq', 'application/x-test')
        expect(clicked).toEqual(['rapport.docx blob:test'])
        expect(blob!.type).toBe('application/x-test')
        expect(await blob!.text()).toBe('hej')
        expect(document.querySelector('a[download]')).toBeNull()
      } finally {
        create.mockRestore()
        click.mockRestore()
      }
    })
  })
})
