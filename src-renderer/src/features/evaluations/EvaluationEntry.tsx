import type { FormEvent, KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ASPECTS } from '@shared/evaluations'
import type { Contact } from '@shared/entities'
import { useZodForm } from '@renderer/forms'
import { CheckboxField, SelectField, TextField, useShell } from '@renderer/ui'
import { errorMessage } from '@renderer/lib/errors'
import { useEvaluationCommands } from './commands'
import {
  DRAFT_FIELDS,
  EMPTY_DRAFT,
  draftToEvaluation,
  evaluationDraftSchema,
  isBlankDraft,
  type EvaluationDraft
} from './evaluation-form'

/**
 * Fast keyboard entry of paper forms: one row per participant. Type the three grades and the comment,
 * then Enter (anywhere in the row) or Tab out of the row's last field saves it and puts the cursor
 * in the next row. A grade outside 1–6 is refused at its field as it is typed, and nothing is saved.
 */
export function EvaluationEntry({
  workshopId,
  rowNumber,
  contacts
}: {
  workshopId: string
  rowNumber: number
  contacts: Contact[]
}) {
  const { t } = useTranslation()
  const { announce } = useShell()
  const { addEvaluation } = useEvaluationCommands()
  // Checked as typed, so a 7 is flagged at once, at its field.
  const form = useZodForm(evaluationDraftSchema, { defaultValues: EMPTY_DRAFT, mode: 'onChange' })
  const { register, getValues, setValue, setError, clearErrors, setFocus } = form

  // setValue writes into the inputs at once (no render in between), which the save below relies on.
  const fill = (draft: EvaluationDraft) => {
    for (const name of DRAFT_FIELDS) setValue(name, draft[name])
  }

  /**
   * Saves the row; true when saved. Checked synchronously through the same schema rather than through
   * handleSubmit, whose check resolves later: the row must be cleared and the cursor back in its first
   * field before the next keystroke, so a fast typist never types into the row being saved.
   */
  const save = async (): Promise<boolean> => {
    const draft = getValues()
    if (isBlankDraft(draft)) return false
    const result = draftToEvaluation(workshopId, draft, new Date().toISOString())
    if (!result.ok) {
      const names = DRAFT_FIELDS.filter((name) => result.errors[name] !== undefined)
      for (const name of names) setError(name, { message: result.errors[name] })
      if (names[0]) setFocus(names[0])
      return false
    }
    fill(EMPTY_DRAFT)
    clearErrors()
    setFocus('overall')
    try {
      await addEvaluation(result.row)
    } catch (error) {
      // Nothing was stored: give the row back so no typing is lost.
      fill(draft)
      announce(t('evaluation.saveFailed', { message: errorMessage(error) }))
      return false
    }
    announce(t('evaluation.rowSaved', { n: rowNumber }))
    return true
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void save()
  }

  // Tab out of the last field of a filled row saves it and starts the next row, as on a paper pile.
  const onLastKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Tab' && !event.shiftKey && !isBlankDraft(getValues())) {
      event.preventDefault()
      void save()
    }
  }
  // Enter on the checkbox would otherwise do nothing; in text inputs the form submits by itself.
  const onCheckboxKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      void save()
    }
  }

  const hasContacts = contacts.length > 0
  /** The props every text field of the row shares. */
  const text = (name: (typeof ASPECTS)[number] | 'comment' | 'name', className: string) => ({
    id: `ev-${name}`,
    className,
    error: form.formState.errors[name]?.message,
    autoComplete: 'off',
    ...register(name)
  })

  return (
    <form className="entry-row" onSubmit={submit} aria-labelledby="ev-entry-heading" noValidate>
      <h3 id="ev-entry-heading" className="subheading">
        {t('evaluation.entryHeading', { n: rowNumber })}
      </h3>
      <p className="help" id="ev-entry-help">
        {t('evaluation.entryHelp')}
      </p>
      <div className="entry-fields">
        {ASPECTS.map((aspect) => (
          <TextField
            key={aspect}
            {...text(aspect, 'field-grade')}
            label={t(`evaluation.aspect.${aspect}`)}
            inputMode="numeric"
            maxLength={2}
          />
        ))}
        <TextField {...text('comment', 'field-comment')} label={t('evaluation.comment')} />
        <CheckboxField
          id="ev-quotable"
          label={t('evaluation.quotable')}
          {...register('quotable')}
          onKeyDown={onCheckboxKeyDown}
        />
        <TextField
          {...text('name', 'field-name')}
          label={t('evaluation.name')}
          onKeyDown={hasContacts ? undefined : onLastKeyDown}
        />
        {hasContacts ? (
          <SelectField
            id="ev-contactId"
            className="field-name"
            label={t('evaluation.contact')}
            emptyOption={t('evaluation.noContact')}
            options={contacts.map((c) => ({ value: c.id, label: c.name }))}
            onKeyDown={onLastKeyDown}
            {...register('contactId')}
          />
        ) : null}
        <div className="entry-save">
          <button type="submit" className="button button-primary">
            {t('evaluation.saveRow')}
          </button>
        </div>
      </div>
    </form>
  )
}
