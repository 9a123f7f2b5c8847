import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupStatus } from '@shared/ipc/backups'
import { MIN_PASSWORD_LENGTH } from '@shared/ipc/backups'
import { useApi } from '@renderer/platform/services'
import { errorMessage } from '@renderer/lib/errors'

/** Turning encryption on (with a plain warning first), unlocking it for the session, turning it off. */
export function EncryptionPanel({ status, refresh }: { status: BackupStatus | null; refresh: () => void }) {
  const { t } = useTranslation()
  const api = useApi()
  const [password, setPassword] = useState('')
  const [repeat, setRepeat] = useState('')
  const [acknowledged, setAcknowledged] = useState(false)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const ids = { password: useId(), repeat: useId(), help: useId(), warning: useId(), ack: useId() }

  if (!status) return null
  const { enabled, unlocked } = status.encryption

  const finish = (text: string, error: boolean) => {
    setMessage({ text, error })
    setPassword('')
    setRepeat('')
    setBusy(false)
    refresh()
  }

  const submit = async (event: FormEvent, action: 'enable' | 'unlock' | 'disable') => {
    event.preventDefault()
    setMessage(null)
    if (action === 'enable') {
      if (!acknowledged) return setMessage({ text: t('backups.encryption.mustAcknowledge'), error: true })
      if (password.length < MIN_PASSWORD_LENGTH) return setMessage({ text: t('backups.encryption.tooShort', { min: MIN_PASSWORD_LENGTH }), error: true })
      if (password !== repeat) return setMessage({ text: t('backups.encryption.mismatch'), error: true })
    }
    setBusy(true)
    try {
      if (action === 'unlock') {
        const result = await api.backupsUnlock({ password })
        finish(result.outcome === 'unlocked' ? t('backups.encryption.unlocked') : t('backups.encryption.wrongPassword'), result.outcome !== 'unlocked')
      } else {
        const result = await api.backupsSetEncryption({ enabled: action === 'enable', password })
        const text = {
          enabled: t('backups.encryption.enabled'),
          disabled: t('backups.encryption.disabled'),
          'wrong-password': t('backups.encryption.wrongPassword'),
          'too-short': t('backups.encryption.tooShort', { min: MIN_PASSWORD_LENGTH })
        }[result.outcome]
        finish(text, result.outcome === 'wrong-password' || result.outcome === 'too-short')
      }
    } catch (error) {
      finish(errorMessage(error), true)
    }
  }

  const passwordField = (autoComplete: string) => (
    <div className="field">
      <label htmlFor={ids.password}>{t('backups.encryption.password')}</label>
      <input
        id={ids.password}
        type="password"
        autoComplete={autoComplete}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        aria-describedby={!enabled ? ids.help : undefined}
      />
      {!enabled && (
        <p id={ids.help} className="help">
          {t('backups.encryption.passwordHelp', { min: MIN_PASSWORD_LENGTH })}
        </p>
      )}
    </div>
  )

  return (
    <section aria-labelledby="encryption-heading" className="panel bk encryption-panel">
      <h2 id="encryption-heading">{t('backups.encryption.heading')}</h2>
      <p className="help">{t('backups.encryption.intro')}</p>
      <p className={`encryption-state ${enabled ? (unlocked ? 'on' : 'locked') : 'off'}`}>
        {enabled ? (unlocked ? t('backups.encryption.statusOn') : t('backups.encryption.statusLocked')) : t('backups.encryption.statusOff')}
      </p>
      {!enabled && (
        <form onSubmit={(e) => void submit(e, 'enable')} aria-describedby={ids.warning}>
          <p id={ids.warning} className="warning-box">
            {t('backups.encryption.warning')}
          </p>
          <div className="field-row">
            {passwordField('new-password')}
            <div className="field">
              <label htmlFor={ids.repeat}>{t('backups.encryption.passwordRepeat')}</label>
              <input id={ids.repeat} type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
            </div>
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} />
            {t('backups.encryption.acknowledge')}
          </label>
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? t('backups.encryption.working') : t('backups.encryption.enable')}
            </button>
          </div>
        </form>
      )}
      {enabled && (
        <form onSubmit={(e) => void submit(e, unlocked ? 'disable' : 'unlock')}>
          {passwordField('current-password')}
          <div className="button-row">
            <button type="submit" className={`button ${unlocked ? '' : 'button-primary'}`} disabled={busy || password === ''}>
              {busy ? t('backups.encryption.working') : unlocked ? t('backups.encryption.disable') : t('backups.encryption.unlock')}
            </button>
          </div>
        </form>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error-box' : 'notice'}>
          {message.text}
        </p>
      )}
    </section>
  )
}
