/**
 * The scoring grid's repeated texts, translated once per language instead of once per cell: 200 areas × 6
 * criteria made 1 200 calls of i18next's t() on every render of the grid, the largest named cost of a re-rank
 * (docs/PERFORMANCE.md). Each label is looked up once with markers in place of its values and then filled in.
 */
import type { TFunction } from 'i18next'

const MARK = '\u0000'

/** A translated text with named values, as a function of those values (same result as t(key, values)). */
function template<N extends string>(
  t: TFunction,
  key: string,
  names: readonly N[]
): (values: Record<N, string>) => string {
  const marks = Object.fromEntries(names.map((name) => [name, `${MARK}${name}${MARK}`]))
  // Even places are text, odd places the names of values.
  const parts = String(t(key, marks)).split(MARK)
  return (values) => parts.map((part, i) => (i % 2 === 1 ? (values[part as N] ?? '') : part)).join('')
}

/** The grid's texts in the current language. */
export function gridLabels(t: TFunction) {
  return {
    cell: template(t, 'prioritisation.grid.cell', ['area', 'criterion', 'value']),
    computedCell: template(t, 'prioritisation.grid.computedCell', ['area', 'criterion', 'value']),
    scoreCell: template(t, 'prioritisation.grid.scoreCell', ['area', 'value']),
    rankCell: template(t, 'prioritisation.grid.rankCell', ['area', 'value']),
    votesLabel: template(t, 'prioritisation.grid.votesLabel', ['area']),
    votesInvalid: t('prioritisation.grid.votesInvalid'),
    unscored: t('prioritisation.grid.unscored'),
    incomplete: t('prioritisation.grid.incomplete'),
    noRank: t('prioritisation.grid.noRank')
  }
}

export type GridLabels = ReturnType<typeof gridLabels>
