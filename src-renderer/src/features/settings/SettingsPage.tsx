import { useState, type ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Language } from '@shared/settings'
import { BackupSettings } from '@renderer/features/backups'
import { BrandingSettings } from '@renderer/features/documents'
import { PortfolioSpreadsheets } from '@renderer/features/spreadsheets'
import { errorMessage } from '@renderer/lib/errors'
import { useAppInfo } from '@renderer/platform/use-app-info'
import { useLanguage } from '@renderer/platform/use-language'
import { Field, PageHeading, useShell } from '@renderer/ui'

/** Each language named in itself, so a reader finds their own whatever the current language. */
const LANGUAGE_NAMES: Record<Language, string> = { sv: 'Svenska', en: 'English' }

/** Language choice and facts about the app (version, data folder). */
export function SettingsPage() {
  const { t } = useTranslation()
  const { announce } = useShell()
  const { language, setLanguage } = useLanguage()
  const [saveError, setSaveError] = useState<string | null>(null)
  const { info, error: infoError } = useAppInfo()

  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const parsed = Language.safeParse(event.target.value)
    if (!parsed.success) return
    setSaveError(null)
    setLanguage(parsed.data)
      // Announced after the switch, so it is read in the newly chosen language.
      .then(() => announce(t('settings.languageSaved', { lng: parsed.data })))
      .catch((error: unknown) => setSaveError(errorMessage(error)))
  }

  return (
    <>
      <PageHeading>{t('settings.title')}</PageHeading>
      <section aria-labelledby="language-heading" className="panel">
        <h2 id="language-heading">{t('settings.languageHeading')}</h2>
        <Field label={t('settings.language')} hint={t('settings.languageHelp')}>
          {(control) => (
            <select {...control} value={language} onChange={onChange}>
              {Language.options.map((lng) => (
                <option key={lng} value={lng} lang={lng}>
                  {LANGUAGE_NAMES[lng]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {saveError && (
          <p role="alert" className="error-box">
            {t('settings.languageSaveFailed', { message: saveError })}
          </p>
        )}
      </section>
      <BrandingSettings />
      <BackupSettings />
      <PortfolioSpreadsheets />
      <section aria-labelledby="about-heading" className="panel">
        <h2 id="about-heading">{t('settings.aboutHeading')}</h2>
        {infoError ? (
          <p role="alert" className="error-box">
            {t('settings.infoFailed', { message: infoError })}
          </p>
        ) : info === null ? (
          <p>{t('app.loading')}</p>
        ) : (
          <dl className="facts">
            <dt>{t('settings.version')}</dt>
            <dd>{info.version}</dd>
            <dt>{t('settings.dataFolder')}</dt>
            <dd>
              <code>{info.dataFolder}</code>
            </dd>
            <dt>{t('settings.shell')}</dt>
            <dd>{info.shell === 'electron' ? t('settings.shellElectron') : t('settings.shellBrowser')}</dd>
          </dl>
        )}
      </section>
    </>
  )
}
