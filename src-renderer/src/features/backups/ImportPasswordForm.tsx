import { useTranslation } from 'react-i18next'
import { useZodForm } from '@renderer/forms'
import { TextField } from '@renderer/ui'
import { PasswordForm } from './password-forms'

/** The password of an encrypted portfolio file or backup; `wrong` after main refused the last one. */
export function ImportPasswordForm({
  fileName,
  wrong,
  onSubmit,
  onCancel
}: {
  fileName: string
  wrong: boolean
  onSubmit: (password: string) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const { register, handleSubmit, reset, watch } = useZodForm(PasswordForm, {
    defaultValues: { password: '' },
    mode: 'onSubmit'
  })

  // The typed password leaves the form at once; main says whether it was right.
  const submit = handleSubmit(({ password }) => {
    reset({ password: '' })
    onSubmit(password)
  })

  return (
    <form className="import-panel" onSubmit={(e) => void submit(e)} noValidate>
      <p>{t('backups.portfolioFile.passwordPrompt', { fileName })}</p>
      <TextField
        type="password"
        label={t('backups.encryption.password')}
        autoComplete="current-password"
        {...register('password')}
        aria-invalid={wrong || undefined}
      />
      {wrong && (
        <p role="alert" className="error-box">
          {t('backups.portfolioFile.wrongPassword')}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={watch('password') === ''}>
          {t('backups.portfolioFile.open')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('backups.cancel')}
        </button>
      </div>
    </form>
  )
}
