import { describe, expect, it } from 'vitest'
import { cspSafeFactory } from '@renderer/features/documents/docx-preview-csp'
import { localToday } from '@shared/format'

describe('features/documents/docx-preview-csp', () => {
  describe('cspSafeFactory()', () => {
    it('collects <style> text instead of creating a <style> element (which the CSP would block)', () => {
      const css: string[] = []
      const h = cspSafeFactory(document, css)
      const node = h({
        tagName: 'div',
        children: [{ tagName: 'style', children: ['.docx { color: red }'] }, 'text']
      }) as HTMLElement
      expect(css).toEqual(['.docx { color: red }'])
      expect(node.querySelector('style')).toBeNull()
      expect(node.textContent).toBe('text')
    })

    it('sets inline styles through the CSSOM, never as a style attribute string from outside', () => {
      const h = cspSafeFactory(document, [])
      const a = h({ tagName: 'p', style: 'color: blue; margin-left: 10px' }) as HTMLElement
      const b = h({ tagName: 'p', style: { fontWeight: 'bold' } }) as HTMLElement
      expect(a.style.color).toBe('blue')
      expect(a.style.marginLeft).toBe('10px')
      expect(b.style.fontWeight).toBe('bold')
    })

    it('gives pictures an empty alt when the document has none, and keeps classes and properties', () => {
      const h = cspSafeFactory(document, [])
      const img = h({ tagName: 'img', className: 'pic', src: 'data:image/png;base64,AA==' }) as HTMLImageElement
      expect(img.getAttribute('alt')).toBe('')
      expect(img.className).toBe('pic')
      expect(img.getAttribute('src')).toBe('data:image/png;base64,AA==')
    })
  })

  describe('localToday()', () => {
    it('gives the local calendar date as YYYY-MM-DD', () => {
      expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05')
    })
  })
})
