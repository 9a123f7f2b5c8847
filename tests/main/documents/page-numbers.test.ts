/** The TOC page-number estimator: Word's layout where docx can follow it, a guess past a font or glyph it cannot measure. */
import { Document, HeadingLevel, Packer, Paragraph, TableOfContents, TextRun } from 'docx'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { pageNumberEstimator } from '@main/documents/page-numbers'

/** A document in `font`: a contents page, then `count` headings with a page of text each. */
async function write(font: string, headingText = (i: number) => `Avsnitt ${i}`, count = 6) {
  const numbers = pageNumberEstimator()
  const body = Array.from({ length: count }, (_, i) => [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: i > 0,
      children: [new TextRun(headingText(i + 1))]
    }),
    new Paragraph({ children: [new TextRun('Text som fyller sidan. '.repeat(40))] })
  ]).flat()
  const doc = new Document({
    pageNumbers: numbers.estimator,
    styles: { default: { document: { run: { font } } } },
    sections: [
      {
        children: [
          new TableOfContents('Innehåll', { hyperlink: true, headingStyleRange: '1-2' }),
          new Paragraph({ pageBreakBefore: true, children: [] }),
          ...body
        ]
      }
    ]
  })
  const xml = strFromU8(unzipSync(new Uint8Array(await Packer.toBuffer(doc)))['word/document.xml']!)
  const pages = [
    ...xml.matchAll(
      /PAGEREF _Toc\w+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/>(?:<w:t[^>]*>(\d*)<\/w:t>)?/g
    )
  ].map((m) => m[1] ?? '')
  return { outcome: numbers.outcome(), pages }
}

describe('pageNumberEstimator()', () => {
  it('uses Word’s layout for a font in the width tables', async () => {
    const { outcome, pages } = await write('Arial')
    expect(outcome).toEqual({ quality: 'exact', guesses: [] })
    expect(pages).toEqual(['2', '3', '4', '5', '6', '7'])
  })

  it('guesses past a font the width tables lack (Garamond) instead of leaving entries blank', async () => {
    const { outcome, pages } = await write('Garamond')
    expect(outcome?.quality).toBe('guessed')
    expect(outcome?.guesses).toContain('a font not in the width tables')
    expect(pages).toEqual(['2', '3', '4', '5', '6', '7'])
  })

  it('guesses past a character whose width is unknown (the ₂ of CO₂ in a heading)', async () => {
    const { outcome, pages } = await write('Calibri', (i) => (i === 1 ? 'Minska CO₂ och ∰' : `Avsnitt ${i}`))
    expect(outcome?.quality).toBe('guessed')
    expect(pages).toEqual(['2', '3', '4', '5', '6', '7'])
  })
})
