import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { formatDate } from '@shared/format'
import { Breadcrumbs, Facts, FormSection, MissingRowPage, PageHeading } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { paths } from '@renderer/lib/paths'
import { ContactForm } from './ContactForm'
import { PersonalDataSection } from './PersonalDataSection'
import { PersonRecords } from './PersonRecords'
import { usePersonalData } from './queries'

/**
 * A contact person's page (GDPR): everything the app holds about one contact, its export as a JSON
 * file through the main process, and its erasure.
 */
export function PersonPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const { language } = useLanguage()
  const data = usePersonalData(id)

  if (!data) {
    const back = { to: paths.organisations(), label: t('clients.organisation.backToList') }
    return <MissingRowPage row={data} notFound={t('clients.person.notFound')} back={back} />
  }
  const { contact, organisation } = data
  const back = organisation
    ? { to: paths.organisation(organisation.id), label: t('clients.person.toOrganisation') }
    : { to: paths.organisations(), label: t('clients.organisation.backToList') }

  return (
    <div className="clients">
      <Breadcrumbs
        items={[
          { to: paths.organisations(), label: t('nav.organisations') },
          organisation && { to: paths.organisation(organisation.id), label: organisation.name }
        ]}
      />
      <PageHeading>{contact.name}</PageHeading>
      <p className="page-subtitle">{[contact.role, organisation?.name].filter(Boolean).join(' · ')}</p>

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

      <PersonRecords data={data} />
      <PersonalDataSection person={{ kind: 'contact', id }} data={data} back={back} />
    </div>
  )
}
