/**
 * i18next set up for the renderer: Swedish by default and as fallback, English on choice.
 * Only Swedish is bundled with the first screen; English is a chunk of its own, loaded by i18next (through the
 * backend below) when the language changes to it, so `changeLanguage('en')` resolves once its texts are in.
 */
import i18next, { type BackendModule, type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { buildResources, type Tree } from '@shared/locale-tree'
import type { Language } from '@shared/settings'

const swedishFiles = import.meta.glob<Tree>('@shared/locales/sv/*.json', { eager: true, import: 'default' })

/** The texts bundled with the app's first screen: Swedish, the default and fallback language. */
export const swedish: Tree = buildResources(swedishFiles).sv

/** Reads a language that is not bundled: English, from its own chunk. */
const lazyLanguages: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (language !== 'en') {
      callback(null, language === 'sv' ? swedish : {})
      return
    }
    import('./english').then(
      ({ english }) => callback(null, english),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null)
    )
  }
}

/** The one i18next instance of the renderer. */
export const i18n: I18n = i18next.createInstance()

/** Initialises i18n synchronously (Swedish is bundled) and keeps <html lang> in step. */
export function initI18n(language: Language = 'sv'): I18n {
  if (!i18n.isInitialized) {
    void i18n
      .use(lazyLanguages)
      .use(initReactI18next)
      .init({
        resources: { sv: { translation: swedish } },
        // Bundled Swedish plus English from the backend when it is asked for.
        partialBundledLanguages: true,
        lng: language,
        fallbackLng: 'sv',
        supportedLngs: ['sv', 'en'],
        initAsync: false,
        // React already escapes what it renders.
        interpolation: { escapeValue: false },
        returnNull: false
      })
    i18n.on('languageChanged', (lng) => {
      if (typeof document !== 'undefined') document.documentElement.lang = lng
    })
    if (typeof document !== 'undefined') document.documentElement.lang = i18n.language
  }
  return i18n
}

/** The current app language, narrowed to the ones the app has. */
export function currentLanguage(instance: I18n = i18n): Language {
  return instance.resolvedLanguage === 'en' ? 'en' : 'sv'
}
