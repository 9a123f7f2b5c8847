import { useTranslation } from 'react-i18next'
import type { Path } from 'react-hook-form'
import { useZodForm } from '@renderer/forms'
import { FormFields, FormFooter, SelectField, useCreateInPlace, useShell, type FieldSpec } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { textCompare } from '@renderer/lib/collate'
import { errorMessage } from '@renderer/lib/errors'
import { newId } from '@renderer/lib/ids'
import { engagementLabel } from '@renderer/lib/labels'
import { BUILT_IN_QUESTIONS, useWorkshopCommands } from './commands'
import { ParticipantsEditor } from './ParticipantsEditor'
import { useEngagementContacts, type WorkshopFormData } from './queries'
import { workshopFormSchema, workshopFromForm, workshopToForm, type WorkshopFormValues } from './workshop-form'

/**
 * The workshop's fields in four sections, on the new-workshop page or in place of the workshop's details.
 * Checked when saved, then again as each flagged field changes; the first field with a problem gets the
 * focus, so its message is read out. An engagement not yet made can be created in place: it is then
 * chosen and everything typed stays. `onSaved` gets the workshop's id; a failed save shows in the footer.
 */
export function WorkshopForm({
  data,
  engagementId,
  onSaved,
  onCancel
}: {
  data: WorkshopFormData
  engagementId: string
  onSaved: (workshopId: string) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { announce } = useShell()
  const { saveWorkshop } = useWorkshopCommands()
  const form = useZodForm(workshopFormSchema, {
    defaultValues: workshopToForm(
      data.workshop,
      engagementId,
      data.participants.map((p) => ({ id: p.id, contactId: p.contactId, name: p.name, role: p.role }))
    ),
    mode: 'onSubmit'
  })
  const { register, handleSubmit, setValue, setFocus, watch } = form
  const newEngagement = useCreateInPlace('engagement', {
    title: t('workshop.form.newEngagementTitle'),
    isListed: (id) => data.engagements.some((e) => e.id === id),
    onChosen: (engagement) => {
      setValue('engagementId', engagement.id, { shouldValidate: true, shouldDirty: true })
      setFocus('engagementId')
      announce(t('workshop.form.engagementCreated', { title: engagement.title }))
    }
  })
  const contacts = useEngagementContacts(watch('engagementId'))
  const participants = watch('participants')

  const compare = textCompare(language)
  const orgName = new Map(data.organisations.map((o) => [o.id, o.name]))
  const engagementOptions = data.engagements
    .map((e) => ({
      value: e.id,
      label: engagementLabel(orgName.get(e.organisationId) ?? t('common.unknownClient'), e.title)
    }))
    .sort((a, b) => compare(a.label, b.label))
  // A built-in question still worded as shipped is shown (and filled in) in the app's language; the
  // consultant's own questions, and built-in ones he reworded, as written.
  const questionText = (q: { id: string; text: string; builtIn: boolean }) =>
    q.builtIn && BUILT_IN_QUESTIONS.some((b) => b.id === q.id && b.text === q.text)
      ? t(`workshop.builtInQuestions.${q.id}`)
      : q.text
  const questions = [...data.questions]
    .map((q) => ({ ...q, text: questionText(q) }))
    .sort((a, b) => Number(b.builtIn) - Number(a.builtIn) || compare(a.text, b.text))

  // Picking a library question fills in its text; "a new question" empties it for typing.
  const libraryField = register('questionId', {
    onChange: (event: { target: { value: string } }) => {
      const q = questions.find((x) => x.id === event.target.value)
      setValue('startingQuestion', q ? q.text : '')
    }
  })

  const submit = handleSubmit(async (values) => {
    const workshopId = data.workshop?.id ?? newId()
    const { workshop, participants: named } = workshopFromForm(workshopId, values)
    try {
      await saveWorkshop(workshop, named)
      onSaved(workshopId)
    } catch (error) {
      form.setError('root', { message: errorMessage(error) })
    }
  })

  /** A multi-line text across the whole form. */
  const wideText = (
    name: Path<WorkshopFormValues>,
    label: string,
    rows: number,
    hint?: string
  ): FieldSpec<WorkshopFormValues> => ({ name, control: 'textarea', label, hint, rows, wide: true })

  /** The fields of the form's sections, in order; the library question and the named participants are drawn by hand. */
  const whenWhere: FieldSpec<WorkshopFormValues>[] = [
    {
      name: 'engagementId',
      control: 'select',
      label: t('workshop.form.engagement'),
      wide: true,
      required: true,
      emptyOption: t('workshop.form.chooseEngagement'),
      options: engagementOptions
    },
    { name: 'title', label: t('workshop.form.title'), wide: true },
    { name: 'date', type: 'date', required: true, label: t('workshop.form.date') },
    { name: 'time', type: 'time', required: true, label: t('workshop.form.time') },
    { name: 'place', label: t('workshop.form.place'), hint: t('workshop.form.placeHelp') },
    { name: 'digital', control: 'checkbox', label: t('workshop.form.digital') }
  ]
  const question = [
    wideText('startingQuestion', t('workshop.form.startingQuestion'), 2, t('workshop.form.startingQuestionHelp')),
    wideText('purpose', t('workshop.form.purpose'), 3),
    wideText('agenda', t('workshop.form.agenda'), 6, t('workshop.form.agendaHelp'))
  ]
  const count: FieldSpec<WorkshopFormValues>[] = [
    { name: 'participantCount', control: 'number', integer: true, label: t('workshop.form.participantCount') }
  ]

  return (
    <>
      <form
        className="workshop-form"
        aria-label={t(data.workshop ? 'workshop.form.editTitle' : 'workshop.form.newTitle')}
        onSubmit={(event) => void submit(event)}
        noValidate
      >
        <fieldset className="form-section">
          <legend>{t('workshop.form.whenWhere')}</legend>
          {newEngagement.available && (
            <p className="create-offer">
              {t(data.engagements.length === 0 ? 'workshop.form.noEngagements' : 'workshop.form.missingEngagement')}{' '}
              <button type="button" className="button button-secondary" onClick={newEngagement.open}>
                {t('workshop.form.newEngagement')}
              </button>
            </p>
          )}
          <div className="form-grid">
            <FormFields form={form} fields={whenWhere} />
          </div>
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('workshop.form.questionSection')}</legend>
          <SelectField
            id="ws-library"
            label={t('workshop.form.library')}
            hint={t('workshop.form.libraryHelp')}
            wide
            emptyOption={t('workshop.form.newQuestion')}
            options={questions.map((q) => ({ value: q.id, label: q.text }))}
            {...libraryField}
          />
          <FormFields form={form} fields={question} />
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('workshop.form.participantsSection')}</legend>
          <div className="form-grid">
            <FormFields form={form} fields={count} />
          </div>
          <ParticipantsEditor
            participants={participants}
            contacts={contacts}
            onChange={(next) => setValue('participants', next)}
          />
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('workshop.form.notesSection')}</legend>
          <FormFields form={form} fields={[wideText('notes', t('workshop.form.notes'), 4)]} />
        </fieldset>

        <FormFooter
          saveError={form.formState.errors.root?.message}
          submitting={form.formState.isSubmitting}
          submitLabel={t('workshop.form.save')}
          onCancel={onCancel}
          cancelLabel={t('workshop.form.cancel')}
        />
      </form>
      {newEngagement.dialog}
    </>
  )
}
