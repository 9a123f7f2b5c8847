import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { TableSection } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { textCompare } from '@renderer/lib/collate'
import { paths } from '@renderer/lib/paths'
import { ContactForm } from './ContactForm'
import { useNameOnlyPeople, useOrganisationContacts } from './queries'

/**
 * The contact people of an organisation, each linking to their person page, and adding one; then the
 * people recorded by name only at its workshops, each linking to their page (export and erasure, GDPR).
 */
export function OrganisationContacts({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const compare = useMemo(() => textCompare(language), [language])
  const contacts = useOrganisationContacts(organisationId, compare)
  const nameOnly = useNameOnlyPeople(organisationId, compare)

  return (
    <>
      <TableSection
        heading={t('clients.contact.heading')}
        add={{
          label: t('clients.contact.new'),
          saved: (c) => t('clients.contact.added', { name: c.name }),
          form: (done) => <ContactForm organisationId={organisationId} contact={null} {...done} />
        }}
        rows={contacts}
        empty={t('clients.contact.none')}
        columns={[
          {
            key: 'name',
            label: t('clients.contact.name'),
            rowHeader: true,
            render: (c) => <Link to={paths.person(c.id)}>{c.name}</Link>
          },
          { key: 'role', label: t('clients.contact.role'), render: (c) => c.role },
          {
            key: 'email',
            label: t('clients.contact.email'),
            render: (c) => (c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : null)
          },
          { key: 'phone', label: t('clients.contact.phone'), className: 'nowrap', render: (c) => c.phone }
        ]}
      />
      <TableSection
        heading={t('clients.nameOnly.heading')}
        rows={nameOnly}
        rowKey={(p) => p.participantId}
        empty={t('clients.nameOnly.none')}
        columns={[
          {
            key: 'name',
            label: t('clients.contact.name'),
            rowHeader: true,
            render: (p) => <Link to={paths.participant(p.participantId)}>{p.name}</Link>
          },
          { key: 'role', label: t('clients.contact.role'), render: (p) => p.roles },
          { key: 'workshops', label: t('clients.nameOnly.workshops'), numeric: true, render: (p) => p.workshops }
        ]}
      />
    </>
  )
}
