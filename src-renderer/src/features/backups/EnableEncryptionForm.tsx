import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { MIN_PASSWORD_LENGTH } from '@shared/ipc/backups'
import { useZodForm } from '@renderer/forms'
import { CheckboxField, TextField } from '@renderer/ui'
import { EnableEncryptionForm as Schema } from './password-forms'

/** Turning encryption on: a plain warning, the password twice and an acknowledgement that it cannot be recovered. */
export function EnableEncryptionForm({
  busy,
  onEnable
}: {
  busy: boolean
  onEnable: (password: string) => Promise<void>
}) {
  const { t } = useTranslation()
  const warningId = useId()
  const {
    register,
    handleSubmit,
    reset,
    getValues,
    formState: { errors }
  } = useZodForm(Schema, { defaultValues: { password: '', repeat: '', acknowledged: false }, mode: 'onSubmit' })
  const min = { min: MIN_PASSWORD_LENGTH }

  // Whatever the outcome, the typed passwords go; the acknowledgement stays.
  const submit = handleSubmit(async ({ password }) => {
    await onEnable(password)
    reset({ password: '', repeat: '', acknowledged: getValues('acknowledged') })
  })

  return (
    <form onSubmit={(e) => void submit(e)} aria-describedby={warningId} noValidate>
      <p id={warningId} className="warning-box">
        {t('backups.encryption.warning')}
      </p>
      <div className="field-row">
        <TextField
          type="password"
          label={t('backups.encryption.password')}
          hint={t('backups.encryption.passwordHelp', min)}
          error={errors.password?.message}
          errorValues={min}
          autoComplete="new-password"
          {...register('password')}
        />
        <TextField
          type="password"
          label={t('backups.encryption.passwordRepeat')}
          error={errors.repeat?.message}
          autoComplete="new-password"
          {...register('repeat')}
        />
      </div>
      <CheckboxField
        label={t('backups.encryption.acknowledge')}
        error={errors.acknowledged?.message}
        {...register('acknowledged')}
      />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('backups.encryption.working') : t('backups.encryption.enable')}
        </button>
      </div>
    </form>
  )
}
