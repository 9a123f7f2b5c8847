import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation, useNavigate, useParams } from 'react-router'
import { formatNumber } from '@shared/format'
import { orgNumberGroup } from '@shared/org-number'
import { NotFoundPage, PageHeading, useShell } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { paths } from '@renderer/lib/paths'
import { Attachments } from '@renderer/features/attachments'
import { OrganisationContacts } from '@renderer/features/contacts'
import { CascadeDeleteButton } from '@renderer/features/deletion'
import { OrganisationEngagements } from '@renderer/features/engagements'
import { OrganisationEvaluations } from '@renderer/features/evaluations'
import { GoalsEditor } from './GoalsEditor'
import { OrganisationForm } from './OrganisationForm'
import { useOrganisation } from './queries'

/** One client: details, goals, contacts, engagements, evaluations, attachments, and deleting it. */
export function OrganisationPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { announce } = useShell()
  const navigate = useNavigate()
  const location = useLocation()
  const [editing, setEditing] = useState(false)
  const organisation = useOrganisation(id)
  const notice = (location.state as { notice?: string } | null)?.notice

  const loaded = organisation !== undefined
  // A message handed over by the page we came from (created, erased) goes to the status region once the
  // page has loaded (the shell clears the region on navigation), then leaves the history entry.
  useEffect(() => {
    if (!notice || !loaded) return
    announce(notice)
    void navigate(location.pathname, { replace: true, state: null })
  }, [notice, loaded, announce, navigate, location.pathname])

  if (organisation === undefined) return <p className="clients">{t('app.loading')}</p>
  if (organisation === null) {
    return (
      <NotFoundPage
        className="clients"
        heading={t('clients.organisation.notFound')}
        backTo={paths.organisations()}
        backLabel={t('clients.organisation.backToList')}
      />
    )
  }
  const o = organisation
  const group = o.orgNumber ? orgNumberGroup(o.orgNumber) : null

  return (
    <div className="clients">
      <PageHeading>{o.name}</PageHeading>
      <p className="page-subtitle">
        {/* A sector that only repeats the kind ("Kommun · … · Kommun") says nothing new. */}
        {[t(`organisationKind.${o.kind}`), o.orgNumber, o.sector]
          .filter(
            (part, i, parts) =>
              Boolean(part) && (i !== 2 || part!.toLocaleLowerCase('sv') !== parts[0]!.toLocaleLowerCase('sv'))
          )
          .join(' · ')}
      </p>

      <section aria-labelledby="org-details" className="panel wide">
        <div className="section-head">
          <h2 id="org-details">{t('clients.organisation.details')}</h2>
          {!editing ? (
            <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
              {t('clients.organisation.edit')}
            </button>
          ) : null}
        </div>
        {editing ? (
          <OrganisationForm
            organisation={o}
            onSaved={() => {
              setEditing(false)
              announce(t('clients.common.saved'))
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <dl className="facts">
            <dt>{t('clients.organisation.kind')}</dt>
            <dd>{t(`organisationKind.${o.kind}`)}</dd>
            <dt>{t('clients.organisation.orgNumber')}</dt>
            <dd>
              {o.orgNumber ?? t('common.notGiven')}
              {group ? <span className="muted"> ({t(`clients.orgGroup.${group}`)})</span> : null}
            </dd>
            <dt>{t('clients.organisation.sector')}</dt>
            <dd>{o.sector || t('common.notGiven')}</dd>
            <dt>{t('clients.organisation.size')}</dt>
            <dd>
              {o.size === null
                ? t('common.notGiven')
                : t(
                    o.sizeUnit === 'inhabitants'
                      ? 'clients.organisation.sizeInhabitants'
                      : 'clients.organisation.sizeEmployees',
                    {
                      value: formatNumber(o.size, language)
                    }
                  )}
            </dd>
            <dt>{t('clients.organisation.address')}</dt>
            <dd className="pre-line">{o.address || t('common.notGiven')}</dd>
            <dt>{t('clients.organisation.website')}</dt>
            <dd>
              {o.website ? (
                <a href={/^https?:\/\//i.test(o.website) ? o.website : `https://${o.website}`}>{o.website}</a>
              ) : (
                t('common.notGiven')
              )}
            </dd>
            <dt>{t('clients.organisation.tags')}</dt>
            <dd>
              {o.tags.length === 0 ? (
                t('common.notGiven')
              ) : (
                <span className="tag-list">
                  {o.tags.map((tag) => (
                    <Link key={tag} className="tag" to={paths.organisations({ tag })}>
                      {tag}
                    </Link>
                  ))}
                </span>
              )}
            </dd>
            <dt>{t('clients.organisation.notes')}</dt>
            <dd className="pre-line">{o.notes || t('common.notGiven')}</dd>
          </dl>
        )}
      </section>

      <GoalsEditor organisation={o} />
      <OrganisationContacts organisationId={o.id} />
      <OrganisationEngagements organisationId={o.id} />
      <OrganisationEvaluations organisationId={o.id} />
      <Attachments ownerType="organisation" ownerId={o.id} />

      <section aria-labelledby="org-delete" className="panel wide danger-zone">
        <h2 id="org-delete">{t('clients.organisation.deleteHeading')}</h2>
        <p>{t('clients.organisation.deleteText')}</p>
        <CascadeDeleteButton
          table="organisations"
          id={o.id}
          name={o.name}
          buttonLabel={t('clients.organisation.delete')}
          title={t('clients.organisation.deleteTitle', { name: o.name })}
          onDeleted={() => navigate(paths.organisations())}
        />
      </section>
    </div>
  )
}
