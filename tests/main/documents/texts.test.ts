import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanLine, cleanText, documentTexts } from '@main/documents/texts'
import sv from '@shared/locales/sv/documents.json'
import en from '@shared/locales/en/documents.json'

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`)
  )
}

describe('documents/texts', () => {
  describe('cleanText()', () => {
    it.each([
      ['NUL and other C0 controls', 'a\u0000b\u0001c\u001Fd', 'abcd'],
      ['DEL and C1 controls', 'a\u007Fb\u0085c', 'abc'],
      ['non-characters', 'a\uFFFEb\uFFFFc', 'abc'],
      ['a lone surrogate', 'a\uD800b\uDC00c', 'abc'],
      ['CR LF and CR as LF', 'a\r\nb\rc', 'a\nb\nc'],
      ['a tab as a space', 'a\tb', 'a b']
    ])('removes or normalises %s', (_name, input, expected) => {
      expect(cleanText(input)).toBe(expected)
    })

    it('keeps XML specials, emoji, right-to-left text and Swedish letters as they are', () => {
      const text = `<&>"' 👩🏽‍💼 ✅ שלום مرحبا ÅÄÖ åäö`
      expect(cleanText(text)).toBe(text)
    })

    it('never leaves a character Word refuses, whatever the input', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), (s) => {
          expect(cleanText(s)).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/)
          expect(() => encodeURIComponent(cleanText(s))).not.toThrow()
        })
      )
    })
  })

  describe('cleanLine()', () => {
    it('folds line breaks and runs of spaces', () => {
      expect(cleanLine('  a\n\n b\t c  ')).toBe('a b c')
    })
  })

  describe('documentTexts()', () => {
    it('fills placeholders and throws on a missing key or value', () => {
      const t = documentTexts('sv')
      expect(t('common.pageXofY', { current: 1, total: 9 })).toBe('Sida 1 av 9')
      expect(() => t('common.nope')).toThrow(/Missing document text "common.nope"/)
      expect(() => t('common.pageXofY', { current: 1 })).toThrow(/total/)
    })

    it('has the same keys and placeholders in Swedish and English', () => {
      expect(keys(en.docText).sort()).toEqual(keys(sv.docText).sort())
      const placeholders = (lang: 'sv' | 'en', key: string) => {
        const value = key
          .split('.')
          .reduce<unknown>(
            (node, part) => (node as Record<string, unknown>)[part],
            (lang === 'sv' ? sv : en).docText
          ) as string
        return [...value.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
      }
      for (const key of keys(sv.docText)) expect(placeholders('en', key), key).toEqual(placeholders('sv', key))
    })
  })
})
