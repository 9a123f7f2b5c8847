import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { formatDate, formatDateTime } from '@shared/format'
import {
  ConfirmDialog,
  Facts,
  FormSection,
  MissingRowPage,
  PageHeading,
  Section,
  TableSection,
  useShell
} from '@renderer/ui'
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
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState('')
  const data = usePersonalData(id)
  const readPersonalData = useReadPersonalData()
  const { erasePerson } = useContactCommands()

  if (!data) {
    const back = { to: paths.organisations(), label: t('clients.organisation.backToList') }
    return <MissingRowPage row={data} notFound={t('clients.person.notFound')} back={back} />
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

      <FormSection
        heading={t('clients.person.details')}
        openLabel={t('clients.contact.edit')}
        replace
        saved={t('clients.common.saved')}
        form={(done) => <ContactForm organisationId={contact.organisationId} contact={contact} {...done} />}
      >
        <Facts
          items={[
            { term: t('clients.contact.role'), value: contact.role },
            {
              term: t('clients.contact.email'),
              value: contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>
            },
            { term: t('clients.contact.phone'), value: contact.phone },
            { term: t('clients.contact.notes'), value: contact.notes, preLine: true },
            { term: t('clients.person.registered'), value: formatDate(contact.createdAt, language) }
          ]}
        />
      </FormSection>

      <TableSection
        heading={t('clients.person.workshops')}
        rows={data.workshopsAttended}
        empty={t('clients.person.noWorkshops')}
        rowKey={(w) => w.participant.id}
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

      <TableSection
        heading={t('clients.person.evaluations')}
        rows={data.evaluations}
        empty={t('clients.person.noEvaluations')}
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

      <Section id="person-gdpr" heading={t('clients.person.gdprHeading')}>
        <p>{t('clients.person.gdprText')}</p>
        <div className="button-row">
          <button type="button" className="button button-secondary" onClick={() => void exportData()}>
            {t('clients.person.export')}
          </button>
          <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
            {t('clients.person.erase')}
          </button>
        </div>
      </Section>

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
