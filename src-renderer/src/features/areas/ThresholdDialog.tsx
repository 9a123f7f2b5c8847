import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { formatDate, formatSek } from '@shared/format'
import { effectiveThresholds, type ThresholdKey } from '@shared/thresholds'
import { useShell } from '@renderer/ui/shell-context'
import { useLanguage } from '@renderer/platform/use-language'
import { useAreaCommands } from './commands'
import { Dialog } from './Dialog'
import { Field } from './Field'
import { dateField, fieldErrors, numberField, type FieldErrors } from './form-input'
import { useThresholdOverrides } from './queries'

const schema = z.object({
  valueSek: numberField({ min: 0 }).refine((v) => v !== null, 'inputError.required'),
  validFrom: dateField.refine((v) => v !== null, 'inputError.required'),
  source: z.string().trim().min(1, 'inputError.required').max(1000, 'inputError.tooLong')
})

/**
 * Corrects a legal threshold without a new release: the new value is stored as a dated override
 * (the thresholds table) and wins from its date; the consultant's own values can be removed again.
 */
export function ThresholdDialog({ thresholdKey, today, onClose }: { thresholdKey: ThresholdKey | null; today: string; onClose: () => void }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { announce } = useShell()
  const { addThresholdOverride, removeThresholdOverride } = useAreaCommands()
  const overrides = useThresholdOverrides() ?? []
  const [values, setValues] = useState({ valueSek: '', validFrom: today, source: '' })
  const [errors, setErrors] = useState<FieldErrors>({})
  useEffect(() => {
    setValues({ valueSek: '', validFrom: today, source: '' })
    setErrors({})
  }, [thresholdKey, today])
  if (thresholdKey === null) return <Dialog open={false} title="" onClose={onClose}>{null}</Dialog>
  const current = effectiveThresholds(overrides, today)[thresholdKey]
  const own = overrides.filter((o) => o.key === thresholdKey)
  const name = t(`routeHint.key.${thresholdKey}`)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const parsed = schema.safeParse(values)
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error))
      return
    }
    await addThresholdOverride({
      key: thresholdKey,
      valueSek: parsed.data.valueSek,
      validFrom: parsed.data.validFrom,
      source: parsed.data.source
    })
    announce(t('thresholdEditor.saved', { name }))
    onClose()
  }

  return (
    <Dialog open title={t('thresholdEditor.title', { name })} onClose={onClose}>
      <p>
        {t('thresholdEditor.current', {
          value: formatSek(current.valueSek, language),
          date: formatDate(current.validFrom, language)
        })}
      </p>
      <form onSubmit={submit} noValidate className="dialog-form">
        <Field id="th-value" label={t('thresholdEditor.value')} error={errors.valueSek}>
          {(p) => <input {...p} inputMode="numeric" value={values.valueSek} onChange={(e) => setValues({ ...values, valueSek: e.target.value })} />}
        </Field>
        <Field id="th-from" label={t('thresholdEditor.validFrom')} error={errors.validFrom}>
          {(p) => <input {...p} type="date" value={values.validFrom} onChange={(e) => setValues({ ...values, validFrom: e.target.value })} />}
        </Field>
        <Field id="th-source" label={t('thresholdEditor.source')} help={t('thresholdEditor.sourceHelp')} error={errors.source} wide>
          {(p) => <input {...p} value={values.source} onChange={(e) => setValues({ ...values, source: e.target.value })} />}
        </Field>
        {own.length > 0 ? (
          <>
            <h3 className="subheading">{t('thresholdEditor.ownValues')}</h3>
            <ul className="plain-list">
              {own.map((o) => (
                <li key={o.id}>
                  {formatSek(o.valueSek, language)}, {t('thresholdEditor.from', { date: formatDate(o.validFrom, language) })} ({o.source}){' '}
                  <button type="button" className="button button-secondary button-small" onClick={() => void removeThresholdOverride(o.id)}>
                    {t('thresholdEditor.remove')}
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {t('thresholdEditor.save')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('thresholdEditor.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
