import { useState } from 'react'
import { useFieldArray } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { Goal, Organisation } from '@shared/entities'
import { formatNumber } from '@shared/format'
import { useZodForm } from '@renderer/forms'
import { NumberField, TextField, useShell } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { errorMessage } from '@renderer/lib/errors'
import { useSaveOrganisation } from './commands'
import { blankGoal, goalsFormValues, goalsFromForm, GoalsFormSchema } from './goals-form'

/** The client's political and strategic goals ("10 % fler invånare till 2035"): shown, and edited as a list. */
export function GoalsEditor({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { announce } = useShell()
  const [editing, setEditing] = useState(false)

  const target = (g: Goal) => {
    const value =
      g.targetValue === null ? '' : `${formatNumber(g.targetValue, language)}${g.targetUnit ? ` ${g.targetUnit}` : ''}`
    if (value && g.targetYear !== null) return t('clients.goals.targetBy', { value, year: g.targetYear })
    if (value) return t('clients.goals.target', { value })
    if (g.targetYear !== null) return t('clients.goals.by', { year: g.targetYear })
    return ''
  }

  return (
    <section aria-labelledby="goals-heading" className="panel wide">
      <div className="section-head">
        <h2 id="goals-heading">{t('clients.goals.heading')}</h2>
        {!editing ? (
          <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
            {t(organisation.goals.length === 0 ? 'clients.goals.add' : 'clients.goals.edit')}
          </button>
        ) : null}
      </div>
      {editing ? (
        <GoalsForm
          organisation={organisation}
          onDone={(saved) => {
            setEditing(false)
            if (saved) announce(t('clients.goals.saved'))
          }}
        />
      ) : organisation.goals.length === 0 ? (
        <p className="muted">{t('clients.goals.none')}</p>
      ) : (
        <ul className="goal-list">
          {organisation.goals.map((g) => (
            <li key={g.id}>
              <span className="goal-text">{g.text}</span>
              {target(g) ? <span className="goal-target">{target(g)}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function GoalsForm({ organisation, onDone }: { organisation: Organisation; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const saveOrganisation = useSaveOrganisation()
  const {
    register,
    control,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, isSubmitting }
  } = useZodForm(GoalsFormSchema, { defaultValues: goalsFormValues(organisation.goals, language) })
  const { fields, append, remove } = useFieldArray({ control, name: 'goals', keyName: 'key' })

  const submit = handleSubmit(async (values) => {
    try {
      await saveOrganisation({ ...organisation, goals: goalsFromForm(values), updatedAt: new Date().toISOString() })
      onDone(true)
    } catch (error) {
      setError('root', { message: errorMessage(error) })
    }
  })

  return (
    <form className="entity-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('clients.goals.form')}>
      {fields.length === 0 ? <p className="muted">{t('clients.goals.none')}</p> : null}
      <ol className="goal-rows">
        {fields.map((field, index) => {
          const rowErrors = errors.goals?.[index]
          const n = index + 1
          return (
            <li key={field.key} className="goal-row">
              <TextField
                label={t('clients.goals.text', { n })}
                error={rowErrors?.text?.message}
                className="goal-text-field"
                {...register(`goals.${index}.text`)}
              />
              <NumberField
                label={t('clients.goals.targetValue')}
                error={rowErrors?.targetValue?.message}
                className="goal-small"
                {...register(`goals.${index}.targetValue`)}
              />
              <TextField
                label={t('clients.goals.targetUnit')}
                error={rowErrors?.targetUnit?.message}
                className="goal-small"
                {...register(`goals.${index}.targetUnit`)}
              />
              <NumberField
                label={t('clients.goals.targetYear')}
                error={rowErrors?.targetYear?.message}
                className="goal-small"
                integer
                {...register(`goals.${index}.targetYear`)}
              />
              <button
                type="button"
                className="button button-small button-secondary goal-remove"
                aria-label={t('clients.goals.remove', { n })}
                onClick={() => remove(index)}
              >
                {t('clients.goals.removeShort')}
              </button>
            </li>
          )
        })}
      </ol>
      {errors.root?.message ? (
        <p className="error-box" role="alert">
          {t('forms.errors.saveFailed', { message: errors.root.message })}
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            append(blankGoal(), { shouldFocus: false })
            setTimeout(() => setFocus(`goals.${fields.length}.text`), 0)
          }}
        >
          {t('clients.goals.addRow')}
        </button>
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {t('clients.goals.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => onDone(false)}>
          {t('clients.common.cancel')}
        </button>
      </div>
    </form>
  )
}
