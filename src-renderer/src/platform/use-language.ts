/** The app language: read from the settings at start, saved when the user picks another. */
import { useCallback, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '@shared/settings'
import { currentLanguage } from '@renderer/i18n/i18n'
import { useApi } from './services'

/**
 * Restores the saved language once at start; a failure leaves Swedish and is logged, not shown.
 * Runs once per API (not per language change: a re-read racing a save would switch back), and an
 * answer that arrives after the user already picked a language is ignored.
 */
export function useRestoreLanguage(): void {
  const api = useApi()
  const { i18n } = useTranslation()
  const i18nRef = useRef(i18n)
  i18nRef.current = i18n
  useEffect(() => {
    let cancelled = false
    const asked = i18nRef.current.language
    api
      .settingsGet()
      .then((settings) => {
        const current = i18nRef.current
        if (cancelled || current.language !== asked) return
        if (settings.language !== currentLanguage(current)) void current.changeLanguage(settings.language)
      })
      .catch((error: unknown) => console.warn('Could not read the saved language', error))
    return () => {
      cancelled = true
    }
  }, [api])
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
