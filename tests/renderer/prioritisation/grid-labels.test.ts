import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '@renderer/i18n/i18n'
import { gridLabels } from '@renderer/features/prioritisation/grid-labels'

// Values as a consultant may type them: commas, colons, a "$&" that String.replace would expand, braces.
const area = 'Vägar & broar: $& {{x}}'
const criterion = 'Effekt, 2026'

describe('features/prioritisation', () => {
  describe('gridLabels()', () => {
    afterEach(() => i18n.changeLanguage('sv'))

    for (const language of ['sv', 'en'] as const) {
      it(`gives what t() gives for each repeated label, in ${language}`, async () => {
        await i18n.changeLanguage(language)
        const t = i18n.t.bind(i18n)
        const labels = gridLabels(t)
        expect(labels.cell({ area, criterion, value: '4' })).toBe(
          t('prioritisation.grid.cell', { area, criterion, value: '4' })
        )
        expect(labels.computedCell({ area, criterion, value: '–' })).toBe(
          t('prioritisation.grid.computedCell', { area, criterion, value: '–' })
        )
        expect(labels.scoreCell({ area, value: '3,25' })).toBe(
          t('prioritisation.grid.scoreCell', { area, value: '3,25' })
        )
        expect(labels.rankCell({ area, value: '1' })).toBe(t('prioritisation.grid.rankCell', { area, value: '1' }))
        expect(labels.votesLabel({ area })).toBe(t('prioritisation.grid.votesLabel', { area }))
        expect(labels.unscored).toBe(t('prioritisation.grid.unscored'))
        // Not the markers: the text a screen reader reads.
        expect(labels.cell({ area, criterion, value: '4' })).toContain(`${area}, ${criterion}`)
      })
    }
  })
})
