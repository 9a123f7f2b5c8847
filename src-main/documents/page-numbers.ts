/**
 * Page numbers for the table of contents, worked out when the document is written, so the client never sees an
 * empty contents page and Word never has to ask to update fields.
 *
 * docx's `estimatePageNumbers` lays the pages out as Word does, but stops at the first thing its width tables do not
 * know: a font they lack (Garamond), a glyph whose width in the font is unknown (the "₂" of "CO₂", some of Georgia's),
 * and every entry after that point is left blank. So the layout runs in docx's guessing mode, once: an unknown font is
 * measured as the most similar one it knows (serif faces as Times New Roman, the rest as Arial) and an unknown
 * character as an average letter of its font; where it had nothing to guess, the numbers are the exact ones. A number
 * is left blank, for Word to fill in, only where even a guess fails.
 */
import type { EstimatedPageNumbers, PageNumberEstimator } from 'docx'
import { estimatePageNumbers, estimatePageNumbersWith } from 'docx/layout'
import type { FontFile } from 'docx/layout'

/** How the numbers were found: Word's layout, a guess past what it cannot measure, or not at all. */
export type PageNumberQuality = 'exact' | 'guessed' | 'missing'

export type PageNumberOutcome = {
  quality: PageNumberQuality
  /** Why the layout had to guess, once each (such as "a font not in the width tables"), when it did. */
  guesses: string[]
}

const guessing = estimatePageNumbersWith({ guess: true })

/** Font files to measure text in instead of the width tables (see measureWithFontFiles); none by default. */
let measuring: PageNumberEstimator | undefined

/**
 * Measures the text of every document written from now on in these font files (a file's `name` is the font name the
 * document gives, such as "Georgia"), with their own widths and line heights; `undefined` goes back to the width
 * tables. Used by the LibreOffice test to measure a font the machine lacks in the file LibreOffice draws it with.
 */
export function measureWithFontFiles(fonts: readonly FontFile[] | undefined): void {
  measuring = fonts === undefined || fonts.length === 0 ? undefined : estimatePageNumbersWith({ fonts, guess: true })
}

/** A layout that ran to the end knows the number of pages; one that stopped, or never settled, does not. */
function complete(result: EstimatedPageNumbers): boolean {
  return result.pageCount !== undefined
}

/**
 * An estimator for one document, and what it found once the document has been written. `outcome()` is undefined until
 * docx has asked for the numbers.
 */
export function pageNumberEstimator(): {
  estimator: PageNumberEstimator
  outcome: () => PageNumberOutcome | undefined
} {
  let outcome: PageNumberOutcome | undefined
  // One layout per document: docx's guessing mode lays out exactly as its exact mode until it meets something it cannot
  // measure, so a layout that ran to the end without a guess is the exact one, and one with guesses is the best there is.
  const estimate = (...args: Parameters<PageNumberEstimator>): EstimatedPageNumbers => {
    const result = (measuring ?? guessing)(...args)
    const guesses = [...new Set((result.guesses ?? []).map((g) => g.reason))]
    outcome = !complete(result)
      ? { quality: 'missing', guesses: [] }
      : guesses.length === 0
        ? { quality: 'exact', guesses: [] }
        : { quality: 'guessed', guesses }
    return result
  }
  const estimator: PageNumberEstimator = Object.assign(estimate, { listNumbers: estimatePageNumbers.listNumbers })
  return { estimator, outcome: () => outcome }
}
