import './documents.css'
import { useCallback, useEffect, useId, useRef, useState } from 'react'
import type { ChangeEvent, FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { BODY_FONTS, BrandingSettings as BrandingSchema, DEFAULT_BRANDING } from '@shared/branding'
import type { BrandingSettings as Branding } from '@shared/branding'
import { describeZodError } from '@shared/contract'
import type { DocumentImage } from '@shared/document-model'
import { brandingOf } from '@shared/settings'
import { fileToBase64 } from '@renderer/lib/base64'
import { errorMessage } from '@renderer/lib/errors'
import { useApi } from '@renderer/platform/services'
import { useShellKind } from '@renderer/platform/use-app-info'

type Draft = { consultantName: string; company: string; orgNumber: string; contactLines: string; accentColor: string; bodyFont: string }

const toDraft = (b: Branding): Draft => ({ ...b, contactLines: b.contactLines.join('\n'), accentColor: `#${b.accentColor.toLowerCase()}` })

/** Branding for Word documents (consultant, company, logo, colour and font), shown on the settings page. */
export function BrandingSettings() {
  const { t } = useTranslation()
  const api = useApi()
  const shell = useShellKind()
  const ids = { heading: useId(), name: useId(), company: useId(), org: useId(), lines: useId(), linesHelp: useId(), color: useId(), colorHelp: useId(), font: useId(), fontHelp: useId(), file: useId() }
  const [saved, setSaved] = useState<Branding | null>(null)
  const [draft, setDraft] = useState<Draft>(toDraft(DEFAULT_BRANDING))
  const [logo, setLogo] = useState<DocumentImage | null>(null)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)

  const refreshLogo = useCallback(() => {
    api.brandingGetLogo().then(setLogo).catch(() => setLogo(null))
  }, [api])

  useEffect(() => {
    let cancelled = false
    api
      .brandingGet()
      .then((b) => {
        if (cancelled) return
        setSaved(b)
        setDraft(toDraft(b))
      })
      .catch((error: unknown) => !cancelled && setMessage({ text: t('branding.saveFailed', { message: errorMessage(error) }), error: true }))
    refreshLogo()
    return () => {
      cancelled = true
    }
  }, [api, refreshLogo, t])

  const set = (field: keyof Draft) => (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    setDraft((d) => ({ ...d, [field]: event.target.value }))

  // Shown (and read out, role=status) next to the form, not under the page heading far above it.
  const report = (text: string, error = false) => setMessage({ text, error })

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const lines = draft.contactLines.split('\n').map((l) => l.trim()).filter(Boolean)
    if (lines.length > 8) return report(t('branding.tooManyLines'), true)
    const parsed = BrandingSchema.safeParse({
      consultantName: draft.consultantName.trim(),
      company: draft.company.trim(),
      orgNumber: draft.orgNumber.trim(),
      contactLines: lines,
      accentColor: draft.accentColor.replace(/^#/, ''),
      bodyFont: draft.bodyFont,
      logoFile: saved?.logoFile ?? null
    })
    if (!parsed.success) return report(t('branding.invalid', { message: describeZodError(parsed.error) }), true)
    try {
      const settings = await api.settingsSet({ branding: parsed.data })
      setSaved(brandingOf(settings))
      report(t('branding.saved'))
    } catch (error) {
      report(t('branding.saveFailed', { message: errorMessage(error) }), true)
    }
  }

  const afterLogo = (branding: Branding, text: string) => {
    setSaved(branding)
    refreshLogo()
    report(text)
  }

  const chooseLogo = async () => {
    try {
      const result = await api.brandingChooseLogo()
      if (result.outcome === 'unsupported') fileInput.current?.click()
      else if (result.outcome === 'chosen') afterLogo(brandingOf(result.settings), t('branding.logoSaved'))
    } catch (error) {
      report(t('branding.logoFailed', { message: errorMessage(error) }), true)
    }
  }

  const uploadLogo = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    try {
      const settings = await api.brandingSetLogo({ logo: { base64: await fileToBase64(file) } })
      afterLogo(brandingOf(settings), t('branding.logoSaved'))
    } catch (error) {
      report(t('branding.logoFailed', { message: errorMessage(error) }), true)
    }
  }

  const removeLogo = async () => {
    try {
      afterLogo(brandingOf(await api.brandingSetLogo({ logo: null })), t('branding.logoRemoved'))
    } catch (error) {
      report(t('branding.logoFailed', { message: errorMessage(error) }), true)
    }
  }

  return (
    <section aria-labelledby={ids.heading} className="panel branding">
      <h2 id={ids.heading}>{t('branding.heading')}</h2>
      <p className="help">{t('branding.help')}</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <div className="field">
          <label htmlFor={ids.name}>{t('branding.consultantName')}</label>
          <input id={ids.name} value={draft.consultantName} onChange={set('consultantName')} maxLength={200} autoComplete="name" />
        </div>
        <div className="field">
          <label htmlFor={ids.company}>{t('branding.company')}</label>
          <input id={ids.company} value={draft.company} onChange={set('company')} maxLength={200} autoComplete="organization" />
        </div>
        <div className="field">
          <label htmlFor={ids.org}>{t('branding.orgNumber')}</label>
          <input id={ids.org} value={draft.orgNumber} onChange={set('orgNumber')} maxLength={20} inputMode="numeric" />
        </div>
        <div className="field">
          <label htmlFor={ids.lines}>{t('branding.contactLines')}</label>
          <textarea id={ids.lines} value={draft.contactLines} onChange={set('contactLines')} rows={4} aria-describedby={ids.linesHelp} />
          <p id={ids.linesHelp} className="help">
            {t('branding.contactLinesHelp')}
          </p>
        </div>
        <div className="branding-row">
          <div className="field">
            <label htmlFor={ids.color}>{t('branding.accentColor')}</label>
            <input id={ids.color} type="color" value={draft.accentColor} onChange={set('accentColor')} aria-describedby={ids.colorHelp} />
            <p id={ids.colorHelp} className="help">
              {t('branding.accentColorHelp')}
            </p>
          </div>
          <div className="field">
            <label htmlFor={ids.font}>{t('branding.bodyFont')}</label>
            <select id={ids.font} value={draft.bodyFont} onChange={set('bodyFont')} aria-describedby={ids.fontHelp}>
              {BODY_FONTS.map((f) => (
                <option key={f} value={f}>
                  {f}
                </option>
              ))}
            </select>
            <p id={ids.fontHelp} className="help">
              {t('branding.bodyFontHelp')}
            </p>
          </div>
        </div>
        <button type="submit" className="button button-primary">
          {t('branding.save')}
        </button>
      </form>
      <div className="branding-logo" role="group" aria-label={t('branding.logo')}>
        <h3>{t('branding.logo')}</h3>
        {logo ? <img className="branding-logo-img" src={`data:image/${logo.type === 'jpg' ? 'jpeg' : 'png'};base64,${logo.base64}`} alt={t('branding.logoAlt')} /> : <p className="help">{t('branding.logoNone')}</p>}
        <div className="doc-actions">
          {shell === 'electron' ? (
            <button type="button" className="button button-secondary" onClick={() => void chooseLogo()}>
              {t('branding.chooseLogo')}
            </button>
          ) : (
            <>
              <label htmlFor={ids.file} className="button button-secondary">
                {t('branding.uploadLogo')}
              </label>
              <input id={ids.file} ref={fileInput} className="visually-hidden-file" type="file" accept="image/png,image/jpeg" onChange={(e) => void uploadLogo(e)} />
            </>
          )}
          {logo && (
            <button type="button" className="button button-secondary" onClick={() => void removeLogo()}>
              {t('branding.removeLogo')}
            </button>
          )}
        </div>
      </div>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error-box' : 'doc-result'}>
          {message.text}
        </p>
      )}
    </section>
  )
}
