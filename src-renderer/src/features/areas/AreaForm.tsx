import { useEffect } from 'react'
import { useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { AREA_STATUSES, PROCUREMENT_NECESSITIES, PROCUREMENT_ROUTES, type Area, type Goal } from '@shared/entities'
import { numberField, useZodForm } from '@renderer/forms'
import { FormFields, FormFooter, type FieldSpec, type FormDone } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { errorMessage } from '@renderer/lib/errors'
import { applyAreaForm, areaFormSchema, areaToForm, checkArea, type AreaFormValues } from './area-form'
import { useAreaCommands } from './commands'

/** What the route hint reads from the form while it is open, before anything is saved. */
export type AreaDraft = { contractValueSek: number | null; needsDevelopment: boolean }

const contractValue = numberField({ min: 0 })

/**
 * Every detail of an area, opened from its read view with "Ändra uppgifter"; bad input is shown at its
 * field and nothing is saved. `onDraft` hears the contract value and "needs development" as they are
 * typed, so the route hint answers at once (a value that does not read as a number counts as none).
 */
export function AreaForm({
  area,
  goals,
  onSaved,
  onCancel,
  onDraft
}: { area: Area; goals: Goal[]; onDraft?: (draft: AreaDraft) => void } & FormDone<Area>) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { saveArea } = useAreaCommands()
  // Checked when saved, then again as each flagged field changes: nothing is flagged while he types.
  const form = useZodForm(areaFormSchema, { defaultValues: areaToForm(area, language), mode: 'onSubmit' })
  const { errors, isSubmitting } = form.formState
  const [valueText, needsDevelopment] = useWatch({
    control: form.control,
    name: ['contractValueSek', 'needsDevelopment']
  })
  useEffect(() => {
    const parsed = contractValue.safeParse(valueText)
    onDraft?.({ contractValueSek: parsed.success ? parsed.data : null, needsDevelopment })
  }, [valueText, needsDevelopment, onDraft])

  const submit = form.handleSubmit(async (values) => {
    const result = checkArea(applyAreaForm(area, values))
    if (!result.ok) {
      for (const [name, message] of Object.entries(result.errors)) {
        form.setError(name as keyof AreaFormValues, { message })
      }
      return
    }
    try {
      await saveArea(result.area)
      onSaved(result.area)
    } catch (error) {
      form.setError('root', { message: errorMessage(error) })
    }
  })

  const problems = Object.keys(errors).filter((name) => name !== 'root').length
  const options = (values: readonly string[], labelKey: (value: string) => string) =>
    values.map((value) => ({ value, label: t(labelKey(value)) }))
  /** The form's sections: their legend, the wide fields above the grid (if any), and the grid's fields. */
  const sections: { legend: string; above?: FieldSpec<AreaFormValues>[]; grid: FieldSpec<AreaFormValues>[] }[] = [
    {
      legend: t('area.form.problemSection'),
      above: [
        { name: 'title', label: t('area.form.title'), wide: true },
        { name: 'problem', control: 'textarea', label: t('area.form.problem'), rows: 4, wide: true }
      ],
      grid: [
        { name: 'costPerYearSek', control: 'number', label: t('area.form.costPerYear'), hint: t('area.form.sekHelp') },
        { name: 'costEstimateNote', control: 'textarea', label: t('area.form.costNote'), rows: 2, wide: true }
      ]
    },
    {
      legend: t('area.form.indicatorSection'),
      grid: [
        { name: 'indicatorName', label: t('area.form.indicatorName'), wide: true },
        { name: 'unit', label: t('area.form.unit'), hint: t('area.form.unitHelp') },
        {
          name: 'direction',
          control: 'select',
          label: t('area.form.direction'),
          options: options(['lower-is-better', 'higher-is-better'], (d) => `area.direction.${d}`)
        },
        { name: 'baselineValue', control: 'number', label: t('area.form.baselineValue') },
        { name: 'baselineDate', type: 'date', label: t('area.form.baselineDate') },
        { name: 'targetValue', control: 'number', label: t('area.form.targetValue') },
        { name: 'targetDate', type: 'date', label: t('area.form.targetDate') },
        { name: 'dataSource', label: t('area.form.dataSource') },
        { name: 'owner', label: t('area.form.owner'), hint: t('area.form.ownerHelp') }
      ]
    },
    {
      legend: t('area.form.procurementSection'),
      grid: [
        {
          name: 'goalId',
          control: 'select',
          label: t('area.form.goal'),
          hint: goals.length === 0 ? t('area.form.noGoals') : undefined,
          wide: true,
          emptyOption: t('area.form.noGoal'),
          options: goals.map((g) => ({ value: g.id, label: g.text }))
        },
        {
          name: 'procurementNecessity',
          control: 'select',
          label: t('area.form.necessity'),
          emptyOption: t('area.form.notAssessed'),
          options: options(PROCUREMENT_NECESSITIES, (n) => `area.necessity.${n}`)
        },
        { name: 'necessityRationale', control: 'textarea', label: t('area.form.rationale'), rows: 2, wide: true },
        {
          name: 'route',
          control: 'select',
          label: t('area.form.route'),
          options: options(PROCUREMENT_ROUTES, (r) => `route.${r}`)
        },
        { name: 'needsDevelopment', control: 'checkbox', label: t('area.form.needsDevelopment') },
        {
          name: 'contractValueSek',
          control: 'number',
          label: t('area.form.contractValue'),
          hint: t('area.form.contractValueHelp')
        }
      ]
    },
    {
      legend: t('area.form.effectSection'),
      grid: [
        {
          name: 'annualEffectSek',
          control: 'number',
          label: t('area.form.annualEffectSek'),
          hint: t('area.form.sekHelp')
        },
        {
          name: 'annualEffectIndicator',
          control: 'number',
          label: t('area.form.annualEffectIndicator'),
          hint: t('area.form.annualEffectIndicatorHelp')
        },
        {
          name: 'status',
          control: 'select',
          label: t('area.form.status'),
          options: options(AREA_STATUSES, (s) => `areaStatus.${s}`)
        }
      ]
    }
  ]

  return (
    <form className="area-form" onSubmit={(event) => void submit(event)} noValidate aria-label={t('area.form.label')}>
      {problems > 0 ? (
        <p className="error-box form-error-summary" role="alert">
          {t('area.form.hasErrors', { count: problems })}
        </p>
      ) : null}
      {sections.map((section) => (
        <fieldset key={section.legend} className="form-section">
          <legend>{section.legend}</legend>
          {section.above ? <FormFields form={form} fields={section.above} /> : null}
          <div className="form-grid">
            <FormFields form={form} fields={section.grid} />
          </div>
        </fieldset>
      ))}
      <FormFooter
        saveError={errors.root?.message}
        submitting={isSubmitting}
        submitLabel={t('area.form.save')}
        onCancel={onCancel}
      />
    </form>
  )
}
