import { useTranslation } from 'react-i18next'
import type { Contact } from '@shared/entities'
import { SelectField, TextField } from '@renderer/ui'
import type { ParticipantDraft } from './commands'

/** The named participants of a workshop: each a contact of the organisation or a name typed in. */
export function ParticipantsEditor({
  participants,
  contacts,
  onChange
}: {
  participants: ParticipantDraft[]
  contacts: Contact[]
  onChange: (next: ParticipantDraft[]) => void
}) {
  const { t } = useTranslation()
  const update = (index: number, patch: Partial<ParticipantDraft>) =>
    onChange(participants.map((p, i) => (i === index ? { ...p, ...patch } : p)))
  const pickContact = (index: number, contactId: string) => {
    const c = contacts.find((x) => x.id === contactId)
    update(index, c ? { contactId: c.id, name: c.name, role: c.role } : { contactId: null })
  }
  return (
    <div className="participants">
      <h3 className="subheading">{t('workshop.form.namedParticipants')}</h3>
      {participants.length === 0 ? <p className="help">{t('workshop.form.noParticipants')}</p> : null}
      <div className="participant-grid">
        {participants.length > 0 ? (
          // Column names for the eye in the wide layout; each field keeps its own label for screen readers.
          <div className="participant-head" aria-hidden="true">
            <span>{t('workshop.form.columnContact')}</span>
            <span>{t('workshop.form.columnName')}</span>
            <span>{t('workshop.form.columnRole')}</span>
          </div>
        ) : null}
        <ol className="participant-list">
          {participants.map((p, i) => (
            <li key={p.id ?? `new-${i}`} className="participant-row">
              <SelectField
                className="participant-field"
                id={`pt-contact-${i}`}
                label={t('workshop.form.participantContact', { n: i + 1 })}
                value={p.contactId ?? ''}
                onChange={(e) => pickContact(i, e.target.value)}
                emptyOption={t('workshop.form.notAContact')}
                options={contacts.map((c) => ({ value: c.id, label: c.role ? `${c.name} (${c.role})` : c.name }))}
              />
              <TextField
                className="participant-field"
                id={`pt-name-${i}`}
                label={t('workshop.form.participantName', { n: i + 1 })}
                value={p.name}
                onChange={(e) => update(i, { name: e.target.value })}
              />
              <TextField
                className="participant-field"
                id={`pt-role-${i}`}
                label={t('workshop.form.participantRole', { n: i + 1 })}
                value={p.role}
                onChange={(e) => update(i, { role: e.target.value })}
              />
              {/* "Ta bort" on screen, the row's number in its name: the fields keep the room in a 1024 px window. */}
              <button
                type="button"
                className="button button-secondary button-small"
                aria-label={t('workshop.form.removeParticipant', { n: i + 1 })}
                onClick={() => onChange(participants.filter((_, j) => j !== i))}
              >
                {t('workshop.form.removeParticipantShort')}
              </button>
            </li>
          ))}
        </ol>
      </div>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => onChange([...participants, { id: null, contactId: null, name: '', role: '' }])}
      >
        {t('workshop.form.addParticipant')}
      </button>
    </div>
  )
}
