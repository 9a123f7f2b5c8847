import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatSek } from '@shared/format'
import { DataTable, StatusBadge, engagementStatusTone, useShell } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { paths } from '@renderer/lib/paths'
import { EngagementForm } from './EngagementForm'
import { useOrganisationEngagements } from './queries'

/** The engagements of one organisation, newest change first, and adding one. */
export function OrganisationEngagements({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { announce } = useShell()
  const [adding, setAdding] = useState(false)
  const engagements = useOrganisationEngagements(organisationId)

  return (
    <section aria-labelledby="engagements-heading" className="panel wide">
      <div className="section-head">
        <h2 id="engagements-heading">{t('clients.engagement.heading')}</h2>
        {!adding ? (
          <button type="button" className="button button-secondary" onClick={() => setAdding(true)}>
            {t('clients.engagement.new')}
          </button>
        ) : null}
      </div>
      {adding ? (
        <EngagementForm
          engagement={null}
          organisationId={organisationId}
          onSaved={(e) => {
            setAdding(false)
            announce(t('clients.engagement.added', { title: e.title }))
          }}
          onCancel={() => setAdding(false)}
        />
      ) : null}
      {engagements === undefined ? null : engagements.length === 0 ? (
        <p className="muted">{t('clients.engagement.none')}</p>
      ) : (
        <DataTable
          label={t('clients.engagement.heading')}
          rows={engagements}
          rowKey={(e) => e.id}
          scroll={false}
          columns={[
            {
              key: 'title',
              label: t('clients.engagement.title'),
              rowHeader: true,
              render: (e) => <Link to={paths.engagement(e.id)}>{e.title}</Link>
            },
            { key: 'kind', label: t('clients.engagement.kind'), render: (e) => t(`clients.engagementKind.${e.kind}`) },
            {
              key: 'status',
              label: t('engagements.status'),
              render: (e) => (
                <StatusBadge tone={engagementStatusTone(e.status)}>{t(`engagementStatus.${e.status}`)}</StatusBadge>
              )
            },
            {
              key: 'value',
              label: t('engagements.value'),
              numeric: true,
              render: (e) => (e.valueSek === null ? t('common.notGiven') : formatSek(e.valueSek, language))
            }
          ]}
        />
      )}
    </section>
  )
}
