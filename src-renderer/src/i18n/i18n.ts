/** i18next set up for the renderer: Swedish by default and as fallback, English on choice. */
import i18next, { type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { translations } from './resources'
import type { Language } from '@shared/settings'

export const resources = {
  sv: { translation: translations.sv },
  en: { translation: translations.en }
} as const

/** The one i18next instance of the renderer. */
export const i18n: I18n = i18next.createInstance()

/** Initialises i18n synchronously (resources are bundled) and keeps <html lang> in step. */
export function initI18n(language: Language = 'sv'): I18n {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources,
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
