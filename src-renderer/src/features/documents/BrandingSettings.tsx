import './documents.css'
import { useCallback, useEffect, useId, useRef, useState, type HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { BODY_FONTS, DEFAULT_BRANDING, type BrandingSettings as Branding } from '@shared/branding'
import type { DocumentImage } from '@shared/document-model'
import { brandingOf } from '@shared/settings'
import { useZodForm } from '@renderer/forms'
import { fileToBase64 } from '@renderer/lib/base64'
import { errorMessage } from '@renderer/lib/errors'
import { useApi } from '@renderer/platform/services'
import { useShellKind } from '@renderer/platform/use-app-info'
import { FilePicker, Notice, SelectField, TextAreaField, TextField, type NoticeMessage } from '@renderer/ui'
import { BrandingForm, brandingToForm } from './branding-form'

const FONT_OPTIONS = BODY_FONTS.map((font) => ({ value: font, label: font }))

/** The one-line texts of the form, in order; each label is `branding.<name>`. */
const TEXT_FIELDS: {
  name: 'consultantName' | 'company' | 'orgNumber'
  maxLength: number
  autoComplete?: string
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode']
}[] = [
  { name: 'consultantName', maxLength: 200, autoComplete: 'name' },
  { name: 'company', maxLength: 200, autoComplete: 'organization' },
  { name: 'orgNumber', maxLength: 20, inputMode: 'numeric' }
]

/** Branding for Word documents (consultant, company, logo, colour and font), shown on the settings page. */
export function BrandingSettings() {
  const { t } = useTranslation()
  const api = useApi()
  const shell = useShellKind()
  const headingId = useId()
  const [saved, setSaved] = useState<Branding | null>(null)
  const [logo, setLogo] = useState<DocumentImage | null>(null)
  const [message, setMessage] = useState<NoticeMessage | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors }
  } = useZodForm(BrandingForm, { defaultValues: brandingToForm(DEFAULT_BRANDING), mode: 'onSubmit' })

  const refreshLogo = useCallback(() => {
    api
      .brandingGetLogo()
      .then(setLogo)
      .catch(() => setLogo(null))
  }, [api])

  useEffect(() => {
    let cancelled = false
    api
      .brandingGet()
      .then((b) => {
        if (cancelled) return
        setSaved(b)
        reset(brandingToForm(b))
      })
      .catch(
        (error: unknown) =>
          !cancelled && setMessage({ text: t('branding.saveFailed', { message: errorMessage(error) }), error: true })
      )
    refreshLogo()
    return () => {
      cancelled = true
    }
  }, [api, refreshLogo, reset, t])

  // Shown (and read out, role=status) next to the form, not under the page heading far above it.
  const report = (text: string, error = false) => setMessage({ text, error })

  const onSubmit = handleSubmit(async (values) => {
    try {
      const settings = await api.settingsSet({ branding: { ...values, logoFile: saved?.logoFile ?? null } })
      setSaved(brandingOf(settings))
      report(t('branding.saved'))
    } catch (error) {
      report(t('branding.saveFailed', { message: errorMessage(error) }), true)
    }
  })

  const afterLogo = (branding: Branding, text: string) => {
    setSaved(branding)
    refreshLogo()
    report(text)
  }

  /** Runs a logo change; `done` is the text once main has the new branding (null: nothing changed). */
  const logoAction = async (action: () => Promise<Branding | null>, done: string) => {
    try {
      const branding = await action()
      if (branding) afterLogo(branding, done)
    } catch (error) {
      report(t('branding.logoFailed', { message: errorMessage(error) }), true)
    }
  }

  const chooseLogo = () =>
    logoAction(async () => {
      const result = await api.brandingChooseLogo()
      if (result.outcome === 'unsupported') fileInput.current?.click()
      return result.outcome === 'chosen' ? brandingOf(result.settings) : null
    }, t('branding.logoSaved'))

  const uploadLogo = ([file]: File[]) => {
    if (!file) return
    void logoAction(
      async () => brandingOf(await api.brandingSetLogo({ logo: { base64: await fileToBase64(file) } })),
      t('branding.logoSaved')
    )
  }

  const removeLogo = () =>
    logoAction(async () => brandingOf(await api.brandingSetLogo({ logo: null })), t('branding.logoRemoved'))

  return (
    <section aria-labelledby={headingId} className="panel branding">
      <h2 id={headingId}>{t('branding.heading')}</h2>
      <p className="help">{t('branding.help')}</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        {TEXT_FIELDS.map(({ name, ...input }) => (
          <TextField
            key={name}
            label={t(`branding.${name}`)}
            error={errors[name]?.message}
            {...input}
            {...register(name)}
          />
        ))}
        <TextAreaField
          label={t('branding.contactLines')}
          hint={t('branding.contactLinesHelp')}
          error={errors.contactLines?.message}
          rows={4}
          {...register('contactLines')}
        />
        <div className="branding-row">
          <TextField
            type="color"
            label={t('branding.accentColor')}
            hint={t('branding.accentColorHelp')}
            error={errors.accentColor?.message}
            {...register('accentColor')}
          />
          <SelectField
            label={t('branding.bodyFont')}
            hint={t('branding.bodyFontHelp')}
            error={errors.bodyFont?.message}
            options={FONT_OPTIONS}
            {...register('bodyFont')}
          />
        </div>
        <button type="submit" className="button button-primary">
          {t('branding.save')}
        </button>
      </form>
      <div className="branding-logo" role="group" aria-label={t('branding.logo')}>
        <h3>{t('branding.logo')}</h3>
        {logo ? (
          <img
            className="branding-logo-img"
            src={`data:image/${logo.type === 'jpg' ? 'jpeg' : 'png'};base64,${logo.base64}`}
            alt={t('branding.logoAlt')}
          />
        ) : (
          <p className="help">{t('branding.logoNone')}</p>
        )}
        <div className="doc-actions">
          <FilePicker
            ref={fileInput}
            label={shell === 'electron' ? t('branding.chooseLogo') : t('branding.uploadLogo')}
            accept="image/png,image/jpeg"
            onChoose={shell === 'electron' ? () => void chooseLogo() : undefined}
            onFiles={uploadLogo}
          />
          {logo && (
            <button type="button" className="button button-secondary" onClick={() => void removeLogo()}>
              {t('branding.removeLogo')}
            </button>
          )}
        </div>
      </div>
      <Notice message={message} />
    </section>
  )
}
