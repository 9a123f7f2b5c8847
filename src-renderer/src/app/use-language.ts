/** The app language: read from the settings at start, saved when the user picks another. */
import { useCallback, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../src-shared/settings'
import { currentLanguage } from '../i18n/i18n'
import { useApi } from './services'

/** Restores the saved language once at start; a failure leaves Swedish and is logged, not shown. */
export function useRestoreLanguage(): void {
  const api = useApi()
  const { i18n } = useTranslation()
  useEffect(() => {
    let cancelled = false
    api
      .settingsGet()
      .then((settings) => {
        if (!cancelled && settings.language !== currentLanguage(i18n)) void i18n.changeLanguage(settings.language)
      })
      .catch((error: unknown) => console.warn('Could not read the saved language', error))
    return () => {
      cancelled = true
    }
  }, [api, i18n])
}

/** The current language and a function that switches to another and saves it; rejects if saving fails. */
export function useLanguage(): { language: Language; setLanguage: (language: Language) => Promise<void> } {
  const api = useApi()
  const { i18n } = useTranslation()
  const setLanguage = useCallback(
    async (language: Language) => {
      await i18n.changeLanguage(language)
      await api.settingsSet({ language })
    },
    [api, i18n]
  )
  return { language: currentLanguage(i18n), setLanguage }
}
