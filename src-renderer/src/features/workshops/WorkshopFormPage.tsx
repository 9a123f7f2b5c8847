import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import { NotFoundPage } from '@renderer/ui/NotFoundPage'
import { PageHeading } from '@renderer/ui/PageHeading'
import { useShell } from '@renderer/ui/shell-context'
import { useLanguage } from '@renderer/platform/use-language'
import { textCompare } from '@renderer/lib/collate'
import { errorMessage } from '@renderer/lib/errors'
import { newId } from '@renderer/lib/ids'
import { engagementLabel } from '@renderer/lib/labels'
import { paths } from '@renderer/lib/paths'
import { Field, type FieldErrors } from '@renderer/features/areas'
import { useWorkshopCommands, type ParticipantDraft } from './commands'
import { ParticipantsEditor } from './ParticipantsEditor'
import { useEngagementContacts, useWorkshopFormData } from './queries'
import { formToWorkshop, workshopToForm, type WorkshopFormValues } from './workshop-form'

/** Create or edit a workshop: when, where, the starting question from the library, agenda, participants. */
export function WorkshopFormPage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { announce } = useShell()
  const { ensureQuestionLibrary, saveWorkshop } = useWorkshopCommands()
  const navigate = useNavigate()
  const { id } = useParams()
  const [search] = useSearchParams()
  const editing = id !== undefined

  useEffect(() => {
    void ensureQuestionLibrary()
  }, [ensureQuestionLibrary])

  const data = useWorkshopFormData(id)

  const [values, setValues] = useState<WorkshopFormValues | null>(null)
  const [participants, setParticipants] = useState<ParticipantDraft[]>([])
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saving, setSaving] = useState(false)

  // Fill the form once the rows are read; later live updates must not overwrite what he is typing.
  useEffect(() => {
    if (data === undefined || values !== null) return
    setValues(workshopToForm(data.workshop, search.get('engagement') ?? ''))
    setParticipants(data.participants.map((p) => ({ id: p.id, contactId: p.contactId, name: p.name, role: p.role })))
  }, [data, values, search])

  const contacts = useEngagementContacts(values?.engagementId)

  const title = editing ? t('workshop.form.editTitle') : t('workshop.form.newTitle')
  if (data === undefined || values === null) {
    return (
      <div className="wsf">
        <PageHeading>{title}</PageHeading>
        <p>{t('app.loading')}</p>
      </div>
    )
  }
  if (editing && data.workshop === null) {
    return <NotFoundPage className="wsf" heading={t('workshop.notFound')} backTo={paths.workshops()} backLabel={t('workshop.backToList')} />
  }

  const compare = textCompare(language)
  const orgName = new Map(data.organisations.map((o) => [o.id, o.name]))
  const engagementOptions = data.engagements
    .map((e) => ({ id: e.id, label: engagementLabel(orgName.get(e.organisationId) ?? t('common.unknownClient'), e.title) }))
    .sort((a, b) => compare(a.label, b.label))
  const questions = [...data.questions].sort(
    (a, b) => Number(b.builtIn) - Number(a.builtIn) || compare(a.text, b.text)
  )

  const set = <K extends keyof WorkshopFormValues>(key: K, value: WorkshopFormValues[K]) => {
    setValues((v) => (v ? { ...v, [key]: value } : v))
    setErrors(({ [key]: _gone, ...rest }) => rest)
  }

  const chooseQuestion = (questionId: string) => {
    const q = data.questions.find((x) => x.id === questionId)
    setValues((v) => (v ? { ...v, questionId, startingQuestion: q ? q.text : '' } : v))
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const workshopId = data.workshop?.id ?? newId()
    const result = formToWorkshop(workshopId, values)
    const named = participants.filter((p) => p.name.trim() !== '' || p.contactId !== null)
    if (!result.ok) {
      setErrors(result.errors)
      // Focus the first field with a problem so the message is read out.
      const first = Object.keys(result.errors)[0]
      if (first) document.getElementById(`ws-${first}`)?.focus()
      return
    }
    setSaving(true)
    try {
      await saveWorkshop(result.workshop, named)
      announce(t('workshop.form.saved'))
      void navigate(paths.workshop(workshopId))
    } catch (error) {
      announce(t('workshop.form.saveFailed', { message: errorMessage(error) }))
    } finally {
      setSaving(false)
    }
  }

  const fieldProps = (name: keyof WorkshopFormValues) => ({ id: `ws-${name}`, error: errors[name] })

  return (
    <div className="wsf">
      <PageHeading>{title}</PageHeading>
      <form className="form-panel" onSubmit={submit} noValidate>
        <fieldset className="form-section">
          <legend>{t('workshop.form.whenWhere')}</legend>
          <div className="form-grid">
            <Field {...fieldProps('engagementId')} label={t('workshop.form.engagement')} wide>
              {(p) => (
                <select {...p} value={values.engagementId} onChange={(e) => set('engagementId', e.target.value)} required>
                  <option value="">{t('workshop.form.chooseEngagement')}</option>
                  {engagementOptions.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field {...fieldProps('title')} label={t('workshop.form.title')} wide>
              {(p) => <input {...p} value={values.title} onChange={(e) => set('title', e.target.value)} />}
            </Field>
            <Field {...fieldProps('date')} label={t('workshop.form.date')}>
              {(p) => <input {...p} type="date" required value={values.date} onChange={(e) => set('date', e.target.value)} />}
            </Field>
            <Field {...fieldProps('time')} label={t('workshop.form.time')}>
              {(p) => <input {...p} type="time" required value={values.time} onChange={(e) => set('time', e.target.value)} />}
            </Field>
            <Field {...fieldProps('place')} label={t('workshop.form.place')} help={t('workshop.form.placeHelp')}>
              {(p) => <input {...p} value={values.place} onChange={(e) => set('place', e.target.value)} />}
            </Field>
            <div className="field field-check">
              <input
                id="ws-digital"
                type="checkbox"
                checked={values.digital}
                onChange={(e) => set('digital', e.target.checked)}
              />
              <label htmlFor="ws-digital">{t('workshop.form.digital')}</label>
            </div>
          </div>
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('workshop.form.questionSection')}</legend>
          <Field id="ws-library" label={t('workshop.form.library')} help={t('workshop.form.libraryHelp')} wide>
            {(p) => (
              <select {...p} value={values.questionId} onChange={(e) => chooseQuestion(e.target.value)}>
                <option value="">{t('workshop.form.newQuestion')}</option>
                {questions.map((q) => (
                  <option key={q.id} value={q.id}>
                    {q.text}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            {...fieldProps('startingQuestion')}
            label={t('workshop.form.startingQuestion')}
            help={t('workshop.form.startingQuestionHelp')}
            wide
          >
            {(p) => (
              <textarea
                {...p}
                rows={2}
                value={values.startingQuestion}
                onChange={(e) => set('startingQuestion', e.target.value)}
              />
            )}
          </Field>
          <Field {...fieldProps('purpose')} label={t('workshop.form.purpose')} wide>
            {(p) => <textarea {...p} rows={3} value={values.purpose} onChange={(e) => set('purpose', e.target.value)} />}
          </Field>
          <Field {...fieldProps('agenda')} label={t('workshop.form.agenda')} help={t('workshop.form.agendaHelp')} wide>
            {(p) => <textarea {...p} rows={6} value={values.agenda} onChange={(e) => set('agenda', e.target.value)} />}
          </Field>
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('workshop.form.participantsSection')}</legend>
          <div className="form-grid">
            <Field {...fieldProps('participantCount')} label={t('workshop.form.participantCount')}>
              {(p) => (
                <input
                  {...p}
                  inputMode="numeric"
                  value={values.participantCount}
                  onChange={(e) => set('participantCount', e.target.value)}
                />
              )}
            </Field>
          </div>
          <ParticipantsEditor participants={participants} contacts={contacts} onChange={setParticipants} />
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('workshop.form.notesSection')}</legend>
          <Field {...fieldProps('notes')} label={t('workshop.form.notes')} wide>
            {(p) => <textarea {...p} rows={4} value={values.notes} onChange={(e) => set('notes', e.target.value)} />}
          </Field>
        </fieldset>

        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {t('workshop.form.save')}
          </button>
          <Link className="button button-secondary" to={data.workshop ? paths.workshop(data.workshop.id) : paths.workshops()}>
            {t('workshop.form.cancel')}
          </Link>
        </div>
      </form>
    </div>
  )
}
