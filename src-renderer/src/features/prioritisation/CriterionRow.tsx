import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Criterion as CriterionRowData } from '@shared/entities'
import { formatNumber } from '@shared/format'
import { errorText, parseNumber, useZodForm } from '@renderer/forms'
import { useLanguage } from '@renderer/platform/use-language'
import { usePrioritisationCommands } from './commands'
import { criterionFormValues, CriterionFormSchema, type CriterionFormValues } from './criterion-form'
import { useSave } from './use-save'

/**
 * One criterion in the criteria table: name and weight save as they are typed (while valid), direction
 * when chosen; the buttons reorder and remove. A field being edited keeps what is typed until it is left
 * valid; otherwise it shows the stored value (also when another window changes it).
 */
export function CriterionRow({
  engagementId,
  criterion: c,
  position,
  last,
  share
}: {
  engagementId: string
  criterion: CriterionRowData
  /** 0-based place in the table. */
  position: number
  last: boolean
  /** The criterion's share of the total weight, 0–1. */
  share: number
}) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { moveCriterion, removeCriterion, updateCriterion } = usePrioritisationCommands()
  const save = useSave()
  const stored = useMemo(() => criterionFormValues(c, language), [c, language])
  const {
    register,
    resetField,
    formState: { errors, dirtyFields }
  } = useZodForm(CriterionFormSchema, {
    mode: 'onChange',
    values: stored,
    // A stored change must not overwrite what is being typed, nor hide its error.
    resetOptions: { keepDirtyValues: true, keepErrors: true }
  })
  const nameError = errorText(t, errors.name?.message)
  const weightError = errorText(t, errors.weight?.message)
  // Leaving a field with a valid value ends its edit: it shows the stored value again ("2.50" reads back as "2,5").
  // Reading dirtyFields here also makes react-hook-form track edits, which keepDirtyValues needs.
  const leave = (field: keyof CriterionFormValues) => () => {
    if (dirtyFields[field] && !errors[field]) resetField(field)
  }
  const label = c.name

  return (
    <tr>
      <td>
        <input
          className="prio-input prio-name"
          aria-label={t('prioritisation.criteria.nameLabel', { position: position + 1 })}
          maxLength={200}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `prio-name-error-${c.id}` : undefined}
          {...register('name', {
            onChange: (e: { target: { value: string } }) => {
              const value = e.target.value
              if (CriterionFormSchema.shape.name.safeParse(value).success)
                save(updateCriterion(c.id, { name: value.trim() }))
            },
            onBlur: leave('name')
          })}
        />
        {c.fromVotes && <span className="prio-note">{t('prioritisation.criteria.fromVotes')}</span>}
        {nameError && (
          <span id={`prio-name-error-${c.id}`} className="prio-error">
            {nameError}
          </span>
        )}
      </td>
      <td>
        <input
          className="prio-input prio-weight"
          inputMode="decimal"
          aria-label={t('prioritisation.criteria.weightLabel', { name: label })}
          aria-invalid={weightError ? true : undefined}
          aria-describedby={weightError ? `prio-weight-error-${c.id}` : undefined}
          {...register('weight', {
            onChange: (e: { target: { value: string } }) => {
              const value = e.target.value
              const weight = parseNumber(value)
              if (weight !== null && CriterionFormSchema.shape.weight.safeParse(value).success)
                save(updateCriterion(c.id, { weight }))
            },
            onBlur: leave('weight')
          })}
        />
        {weightError && (
          <span id={`prio-weight-error-${c.id}`} className="prio-error">
            {weightError}
          </span>
        )}
      </td>
      <td className="numeric">{formatNumber(Math.round(share * 1000) / 10, language)} %</td>
      <td>
        <select
          className="prio-input"
          aria-label={t('prioritisation.criteria.directionLabel', { name: label })}
          value={c.direction}
          disabled={c.fromVotes}
          onChange={(e) => save(updateCriterion(c.id, { direction: e.target.value === 'cost' ? 'cost' : 'benefit' }))}
        >
          <option value="benefit">{t('prioritisation.criteria.benefit')}</option>
          <option value="cost">{t('prioritisation.criteria.cost')}</option>
        </select>
      </td>
      <td className="prio-actions">
        <button
          type="button"
          className="button prio-icon-button"
          aria-label={t('prioritisation.criteria.moveUp', { name: label })}
          title={t('prioritisation.criteria.moveUp', { name: label })}
          disabled={position === 0}
          onClick={() => save(moveCriterion(engagementId, c.id, -1))}
        >
          ↑
        </button>
        <button
          type="button"
          className="button prio-icon-button"
          aria-label={t('prioritisation.criteria.moveDown', { name: label })}
          title={t('prioritisation.criteria.moveDown', { name: label })}
          disabled={last}
          onClick={() => save(moveCriterion(engagementId, c.id, 1))}
        >
          ↓
        </button>
        <button
          type="button"
          className="button prio-icon-button prio-remove"
          aria-label={t('prioritisation.criteria.remove', { name: label })}
          title={t('prioritisation.criteria.remove', { name: label })}
          onClick={() => save(removeCriterion(c.id))}
        >
          ✕
        </button>
      </td>
    </tr>
  )
}
