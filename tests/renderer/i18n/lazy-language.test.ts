import { describe, expect, it } from 'vitest'
import { i18n, swedish } from '@renderer/i18n/i18n'
import { translations } from '@renderer/i18n/resources'

describe('the app language at start', () => {
  it('has only Swedish bundled, and loads English when the language changes to it', async () => {
    expect(swedish).toEqual(translations.sv)
    expect(i18n.hasResourceBundle('sv', 'translation')).toBe(true)
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false)
    expect(i18n.t('app.loading')).toBe('Laddar…')

    await i18n.changeLanguage('en')
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(true)
    expect(i18n.getResourceBundle('en', 'translation')).toEqual(translations.en)
    expect(i18n.t('app.loading')).toBe('Loading…')
    expect(document.documentElement.lang).toBe('en')
  })
})
