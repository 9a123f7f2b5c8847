import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useShell } from '@renderer/ui/shell-context'
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
        <table className="data-table">
          <caption className="visually-hidden">{t('clients.contact.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('clients.contact.name')}</th>
              <th scope="col">{t('clients.contact.role')}</th>
              <th scope="col">{t('clients.contact.email')}</th>
              <th scope="col">{t('clients.contact.phone')}</th>
            </tr>
          </thead>
          <tbody>
            {contacts.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <Link to={paths.person(c.id)}>{c.name}</Link>
                </th>
                <td>{c.role}</td>
                <td>{c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : null}</td>
                <td className="nowrap">{c.phone}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
