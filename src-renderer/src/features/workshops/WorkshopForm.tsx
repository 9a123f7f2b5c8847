import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { useZodForm } from '@renderer/forms'
import { CheckboxField, NumberField, SelectField, TextAreaField, TextField, useShell } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { textCompare } from '@renderer/lib/collate'
import { errorMessage } from '@renderer/lib/errors'
import { newId } from '@renderer/lib/ids'
import { engagementLabel } from '@renderer/lib/labels'
import { paths } from '@renderer/lib/paths'
import { useWorkshopCommands } from './commands'
import { ParticipantsEditor } from './ParticipantsEditor'
import { useEngagementContacts, type WorkshopFormData } from './queries'
import { workshopFormSchema, workshopFromForm, workshopToForm, type WorkshopFormValues } from './workshop-form'

/**
 * The workshop's fields in four sections. Checked when saved, then again as each flagged field changes;
 * the first field with a problem gets the focus, so its message is read out.
 */
export function WorkshopForm({ data, engagementId }: { data: WorkshopFormData; engagementId: string }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { announce } = useShell()
  const { saveWorkshop } = useWorkshopCommands()
  const navigate = useNavigate()
  const {
    register,
    handleSubmit,
    setValue,
    watch,
    formState: { errors, isSubmitting }
  } = useZodForm(workshopFormSchema, {
    defaultValues: workshopToForm(
      data.workshop,
      engagementId,
      data.participants.map((p) => ({ id: p.id, contactId: p.contactId, name: p.name, role: p.role }))
    ),
    mode: 'onSubmit'
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
  const questions = [...data.questions].sort((a, b) => Number(b.builtIn) - Number(a.builtIn) || compare(a.text, b.text))

  // Picking a library question fills in its text; "a new question" empties it for typing.
  const libraryField = register('questionId', {
    onChange: (event: { target: { value: string } }) => {
      const q = data.questions.find((x) => x.id === event.target.value)
      setValue('startingQuestion', q ? q.text : '')
    }
  })

  const submit = handleSubmit(async (values) => {
    const workshopId = data.workshop?.id ?? newId()
    const { workshop, participants: named } = workshopFromForm(workshopId, values)
    try {
      await saveWorkshop(workshop, named)
      announce(t('workshop.form.saved'))
      void navigate(paths.workshop(workshopId))
    } catch (error) {
      announce(t('workshop.form.saveFailed', { message: errorMessage(error) }))
    }
  })

  const common = (name: Exclude<keyof WorkshopFormValues, 'participants' | 'digital' | 'questionId'>) => ({
    id: `ws-${name}`,
    error: errors[name]?.message,
    ...register(name)
  })

  return (
    <form className="form-panel" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset className="form-section">
        <legend>{t('workshop.form.whenWhere')}</legend>
        <div className="form-grid">
          <SelectField
            {...common('engagementId')}
            label={t('workshop.form.engagement')}
            wide
            required
            emptyOption={t('workshop.form.chooseEngagement')}
            options={engagementOptions}
          />
          <TextField {...common('title')} label={t('workshop.form.title')} wide />
          <TextField {...common('date')} type="date" required label={t('workshop.form.date')} />
          <TextField {...common('time')} type="time" required label={t('workshop.form.time')} />
          <TextField {...common('place')} label={t('workshop.form.place')} hint={t('workshop.form.placeHelp')} />
          <CheckboxField id="ws-digital" label={t('workshop.form.digital')} {...register('digital')} />
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
        <TextAreaField
          {...common('startingQuestion')}
          label={t('workshop.form.startingQuestion')}
          hint={t('workshop.form.startingQuestionHelp')}
          rows={2}
          wide
        />
        <TextAreaField {...common('purpose')} label={t('workshop.form.purpose')} rows={3} wide />
        <TextAreaField
          {...common('agenda')}
          label={t('workshop.form.agenda')}
          hint={t('workshop.form.agendaHelp')}
          rows={6}
          wide
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('workshop.form.participantsSection')}</legend>
        <div className="form-grid">
          <NumberField {...common('participantCount')} integer label={t('workshop.form.participantCount')} />
        </div>
        <ParticipantsEditor
          participants={participants}
          contacts={contacts}
          onChange={(next) => setValue('participants', next)}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('workshop.form.notesSection')}</legend>
        <TextAreaField {...common('notes')} label={t('workshop.form.notes')} rows={4} wide />
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {t('workshop.form.save')}
        </button>
        <Link
          className="button button-secondary"
          to={data.workshop ? paths.workshop(data.workshop.id) : paths.workshops()}
        >
          {t('workshop.form.cancel')}
        </Link>
      </div>
    </form>
  )
}
