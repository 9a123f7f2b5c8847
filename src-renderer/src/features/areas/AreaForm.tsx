import { useTranslation } from 'react-i18next'
import { AREA_STATUSES, PROCUREMENT_NECESSITIES, PROCUREMENT_ROUTES, type Area, type Goal } from '@shared/entities'
import { useZodForm } from '@renderer/forms'
import { CheckboxField, NumberField, SelectField, TextAreaField, TextField, useShell } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { errorMessage } from '@renderer/lib/errors'
import { applyAreaForm, areaFormSchema, areaToForm, checkArea, type AreaFormValues } from './area-form'
import { useAreaCommands } from './commands'

/** Every detail of an area, filled in after the workshop; bad input is shown at its field and nothing is saved. */
export function AreaForm({ area, goals }: { area: Area; goals: Goal[] }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { announce } = useShell()
  const { saveArea } = useAreaCommands()
  // Checked when saved, then again as each flagged field changes: nothing is flagged while he types.
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting }
  } = useZodForm(areaFormSchema, { defaultValues: areaToForm(area, language), mode: 'onSubmit' })

  const submit = handleSubmit(async (values) => {
    const result = checkArea(applyAreaForm(area, values))
    if (!result.ok) {
      for (const [name, message] of Object.entries(result.errors)) setError(name as keyof AreaFormValues, { message })
      return
    }
    try {
      await saveArea(result.area)
      announce(t('area.form.saved'))
    } catch (error) {
      announce(t('area.form.saveFailed', { message: errorMessage(error) }))
    }
  })

  const problems = Object.keys(errors).length
  const common = (name: keyof AreaFormValues) => ({ id: `ar-${name}`, error: errors[name]?.message, ...register(name) })

  return (
    <form className="form-panel" onSubmit={(event) => void submit(event)} noValidate aria-label={t('area.form.label')}>
      {problems > 0 ? (
        <p className="error-box form-error-summary" role="alert">
          {t('area.form.hasErrors', { count: problems })}
        </p>
      ) : null}
      <fieldset className="form-section">
        <legend>{t('area.form.problemSection')}</legend>
        <TextField {...common('title')} label={t('area.form.title')} wide />
        <TextAreaField {...common('problem')} label={t('area.form.problem')} rows={4} wide />
        <div className="form-grid">
          <NumberField {...common('costPerYearSek')} label={t('area.form.costPerYear')} hint={t('area.form.sekHelp')} />
          <TextAreaField {...common('costEstimateNote')} label={t('area.form.costNote')} rows={2} wide />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('area.form.indicatorSection')}</legend>
        <div className="form-grid">
          <TextField {...common('indicatorName')} label={t('area.form.indicatorName')} wide />
          <TextField {...common('unit')} label={t('area.form.unit')} hint={t('area.form.unitHelp')} />
          <SelectField
            {...common('direction')}
            label={t('area.form.direction')}
            options={[
              { value: 'lower-is-better', label: t('area.direction.lower-is-better') },
              { value: 'higher-is-better', label: t('area.direction.higher-is-better') }
            ]}
          />
          <NumberField {...common('baselineValue')} label={t('area.form.baselineValue')} />
          <TextField {...common('baselineDate')} type="date" label={t('area.form.baselineDate')} />
          <NumberField {...common('targetValue')} label={t('area.form.targetValue')} />
          <TextField {...common('targetDate')} type="date" label={t('area.form.targetDate')} />
          <TextField {...common('dataSource')} label={t('area.form.dataSource')} />
          <TextField {...common('owner')} label={t('area.form.owner')} hint={t('area.form.ownerHelp')} />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('area.form.procurementSection')}</legend>
        <div className="form-grid">
          <SelectField
            {...common('goalId')}
            label={t('area.form.goal')}
            hint={goals.length === 0 ? t('area.form.noGoals') : undefined}
            wide
            emptyOption={t('area.form.noGoal')}
            options={goals.map((g) => ({ value: g.id, label: g.text }))}
          />
          <SelectField
            {...common('procurementNecessity')}
            label={t('area.form.necessity')}
            emptyOption={t('area.form.notAssessed')}
            options={PROCUREMENT_NECESSITIES.map((n) => ({ value: n, label: t(`area.necessity.${n}`) }))}
          />
          <TextAreaField {...common('necessityRationale')} label={t('area.form.rationale')} rows={2} wide />
          <SelectField
            {...common('route')}
            label={t('area.form.route')}
            options={PROCUREMENT_ROUTES.map((r) => ({ value: r, label: t(`route.${r}`) }))}
          />
          <CheckboxField
            id="ar-needsDevelopment"
            label={t('area.form.needsDevelopment')}
            {...register('needsDevelopment')}
          />
          <NumberField
            {...common('contractValueSek')}
            label={t('area.form.contractValue')}
            hint={t('area.form.contractValueHelp')}
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('area.form.effectSection')}</legend>
        <div className="form-grid">
          <NumberField
            {...common('annualEffectSek')}
            label={t('area.form.annualEffectSek')}
            hint={t('area.form.sekHelp')}
          />
          <NumberField
            {...common('annualEffectIndicator')}
            label={t('area.form.annualEffectIndicator')}
            hint={t('area.form.annualEffectIndicatorHelp')}
          />
          <SelectField
            {...common('status')}
            label={t('area.form.status')}
            options={AREA_STATUSES.map((s) => ({ value: s, label: t(`areaStatus.${s}`) }))}
          />
        </div>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {t('area.form.save')}
        </button>
      </div>
    </form>
  )
}
