import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { personalDataName } from '@shared/personal-data'
import { Breadcrumbs, MissingRowPage, PageHeading } from '@renderer/ui'
import { paths } from '@renderer/lib/paths'
import { PersonalDataSection } from './PersonalDataSection'
import { PersonRecords } from './PersonRecords'
import { useNameOnlyPerson } from './queries'

/**
 * The page of a person recorded by name only (a workshop participant without a contact row), found
 * from one of their participant rows: their participant rows at the client's workshops and the
 * evaluations that carry their name, with the same export and erasure as a contact's page.
 */
export function ParticipantPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const data = useNameOnlyPerson(id)

  if (!data) {
    const back = { to: paths.organisations(), label: t('clients.organisation.backToList') }
    return <MissingRowPage row={data} notFound={t('clients.person.notFound')} back={back} />
  }
  const { organisation } = data
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
      <PageHeading>{personalDataName(data)}</PageHeading>
      <p className="page-subtitle">{[t('clients.nameOnly.kind'), organisation?.name].filter(Boolean).join(' · ')}</p>
      <p>{t('clients.nameOnly.explain')}</p>
      <PersonRecords data={data} />
      <PersonalDataSection person={{ kind: 'participant', id }} data={data} back={back} />
    </div>
  )
}
