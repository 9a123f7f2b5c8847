import { useTranslation } from 'react-i18next'
import { useZodForm } from '@renderer/forms'
import { TextField } from '@renderer/ui'
import { PasswordForm } from './password-forms'

/** With encryption on: the password to unlock it for the session or, once unlocked, to turn it off. */
export function EncryptionPasswordForm({
  unlocked,
  busy,
  onSubmit
}: {
  unlocked: boolean
  busy: boolean
  onSubmit: (password: string) => Promise<void>
}) {
  const { t } = useTranslation()
  const { register, handleSubmit, reset, watch } = useZodForm(PasswordForm, {
    defaultValues: { password: '' },
    mode: 'onSubmit'
  })

  // Whatever the outcome, the typed password goes.
  const submit = handleSubmit(async ({ password }) => {
    await onSubmit(password)
    reset({ password: '' })
  })

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <TextField
        type="password"
        label={t('backups.encryption.password')}
        autoComplete="current-password"
        {...register('password')}
      />
      <div className="button-row">
        <button
          type="submit"
          className={unlocked ? 'button button-secondary' : 'button button-primary'}
          disabled={busy || watch('password') === ''}
        >
          {busy
            ? t('backups.encryption.working')
            : unlocked
              ? t('backups.encryption.disable')
              : t('backups.encryption.unlock')}
        </button>
      </div>
    </form>
  )
}
