import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { ENGAGEMENT_STATUSES, type EngagementStatus } from '@shared/entities'
import { formatDate, formatDateTime, formatSek } from '@shared/format'
import {
  DataTable,
  EnumSelect,
  NotFoundPage,
  PageHeading,
  StatusBadge,
  engagementStatusTone,
  useShell
} from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { paths } from '@renderer/lib/paths'
import { EngagementDocuments } from '@renderer/features/documents'
import { CascadeDeleteButton } from '@renderer/features/deletion'
import { EngagementPrioritisation } from '@renderer/features/prioritisation'
import { EngagementWorkshops } from '@renderer/features/workshops'
import { useEngagementCommands } from './commands'
import { EngagementForm } from './EngagementForm'
import { useEngagement } from './queries'

/** One engagement: details, status with its full history, and the workshop, prioritisation and document parts. */
export function EngagementPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { move } = useEngagementCommands()
  const { announce } = useShell()
  const navigate = useNavigate()
  const [editing, setEditing] = useState(false)
  const data = useEngagement(id)

  if (data === undefined) return <p className="clients">{t('app.loading')}</p>
  if (data === null) {
    return (
      <NotFoundPage
        className="clients"
        heading={t('clients.engagement.notFound')}
        backTo={paths.engagements()}
        backLabel={t('clients.engagement.backToList')}
      />
    )
  }
  const { engagement: e, organisation } = data

  const changeStatus = async (status: EngagementStatus) => {
    await move(e.id, status)
    announce(t('clients.pipeline.moved', { title: e.title, status: t(`engagementStatus.${status}`) }))
  }

  return (
    <div className="clients">
      <PageHeading>{e.title}</PageHeading>
      <p className="page-subtitle">
        {organisation ? (
          <Link to={paths.organisation(organisation.id)}>{organisation.name}</Link>
        ) : (
          t('common.unknownClient')
        )}
        {' · '}
        {t(`clients.engagementKind.${e.kind}`)} ·{' '}
        <StatusBadge tone={engagementStatusTone(e.status)}>{t(`engagementStatus.${e.status}`)}</StatusBadge>
      </p>

      <section aria-labelledby="engagement-details" className="panel wide">
        <div className="section-head">
          <h2 id="engagement-details">{t('clients.engagement.details')}</h2>
          {!editing ? (
            <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
              {t('clients.engagement.edit')}
            </button>
          ) : null}
        </div>
        {editing ? (
          <EngagementForm
            engagement={e}
            organisationId={e.organisationId}
            onSaved={() => {
              setEditing(false)
              announce(t('clients.common.saved'))
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <dl className="facts">
            <dt>{t('engagements.value')}</dt>
            <dd>
              {e.valueSek === null
                ? t('common.notGiven')
                : t('clients.engagement.valueExVat', { value: formatSek(e.valueSek, language) })}
            </dd>
            <dt>{t('clients.engagement.expectedStart')}</dt>
            <dd>{e.expectedStart ? formatDate(e.expectedStart, language) : t('common.notGiven')}</dd>
            <dt>{t('clients.engagement.expectedEnd')}</dt>
            <dd>{e.expectedEnd ? formatDate(e.expectedEnd, language) : t('common.notGiven')}</dd>
            <dt>{t('clients.engagement.notes')}</dt>
            <dd className="pre-line">{e.notes || t('common.notGiven')}</dd>
          </dl>
        )}
      </section>

      <section aria-labelledby="engagement-status" className="panel wide">
        <h2 id="engagement-status">{t('clients.engagement.statusHeading')}</h2>
        <EnumSelect
          id="engagement-status-select"
          className="inline-field"
          label={t('clients.engagement.changeStatus')}
          value={e.status}
          onChange={(status) => {
            if (status) void changeStatus(status)
          }}
          options={ENGAGEMENT_STATUSES}
          labelKey={(s) => `engagementStatus.${s}`}
        />
        <DataTable
          caption={t('clients.engagement.history')}
          compact
          rows={[...e.statusHistory].reverse().map((change, i) => ({ ...change, key: `${change.at}-${i}` }))}
          rowKey={(change) => change.key}
          columns={[
            {
              key: 'when',
              label: t('clients.engagement.historyWhen'),
              className: 'nowrap',
              render: (change) => formatDateTime(change.at, language)
            },
            {
              key: 'status',
              label: t('engagements.status'),
              render: (change) => t(`engagementStatus.${change.status}`)
            }
          ]}
        />
      </section>

      <EngagementWorkshops engagementId={e.id} />
      <EngagementPrioritisation engagementId={e.id} />
      <EngagementDocuments engagementId={e.id} />

      <section aria-labelledby="engagement-delete" className="panel wide danger-zone">
        <h2 id="engagement-delete">{t('clients.engagement.deleteHeading')}</h2>
        <p>{t('clients.engagement.deleteText')}</p>
        <CascadeDeleteButton
          table="engagements"
          id={e.id}
          name={e.title}
          buttonLabel={t('clients.engagement.delete')}
          title={t('clients.engagement.deleteTitle', { title: e.title })}
          onDeleted={() => navigate(paths.engagements())}
        />
      </section>
    </div>
  )
}
