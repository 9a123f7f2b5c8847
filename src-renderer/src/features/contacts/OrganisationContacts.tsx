import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { DataTable, useShell } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { textCompare } from '@renderer/lib/collate'
import { paths } from '@renderer/lib/paths'
import { ContactForm } from './ContactForm'
import { useOrganisationContacts } from './queries'

/** The contact people of an organisation, each linking to their person page, and adding one. */
export function OrganisationContacts({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { announce } = useShell()
  const [adding, setAdding] = useState(false)
  const compare = useMemo(() => textCompare(language), [language])
  const contacts = useOrganisationContacts(organisationId, compare)

  return (
    <section aria-labelledby="contacts-heading" className="panel wide">
      <div className="section-head">
        <h2 id="contacts-heading">{t('clients.contact.heading')}</h2>
        {!adding ? (
          <button type="button" className="button button-secondary" onClick={() => setAdding(true)}>
            {t('clients.contact.new')}
          </button>
        ) : null}
      </div>
      {adding ? (
        <ContactForm
          organisationId={organisationId}
          contact={null}
          onSaved={(c) => {
            setAdding(false)
            announce(t('clients.contact.added', { name: c.name }))
          }}
          onCancel={() => setAdding(false)}
        />
      ) : null}
      {contacts === undefined ? null : contacts.length === 0 ? (
        <p className="muted">{t('clients.contact.none')}</p>
      ) : (
        <DataTable
          label={t('clients.contact.heading')}
          rows={contacts}
          rowKey={(c) => c.id}
          scroll={false}
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
      )}
    </section>
  )
}
