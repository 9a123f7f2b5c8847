/** Column widths from content: no word broken, numbers on one line, the whole text width filled. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { columnNeeds, columnWidths, fitsWords, textWidth, unbreakable } from '@main/documents/table-widths'
import type { ColumnContent, TableMeasure } from '@main/documents/table-widths'

const A4: TableMeasure = { font: 'Arial', headerSize: 19, cellSize: 20, padding: 220, total: 9070 }
const col = (width: number, header: string, cells: string[], align?: ColumnContent['align']): ColumnContent => ({
  width,
  header,
  align,
  cells: cells.map((text) => ({ text }))
})

describe('textWidth()', () => {
  it('measures Arial as Word does: an "M" at 10 pt is 0.833 em, 166.6 twips; bold is wider', () => {
    expect(textWidth('M', 'Arial', 20)).toBeCloseTo(166.6, 1)
    expect(textWidth('Energiprestandakontrakt', 'Arial', 20, true)).toBeGreaterThan(
      textWidth('Energiprestandakontrakt', 'Arial', 20)
    )
  })

  it('measures the wide fonts (Verdana, Georgia, Cambria) wider than Arial and Times New Roman', () => {
    const word = 'Upphandlingsvägar'
    expect(textWidth(word, 'Verdana', 20)).toBeGreaterThan(textWidth(word, 'Arial', 20))
    expect(textWidth(word, 'Georgia', 20)).toBeGreaterThan(textWidth(word, 'Times New Roman', 20) * 1.15)
    expect(textWidth(word, 'Cambria', 20)).toBeGreaterThan(textWidth(word, 'Times New Roman', 20))
  })

  it('measures a font it does not know as the wide DejaVu face of its kind', () => {
    expect(textWidth('Upphandling', 'Fira Sans', 20)).toBe(textWidth('Upphandling', 'Verdana', 20))
    expect(textWidth('Upphandling', 'Noto Serif', 20)).toBe(textWidth('Upphandling', 'Georgia', 20))
  })

  it('gives CJK and emoji a whole em, marks nothing, an unknown character an "m"', () => {
    expect(textWidth('漢', 'Arial', 20)).toBe(200)
    expect(textWidth('e\u0301', 'Arial', 20)).toBe(textWidth('e', 'Arial', 20))
    expect(textWidth('\u0416', 'Arial', 20)).toBe(textWidth('m', 'Arial', 20))
  })
})

describe('unbreakable()', () => {
  it('breaks at spaces and after hyphens, never at a no-break space', () => {
    expect(unbreakable('Minska CO₂-utsläppen')).toEqual(['Minska', 'CO₂-', 'utsläppen'])
    expect(unbreakable('1\u00a0500\u00a0000\u00a0kr per år')).toEqual(['1\u00a0500\u00a0000\u00a0kr', 'per', 'år'])
    expect(unbreakable('Genomför\u00adbarhet')).toEqual(['Genomför\u00ad', 'barhet'])
  })
})

describe('columnWidths()', () => {
  it('fills the text width exactly', () => {
    const widths = columnWidths(
      [col(720, 'Rang', ['1']), col(3000, 'Område', ['Belysning']), col(2000, 'Effekt', ['10 kr'], 'right')],
      A4
    )
    expect(widths.reduce((a, b) => a + b, 0)).toBe(9070)
  })

  it('gives a long word room: the column is at least as wide as the word and its margins', () => {
    const long = 'Energiprestandakontraktsuppföljning'
    const columns = [
      col(720, 'Rang', ['1', '2 (delad)'], 'center'),
      col(1500, 'Område', [long]),
      col(4000, 'Indikator', ['Energianvändning i förvaltningshusen (kWh/årsarbetare)']),
      col(2850, 'Väg', ['Direktupphandling'])
    ]
    const widths = columnWidths(columns, A4)
    expect(widths[1]).toBeGreaterThanOrEqual(textWidth(long, 'Arial', 20) + 220)
    // A rank shares its column with nothing: "2 (delad)" on one line.
    expect(widths[0]).toBeGreaterThanOrEqual(textWidth('2 (delad)', 'Arial', 20) + 220)
  })

  it('keeps numbers and amounts whole in right-aligned columns', () => {
    const amount = '1\u00a0546\u00a0202\u00a0kr'
    const widths = columnWidths(
      [col(6000, 'Beskrivning', ['Workshop och rapport']), col(500, 'Belopp', [amount], 'right')],
      A4
    )
    expect(widths[1]).toBeGreaterThanOrEqual(columnNeeds(col(500, 'Belopp', [amount], 'right'), A4).min)
    expect(widths[1]).toBeGreaterThanOrEqual(textWidth(amount, 'Arial', 20))
  })

  it('narrows a column whose text fits on one line and gives the room to the column that wraps', () => {
    const text = 'Ett långt stycke text om vad som ska göras och varför, som behöver flera rader i sin cell. '.repeat(3)
    const widths = columnWidths([col(4535, 'Steg', ['Start']), col(4535, 'Innehåll', [text])], A4)
    expect(widths[0]).toBeLessThan(2000)
    expect(widths[1]).toBeGreaterThan(7000)
  })

  it('when the longest words cannot all fit, breaks only the column with the longest word', () => {
    const columns = [
      col(3000, 'A', ['Energiprestandakontraktsuppföljningssystemsleverantörsutvärderingsmodellen']),
      col(3000, 'B', ['Direktupphandling']),
      col(3000, 'C', ['Funktionsupphandling'])
    ]
    expect(fitsWords(columns, A4)).toBe(false)
    const widths = columnWidths(columns, A4)
    expect(widths[1]).toBeGreaterThanOrEqual(columnNeeds(columns[1]!, A4).min)
    expect(widths[2]).toBeGreaterThanOrEqual(columnNeeds(columns[2]!, A4).min)
    expect(widths.reduce((a, b) => a + b, 0)).toBe(9070)
  })

  it('for any table whose words fit: every column at least its longest word, together the text width', () => {
    const word = fc.string({
      unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzåäöABCÅÄÖ0123456789'),
      minLength: 1,
      maxLength: 14
    })
    const text = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' '))
    const column = fc.record({
      width: fc.integer({ min: 1, max: 6000 }),
      header: word,
      align: fc.constantFrom<ColumnContent['align']>('left', 'right', 'center', undefined),
      cells: fc.array(
        text.map((t) => ({ text: t })),
        { maxLength: 8 }
      )
    })
    fc.assert(
      fc.property(
        fc.array(column, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('Arial', 'Georgia', 'Verdana'),
        (columns, font) => {
          const m = { ...A4, font }
          const widths = columnWidths(columns, m)
          expect(widths.reduce((a, b) => a + b, 0)).toBe(m.total)
          if (fitsWords(columns, m))
            for (const [i, c] of columns.entries()) expect(widths[i]!).toBeGreaterThanOrEqual(columnNeeds(c, m).min - 1)
        }
      ),
      { numRuns: 300 }
    )
  })
})
