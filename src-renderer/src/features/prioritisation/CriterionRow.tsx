import { createContext, memo, useContext, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Criterion as CriterionRowData } from '@shared/entities'
import { formatNumber } from '@shared/format'
import { errorText, parseNumber, useZodForm } from '@renderer/forms'
import { useLanguage } from '@renderer/platform/use-language'
import { stackLabel } from '@renderer/ui'
import { usePrioritisationCommands } from './commands'
import { criterionFormValues, CriterionFormSchema, type CriterionFormValues } from './criterion-form'
import { useSave } from './use-save'

/**
 * The criteria's shares of the total weight (0–1) by criterion id, as the share cells read them: a weight typed
 * changes every share, and redraws those cells and the typed row, not every row's fields.
 */
export const CriterionShares = createContext<ReadonlyMap<string, number>>(new Map())

/**
 * One criterion in the criteria table: the name saves as it is typed (while valid), the weight goes to the page as
 * it is typed (which ranks from it at once and saves it a moment later, or when the field is left: `onWeight`,
 * `onWeightLeft`), the direction when chosen; the buttons reorder and remove. A field being edited keeps what is
 * typed until it is left valid; otherwise it shows the stored value (also when another window changes it).
 */
export const CriterionRow = memo(function CriterionRow({
  engagementId,
  criterion: c,
  position,
  last,
  onWeight,
  onWeightLeft
}: {
  engagementId: string
  criterion: CriterionRowData
  /** 0-based place in the table. */
  position: number
  last: boolean
  /** A valid weight typed. */
  onWeight: (criterionId: string, weight: number) => void
  /** The weight field left. */
  onWeightLeft: () => void
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
  // Leaving a field with a valid value ends its edit: it shows the stored value again ("2.50" reads back as "2,5").
  // Reading dirtyFields here also makes react-hook-form track edits, which keepDirtyValues needs.
  const leave = (field: keyof CriterionFormValues) => () => {
    if (dirtyFields[field] && !errors[field]) resetField(field)
  }
  /** A field's input props (each valid value as typed goes to `apply`) and its error under it. */
  const field = (name: keyof CriterionFormValues, apply: (value: string) => void, left?: () => void) => {
    const message = errorText(t, errors[name]?.message)
    const errorId = `prio-${name}-error-${c.id}`
    return {
      input: {
        'aria-invalid': message ? true : undefined,
        'aria-describedby': message ? errorId : undefined,
        ...register(name, {
          onChange: (e: { target: { value: string } }) => {
            const value = e.target.value
            if (CriterionFormSchema.shape[name].safeParse(value).success) apply(value)
          },
          onBlur: () => {
            leave(name)()
            left?.()
          }
        })
      },
      error: message ? (
        <span id={errorId} className="prio-error">
          {message}
        </span>
      ) : null
    }
  }
  const nameField = field('name', (value) => save(updateCriterion(c.id, { name: value.trim() })))
  const weightField = field(
    'weight',
    (value) => {
      const weight = parseNumber(value)
      if (weight !== null) onWeight(c.id, weight)
    },
    onWeightLeft
  )
  const label = c.name
  const buttons = [
    { key: 'moveUp', mark: '↑', disabled: position === 0, run: () => moveCriterion(engagementId, c.id, -1) },
    { key: 'moveDown', mark: '↓', disabled: last, run: () => moveCriterion(engagementId, c.id, 1) },
    { key: 'remove', mark: '✕', disabled: false, run: () => removeCriterion(c.id) }
  ]

  /** The column's heading as the drawn label of its cell when the table stacks in a narrow window. */
  const cell = (key: 'name' | 'weight' | 'share' | 'direction' | 'actions') =>
    stackLabel({ label: t(`prioritisation.criteria.${key}`) })

  return (
    <tr>
      <td {...cell('name')}>
        <div className="cell-value">
          <input
            className="prio-input prio-name"
            aria-label={t('prioritisation.criteria.nameLabel', { position: position + 1 })}
            maxLength={200}
            {...nameField.input}
          />
          {c.fromVotes && <span className="note">{t('prioritisation.criteria.fromVotes')}</span>}
          {nameField.error}
        </div>
      </td>
      <td {...cell('weight')}>
        <div className="cell-value">
          <input
            className="prio-input prio-weight"
            inputMode="decimal"
            aria-label={t('prioritisation.criteria.weightLabel', { name: label })}
            {...weightField.input}
          />
          {weightField.error}
        </div>
      </td>
      <ShareCell criterionId={c.id} label={t('prioritisation.criteria.share')} />
      <td {...cell('direction')}>
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
      <td className="prio-actions" {...cell('actions')}>
        {buttons.map((b) => (
          <button
            key={b.key}
            type="button"
            className={b.key === 'remove' ? 'button prio-icon-button prio-remove' : 'button prio-icon-button'}
            aria-label={t(`prioritisation.criteria.${b.key}`, { name: label })}
            title={t(`prioritisation.criteria.${b.key}`, { name: label })}
            disabled={b.disabled}
            onClick={() => save(b.run())}
          >
            {b.mark}
          </button>
        ))}
      </td>
    </tr>
  )
})

/** The criterion's share of the total weight (CriterionShares), as a percentage with one decimal. */
function ShareCell({ criterionId, label }: { criterionId: string; label: string }) {
  const { language } = useLanguage()
  const share = useContext(CriterionShares).get(criterionId) ?? 0
  return (
    <td className="numeric" {...stackLabel({ label })}>
      {formatNumber(Math.round(share * 1000) / 10, language)} %
    </td>
  )
}
