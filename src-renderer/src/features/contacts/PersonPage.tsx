import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { formatDate, formatDateTime } from '@shared/format'
import { ConfirmDialog, DataTable, NotFoundPage, PageHeading, useShell } from '@renderer/ui'
import { useApi } from '@renderer/platform/services'
import { useLanguage } from '@renderer/platform/use-language'
import { bytesToBase64, downloadBase64 } from '@renderer/lib/base64'
import { errorMessage } from '@renderer/lib/errors'
import { paths } from '@renderer/lib/paths'
import { useContactCommands } from './commands'
import { ContactForm } from './ContactForm'
import { usePersonalData, useReadPersonalData } from './queries'

/**
 * A person's page (GDPR): everything the app holds about one contact, its export as a JSON file
 * through the main process, and its erasure.
 */
export function PersonPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const { language } = useLanguage()
  const api = useApi()
  const { announce } = useShell()
  const navigate = useNavigate()
  const [editing, setEditing] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState('')
  const data = usePersonalData(id)
  const readPersonalData = useReadPersonalData()
  const { erasePerson } = useContactCommands()

  if (data === undefined) return <p className="clients">{t('app.loading')}</p>
  if (data === null) {
    return (
      <NotFoundPage
        className="clients"
        heading={t('clients.person.notFound')}
        backTo={paths.organisations()}
        backLabel={t('clients.organisation.backToList')}
      />
    )
  }
  const { contact, organisation } = data
  const grade = (value: number | null) => (value === null ? '–' : String(value))

  const exportData = async () => {
    setProblem('')
    try {
      const fresh = await readPersonalData(id)
      if (!fresh) return
      const result = await api.peopleExportPersonalData({ data: fresh })
      if (result.outcome === 'download') {
        downloadBase64(result.fileName, bytesToBase64(new TextEncoder().encode(result.json)), 'application/json')
        announce(t('clients.person.exportDownloaded', { file: result.fileName }))
      } else if (result.outcome === 'saved') {
        announce(t('clients.person.exportSaved', { file: result.fileName }))
      }
    } catch (error) {
      setProblem(t('clients.person.exportFailed', { message: errorMessage(error) }))
    }
  }

  const erase = async () => {
    setBusy(true)
    try {
      const result = await erasePerson(id)
      setConfirming(false)
      void navigate(organisation ? paths.organisation(organisation.id) : paths.organisations(), {
        state: {
          notice: t('clients.person.erased', {
            name: contact.name,
            evaluations: result.evaluations,
            participants: result.participants
          })
        }
      })
    } catch (error) {
      setBusy(false)
      setConfirming(false)
      setProblem(t('clients.person.eraseFailed', { message: errorMessage(error) }))
    }
  }

  return (
    <div className="clients">
      <PageHeading>{contact.name}</PageHeading>
      <p className="page-subtitle">
        {[contact.role, organisation?.name].filter(Boolean).join(' · ')}
        {organisation ? (
          <>
            {' '}
            <Link to={paths.organisation(organisation.id)}>{t('clients.person.toOrganisation')}</Link>
          </>
        ) : null}
      </p>
      {problem ? (
        <p className="error-box" role="alert">
          {problem}
        </p>
      ) : null}

      <section aria-labelledby="person-details" className="panel wide">
        <div className="section-head">
          <h2 id="person-details">{t('clients.person.details')}</h2>
          {!editing ? (
            <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
              {t('clients.contact.edit')}
            </button>
          ) : null}
        </div>
        {editing ? (
          <ContactForm
            organisationId={contact.organisationId}
            contact={contact}
            onSaved={() => {
              setEditing(false)
              announce(t('clients.common.saved'))
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <dl className="facts">
            <dt>{t('clients.contact.role')}</dt>
            <dd>{contact.role || t('common.notGiven')}</dd>
            <dt>{t('clients.contact.email')}</dt>
            <dd>{contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : t('common.notGiven')}</dd>
            <dt>{t('clients.contact.phone')}</dt>
            <dd>{contact.phone || t('common.notGiven')}</dd>
            <dt>{t('clients.contact.notes')}</dt>
            <dd className="pre-line">{contact.notes || t('common.notGiven')}</dd>
            <dt>{t('clients.person.registered')}</dt>
            <dd>{formatDate(contact.createdAt, language)}</dd>
          </dl>
        )}
      </section>

      <section aria-labelledby="person-workshops" className="panel wide">
        <h2 id="person-workshops">{t('clients.person.workshops')}</h2>
        {data.workshopsAttended.length === 0 ? (
          <p className="muted">{t('clients.person.noWorkshops')}</p>
        ) : (
          <DataTable
            label={t('clients.person.workshops')}
            rows={data.workshopsAttended}
            rowKey={(w) => w.participant.id}
            scroll={false}
            columns={[
              {
                key: 'when',
                label: t('clients.person.when'),
                className: 'nowrap',
                render: ({ workshop }) => (workshop ? formatDateTime(workshop.startsAt, language) : '–')
              },
              {
                key: 'workshop',
                label: t('clients.person.workshop'),
                rowHeader: true,
                render: ({ workshop }) => workshop?.title || t('clients.person.untitledWorkshop')
              },
              {
                key: 'client',
                label: t('clients.person.client'),
                render: (w) => w.organisationName ?? t('common.unknownClient')
              },
              { key: 'role', label: t('clients.person.roleThere'), render: (w) => w.participant.role }
            ]}
          />
        )}
      </section>

      <section aria-labelledby="person-evaluations" className="panel wide">
        <h2 id="person-evaluations">{t('clients.person.evaluations')}</h2>
        {data.evaluations.length === 0 ? (
          <p className="muted">{t('clients.person.noEvaluations')}</p>
        ) : (
          <DataTable
            label={t('clients.person.evaluations')}
            rows={data.evaluations}
            rowKey={(e) => e.id}
            scroll={false}
            columns={[
              {
                key: 'given',
                label: t('clients.person.given'),
                className: 'nowrap',
                render: (e) => formatDate(e.createdAt, language)
              },
              { key: 'overall', label: t('overview.overall'), numeric: true, render: (e) => grade(e.overall) },
              { key: 'content', label: t('overview.content'), numeric: true, render: (e) => grade(e.content) },
              { key: 'delivery', label: t('overview.delivery'), numeric: true, render: (e) => grade(e.delivery) },
              {
                key: 'comment',
                label: t('clients.person.comment'),
                render: (e) => e.comment || <span className="muted">{t('clients.person.noComment')}</span>
              }
            ]}
          />
        )}
      </section>

      <section aria-labelledby="person-gdpr" className="panel wide">
        <h2 id="person-gdpr">{t('clients.person.gdprHeading')}</h2>
        <p>{t('clients.person.gdprText')}</p>
        <div className="button-row">
          <button type="button" className="button button-secondary" onClick={() => void exportData()}>
            {t('clients.person.export')}
          </button>
          <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
            {t('clients.person.erase')}
          </button>
        </div>
      </section>

      <ConfirmDialog
        open={confirming}
        title={t('clients.person.eraseTitle', { name: contact.name })}
        confirmLabel={t('clients.person.eraseConfirm')}
        onConfirm={() => void erase()}
        onCancel={() => setConfirming(false)}
        busy={busy}
      >
        <p>
          {t('clients.person.eraseText', {
            evaluations: data.evaluations.length,
            participants: data.workshopsAttended.length
          })}
        </p>
        <p>{t('clients.person.eraseFinal')}</p>
      </ConfirmDialog>
    </div>
  )
}
