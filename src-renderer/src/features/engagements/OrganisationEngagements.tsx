import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatSek } from '@shared/format'
import { useShell } from '@renderer/ui/shell-context'
import { useLanguage } from '@renderer/platform/use-language'
import { paths } from '@renderer/lib/paths'
import { EngagementForm } from './EngagementForm'
import { useOrganisationEngagements } from './queries'
import { StatusBadge } from './StatusBadge'

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
        <table className="data-table">
          <caption className="visually-hidden">{t('clients.engagement.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('clients.engagement.title')}</th>
              <th scope="col">{t('clients.engagement.kind')}</th>
              <th scope="col">{t('engagements.status')}</th>
              <th scope="col" className="numeric">
                {t('engagements.value')}
              </th>
            </tr>
          </thead>
          <tbody>
            {engagements.map((e) => (
              <tr key={e.id}>
                <th scope="row">
                  <Link to={paths.engagement(e.id)}>{e.title}</Link>
                </th>
                <td>{t(`clients.engagementKind.${e.kind}`)}</td>
                <td>
                  <StatusBadge status={e.status} />
                </td>
                <td className="numeric">{e.valueSek === null ? t('common.notGiven') : formatSek(e.valueSek, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
