import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { formatNumber } from '@shared/format'
import { orgNumberGroup } from '@shared/org-number'
import { Breadcrumbs, Facts, FormSection, MissingRowPage, PageHeading, useHandedNotice } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { paths } from '@renderer/lib/paths'
import { Attachments } from '@renderer/features/attachments'
import { OrganisationContacts } from '@renderer/features/contacts'
import { DeleteSection } from '@renderer/features/deletion'
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
  const navigate = useNavigate()
  const organisation = useOrganisation(id)
  // A message handed over by the page we came from (created, erased).
  useHandedNotice(organisation !== undefined)

  if (!organisation) {
    const back = { to: paths.organisations(), label: t('clients.organisation.backToList') }
    return <MissingRowPage row={organisation} notFound={t('clients.organisation.notFound')} back={back} />
  }
  const o = organisation
  const group = o.orgNumber ? orgNumberGroup(o.orgNumber) : null

  return (
    <div className="clients">
      <Breadcrumbs items={[{ to: paths.organisations(), label: t('nav.organisations') }]} />
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

      <FormSection
        heading={t('clients.organisation.details')}
        openLabel={t('clients.organisation.edit')}
        replace
        saved={t('clients.common.saved')}
        form={(done) => <OrganisationForm organisation={o} {...done} />}
      >
        <Facts
          items={[
            { term: t('clients.organisation.kind'), value: t(`organisationKind.${o.kind}`) },
            {
              term: t('clients.organisation.orgNumber'),
              value: o.orgNumber && (
                <>
                  {o.orgNumber}
                  {group ? <span className="muted"> ({t(`clients.orgGroup.${group}`)})</span> : null}
                </>
              )
            },
            { term: t('clients.organisation.sector'), value: o.sector },
            {
              term: t('clients.organisation.size'),
              value:
                o.size !== null &&
                t(
                  o.sizeUnit === 'inhabitants'
                    ? 'clients.organisation.sizeInhabitants'
                    : 'clients.organisation.sizeEmployees',
                  { value: formatNumber(o.size, language) }
                )
            },
            { term: t('clients.organisation.address'), value: o.address, preLine: true },
            {
              term: t('clients.organisation.website'),
              value: o.website && (
                <a href={/^https?:\/\//i.test(o.website) ? o.website : `https://${o.website}`}>{o.website}</a>
              )
            },
            {
              term: t('clients.organisation.tags'),
              value: o.tags.length > 0 && (
                <span className="tag-list">
                  {o.tags.map((tag) => (
                    <Link key={tag} className="tag" to={paths.organisations({ tag })}>
                      {tag}
                    </Link>
                  ))}
                </span>
              )
            },
            { term: t('clients.organisation.notes'), value: o.notes, preLine: true }
          ]}
        />
      </FormSection>

      <GoalsEditor organisation={o} />
      <OrganisationContacts organisationId={o.id} />
      <OrganisationEngagements organisationId={o.id} />
      <OrganisationEvaluations organisationId={o.id} />
      <Attachments ownerType="organisation" ownerId={o.id} />

      <DeleteSection
        heading={t('clients.organisation.deleteHeading')}
        text={t('clients.organisation.deleteText')}
        table="organisations"
        rowId={o.id}
        name={o.name}
        buttonLabel={t('clients.organisation.delete')}
        title={t('clients.organisation.deleteTitle', { name: o.name })}
        onDeleted={() => navigate(paths.organisations())}
      />
    </div>
  )
}
