import { useFieldArray } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { Goal, Organisation } from '@shared/entities'
import { formatNumber } from '@shared/format'
import { useZodForm } from '@renderer/forms'
import { EntityForm, FormFields, FormSection, type FieldSpec } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { useSaveOrganisation } from './commands'
import { blankGoal, goalsFormValues, goalsFromForm, GoalsFormSchema, type GoalsFormValues } from './goals-form'

/** The client's political and strategic goals ("10 % fler invånare till 2035"): shown, and edited as a list. */
export function GoalsEditor({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation()
  const { language } = useLanguage()

  const target = (g: Goal) => {
    const value =
      g.targetValue === null ? '' : `${formatNumber(g.targetValue, language)}${g.targetUnit ? ` ${g.targetUnit}` : ''}`
    if (value && g.targetYear !== null) return t('clients.goals.targetBy', { value, year: g.targetYear })
    if (value) return t('clients.goals.target', { value })
    if (g.targetYear !== null) return t('clients.goals.by', { year: g.targetYear })
    return ''
  }

  return (
    <FormSection
      heading={t('clients.goals.heading')}
      openLabel={t(organisation.goals.length === 0 ? 'clients.goals.add' : 'clients.goals.edit')}
      replace
      saved={t('clients.goals.saved')}
      form={(done) => <GoalsForm organisation={organisation} {...done} />}
    >
      {organisation.goals.length === 0 ? (
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
    </FormSection>
  )
}

function GoalsForm({
  organisation,
  onSaved,
  onCancel
}: {
  organisation: Organisation
  onSaved: (saved: Organisation) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const saveOrganisation = useSaveOrganisation()
  const form = useZodForm(GoalsFormSchema, { defaultValues: goalsFormValues(organisation.goals, language) })
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'goals', keyName: 'key' })
  const rowFields = (index: number): FieldSpec<GoalsFormValues>[] => [
    { name: `goals.${index}.text`, label: t('clients.goals.text', { n: index + 1 }), className: 'goal-text-field' },
    {
      name: `goals.${index}.targetValue`,
      control: 'number',
      label: t('clients.goals.targetValue'),
      className: 'goal-small'
    },
    { name: `goals.${index}.targetUnit`, label: t('clients.goals.targetUnit'), className: 'goal-small' },
    {
      name: `goals.${index}.targetYear`,
      control: 'number',
      label: t('clients.goals.targetYear'),
      className: 'goal-small',
      integer: true
    }
  ]

  return (
    <EntityForm
      form={form}
      label={t('clients.goals.form')}
      submitLabel={t('clients.goals.save')}
      onSubmit={async (values) => {
        onSaved(
          await saveOrganisation({ ...organisation, goals: goalsFromForm(values), updatedAt: new Date().toISOString() })
        )
      }}
      onCancel={onCancel}
      footerBefore={
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            append(blankGoal(), { shouldFocus: false })
            setTimeout(() => form.setFocus(`goals.${fields.length}.text`), 0)
          }}
        >
          {t('clients.goals.addRow')}
        </button>
      }
    >
      {fields.length === 0 ? <p className="muted">{t('clients.goals.none')}</p> : null}
      <ol className="goal-rows">
        {fields.map((field, index) => (
          <li key={field.key} className="goal-row">
            <FormFields form={form} fields={rowFields(index)} />
            <button
              type="button"
              className="button button-small button-secondary goal-remove"
              aria-label={t('clients.goals.remove', { n: index + 1 })}
              onClick={() => remove(index)}
            >
              {t('clients.goals.removeShort')}
            </button>
          </li>
        ))}
      </ol>
    </EntityForm>
  )
}
