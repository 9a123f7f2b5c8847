import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ASPECTS } from '@shared/evaluations'
import type { Contact } from '@shared/entities'
import { useShell } from '@renderer/ui/shell-context'
import { errorMessage } from '@renderer/lib/errors'
import type { FieldErrors } from '@renderer/features/areas'
import { useEvaluationCommands } from './commands'
import { EMPTY_DRAFT, draftToEvaluation, evaluationDraftSchema, isBlankDraft, type EvaluationDraft } from './evaluation-form'

/**
 * Fast keyboard entry of paper forms: one row per participant. Type the three grades and the comment,
 * then Enter (anywhere in the row) or Tab out of the row's last field saves it and puts the cursor
 * in the next row. A grade outside 1–6 is refused at its field and nothing is saved.
 */
export function EvaluationEntry({ workshopId, rowNumber, contacts }: { workshopId: string; rowNumber: number; contacts: Contact[] }) {
  const { t } = useTranslation()
  const { announce } = useShell()
  const { addEvaluation } = useEvaluationCommands()
  const [draft, setDraft] = useState<EvaluationDraft>(EMPTY_DRAFT)
  const [errors, setErrors] = useState<FieldErrors>({})
  const firstRef = useRef<HTMLInputElement>(null)

  const set = <K extends keyof EvaluationDraft>(key: K, value: EvaluationDraft[K]) => {
    const next = { ...draft, [key]: value }
    setDraft(next)
    // Grades are checked as they are typed, so a 7 is flagged at once, at its field.
    const parsed = evaluationDraftSchema.shape[key].safeParse(value)
    setErrors(({ [key]: _old, ...rest }) => (parsed.success ? rest : { ...rest, [key]: parsed.error.issues[0]!.message }))
  }

  /** Saves the row; true when saved (or nothing to save and `allowBlank`). */
  const save = async (): Promise<boolean> => {
    if (isBlankDraft(draft)) return false
    const result = draftToEvaluation(workshopId, draft, new Date().toISOString())
    if (!result.ok) {
      setErrors(result.errors)
      const first = Object.keys(result.errors)[0]
      if (first) document.getElementById(`ev-${first}`)?.focus()
      return false
    }
    // Clear the row and move to the next one before the write resolves: a fast typist's next
    // keystrokes must land in the new row, never in the comment field of the one being saved.
    const saved = draft
    setDraft(EMPTY_DRAFT)
    setErrors({})
    firstRef.current?.focus()
    try {
      await addEvaluation(result.row)
    } catch (error) {
      // Nothing was stored: give the row back so no typing is lost.
      setDraft(saved)
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
    if (event.key === 'Tab' && !event.shiftKey && !isBlankDraft(draft)) {
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

  const fieldAttrs = (name: keyof EvaluationDraft) => ({
    id: `ev-${name}`,
    'aria-invalid': Boolean(errors[name]),
    'aria-describedby': errors[name] ? `ev-${name}-error` : undefined
  })
  const errorText = (name: keyof EvaluationDraft) =>
    errors[name] ? (
      <p className="field-error" id={`ev-${name}-error`}>
        {t(errors[name]!)}
      </p>
    ) : null
  const hasContacts = contacts.length > 0

  return (
    <form className="entry-row" onSubmit={submit} aria-labelledby="ev-entry-heading" noValidate>
      <h3 id="ev-entry-heading" className="subheading">
        {t('evaluation.entryHeading', { n: rowNumber })}
      </h3>
      <p className="help" id="ev-entry-help">
        {t('evaluation.entryHelp')}
      </p>
      <div className="entry-fields">
        {ASPECTS.map((aspect, i) => (
          <div className={`field field-grade${errors[aspect] ? ' field-invalid' : ''}`} key={aspect}>
            <label htmlFor={`ev-${aspect}`}>{t(`evaluation.aspect.${aspect}`)}</label>
            <input
              {...fieldAttrs(aspect)}
              ref={i === 0 ? firstRef : undefined}
              inputMode="numeric"
              autoComplete="off"
              maxLength={2}
              value={draft[aspect]}
              onChange={(e) => set(aspect, e.target.value)}
            />
            {errorText(aspect)}
          </div>
        ))}
        <div className="field field-comment">
          <label htmlFor="ev-comment">{t('evaluation.comment')}</label>
          <input {...fieldAttrs('comment')} autoComplete="off" value={draft.comment} onChange={(e) => set('comment', e.target.value)} />
          {errorText('comment')}
        </div>
        <div className="field field-check">
          <input
            id="ev-quotable"
            type="checkbox"
            checked={draft.quotable}
            onChange={(e) => set('quotable', e.target.checked)}
            onKeyDown={onCheckboxKeyDown}
          />
          <label htmlFor="ev-quotable">{t('evaluation.quotable')}</label>
        </div>
        <div className="field field-name">
          <label htmlFor="ev-name">{t('evaluation.name')}</label>
          <input
            {...fieldAttrs('name')}
            autoComplete="off"
            value={draft.name}
            onChange={(e) => set('name', e.target.value)}
            onKeyDown={hasContacts ? undefined : onLastKeyDown}
          />
          {errorText('name')}
        </div>
        {hasContacts ? (
          <div className="field field-name">
            <label htmlFor="ev-contactId">{t('evaluation.contact')}</label>
            <select
              id="ev-contactId"
              value={draft.contactId}
              onChange={(e) => set('contactId', e.target.value)}
              onKeyDown={onLastKeyDown}
            >
              <option value="">{t('evaluation.noContact')}</option>
              {contacts.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
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
