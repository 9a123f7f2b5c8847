import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  AREA_STATUSES,
  PROCUREMENT_NECESSITIES,
  PROCUREMENT_ROUTES,
  type Area,
  type Goal
} from '@shared/entities'
import { useShell } from '@renderer/ui/shell-context'
import { useLanguage } from '@renderer/platform/use-language'
import { errorMessage } from '@renderer/lib/errors'
import { areaToForm, formToArea, type AreaFormValues } from './area-form'
import { useAreaCommands } from './commands'
import { Field } from './Field'
import type { FieldErrors } from './form-input'

/** Every detail of an area, filled in after the workshop; bad input is shown at its field and nothing is saved. */
export function AreaForm({ area, goals }: { area: Area; goals: Goal[] }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { announce } = useShell()
  const { saveArea } = useAreaCommands()
  const [values, setValues] = useState<AreaFormValues>(() => areaToForm(area, language))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saving, setSaving] = useState(false)

  const set = <K extends keyof AreaFormValues>(key: K, value: AreaFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }))
    setErrors(({ [key]: _gone, ...rest }) => rest)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = formToArea(area, values)
    if (!result.ok) {
      setErrors(result.errors)
      const first = Object.keys(result.errors)[0]
      if (first) document.getElementById(`ar-${first}`)?.focus()
      return
    }
    setSaving(true)
    try {
      await saveArea(result.area)
      announce(t('area.form.saved'))
    } catch (error) {
      announce(t('area.form.saveFailed', { message: errorMessage(error) }))
    } finally {
      setSaving(false)
    }
  }

  const f = (name: keyof AreaFormValues) => ({ id: `ar-${name}`, error: errors[name] })
  const text = (name: keyof AreaFormValues, extra: { inputMode?: 'decimal' | 'numeric' } = {}) =>
    function TextInput(p: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) {
      return <input {...p} {...extra} value={values[name] as string} onChange={(e) => set(name, e.target.value as never)} />
    }
  const area_ = (name: keyof AreaFormValues, rows = 3) =>
    function TextArea(p: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) {
      return <textarea {...p} rows={rows} value={values[name] as string} onChange={(e) => set(name, e.target.value as never)} />
    }

  return (
    <form className="form-panel" onSubmit={submit} noValidate aria-label={t('area.form.label')}>
      {Object.keys(errors).length > 0 ? (
        <p className="error-box form-error-summary" role="alert">
          {t('area.form.hasErrors', { count: Object.keys(errors).length })}
        </p>
      ) : null}
      <fieldset className="form-section">
        <legend>{t('area.form.problemSection')}</legend>
        <Field {...f('title')} label={t('area.form.title')} wide>
          {text('title')}
        </Field>
        <Field {...f('problem')} label={t('area.form.problem')} wide>
          {area_('problem', 4)}
        </Field>
        <div className="form-grid">
          <Field {...f('costPerYearSek')} label={t('area.form.costPerYear')} help={t('area.form.sekHelp')}>
            {text('costPerYearSek', { inputMode: 'decimal' })}
          </Field>
          <Field {...f('costEstimateNote')} label={t('area.form.costNote')} wide>
            {area_('costEstimateNote', 2)}
          </Field>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('area.form.indicatorSection')}</legend>
        <div className="form-grid">
          <Field {...f('indicatorName')} label={t('area.form.indicatorName')} wide>
            {text('indicatorName')}
          </Field>
          <Field {...f('unit')} label={t('area.form.unit')} help={t('area.form.unitHelp')}>
            {text('unit')}
          </Field>
          <Field {...f('direction')} label={t('area.form.direction')}>
            {(p) => (
              <select {...p} value={values.direction} onChange={(e) => set('direction', e.target.value as AreaFormValues['direction'])}>
                <option value="lower-is-better">{t('area.direction.lower-is-better')}</option>
                <option value="higher-is-better">{t('area.direction.higher-is-better')}</option>
              </select>
            )}
          </Field>
          <Field {...f('baselineValue')} label={t('area.form.baselineValue')}>
            {text('baselineValue', { inputMode: 'decimal' })}
          </Field>
          <Field {...f('baselineDate')} label={t('area.form.baselineDate')}>
            {(p) => <input {...p} type="date" value={values.baselineDate} onChange={(e) => set('baselineDate', e.target.value)} />}
          </Field>
          <Field {...f('targetValue')} label={t('area.form.targetValue')}>
            {text('targetValue', { inputMode: 'decimal' })}
          </Field>
          <Field {...f('targetDate')} label={t('area.form.targetDate')}>
            {(p) => <input {...p} type="date" value={values.targetDate} onChange={(e) => set('targetDate', e.target.value)} />}
          </Field>
          <Field {...f('dataSource')} label={t('area.form.dataSource')}>
            {text('dataSource')}
          </Field>
          <Field {...f('owner')} label={t('area.form.owner')} help={t('area.form.ownerHelp')}>
            {text('owner')}
          </Field>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('area.form.procurementSection')}</legend>
        <div className="form-grid">
          <Field {...f('goalId')} label={t('area.form.goal')} help={goals.length === 0 ? t('area.form.noGoals') : undefined} wide>
            {(p) => (
              <select {...p} value={values.goalId} onChange={(e) => set('goalId', e.target.value)}>
                <option value="">{t('area.form.noGoal')}</option>
                {goals.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.text}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field {...f('procurementNecessity')} label={t('area.form.necessity')}>
            {(p) => (
              <select {...p} value={values.procurementNecessity} onChange={(e) => set('procurementNecessity', e.target.value)}>
                <option value="">{t('area.form.notAssessed')}</option>
                {PROCUREMENT_NECESSITIES.map((n) => (
                  <option key={n} value={n}>
                    {t(`area.necessity.${n}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field {...f('necessityRationale')} label={t('area.form.rationale')} wide>
            {area_('necessityRationale', 2)}
          </Field>
          <Field {...f('route')} label={t('area.form.route')}>
            {(p) => (
              <select {...p} value={values.route} onChange={(e) => set('route', e.target.value as AreaFormValues['route'])}>
                {PROCUREMENT_ROUTES.map((r) => (
                  <option key={r} value={r}>
                    {t(`route.${r}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="field field-check">
            <input
              id="ar-needsDevelopment"
              type="checkbox"
              checked={values.needsDevelopment}
              onChange={(e) => set('needsDevelopment', e.target.checked)}
            />
            <label htmlFor="ar-needsDevelopment">{t('area.form.needsDevelopment')}</label>
          </div>
          <Field {...f('contractValueSek')} label={t('area.form.contractValue')} help={t('area.form.contractValueHelp')}>
            {text('contractValueSek', { inputMode: 'decimal' })}
          </Field>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('area.form.effectSection')}</legend>
        <div className="form-grid">
          <Field {...f('annualEffectSek')} label={t('area.form.annualEffectSek')} help={t('area.form.sekHelp')}>
            {text('annualEffectSek', { inputMode: 'decimal' })}
          </Field>
          <Field {...f('annualEffectIndicator')} label={t('area.form.annualEffectIndicator')} help={t('area.form.annualEffectIndicatorHelp')}>
            {text('annualEffectIndicator', { inputMode: 'decimal' })}
          </Field>
          <Field {...f('status')} label={t('area.form.status')}>
            {(p) => (
              <select {...p} value={values.status} onChange={(e) => set('status', e.target.value as AreaFormValues['status'])}>
                {AREA_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`areaStatus.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {t('area.form.save')}
        </button>
      </div>
    </form>
  )
}
