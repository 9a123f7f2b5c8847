import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { PageHeading } from '../../app/PageHeading'
import { useDb } from '../../app/services'
import { useLanguage } from '../../app/use-language'
import { formatSek } from '../../../../src-shared/format'

/** The engagements, most recently changed first, with client, status and value. */
export function EngagementsPage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const db = useDb()
  const data = useLiveQuery(async () => {
    const [engagements, organisations] = await Promise.all([
      db.engagements.orderBy('updatedAt').reverse().toArray(),
      db.organisations.toArray()
    ])
    return { engagements, orgName: new Map(organisations.map((o) => [o.id, o.name])) }
  }, [db])

  return (
    <>
      <PageHeading>{t('engagements.title')}</PageHeading>
      {data === undefined ? (
        <p>{t('app.loading')}</p>
      ) : data.engagements.length === 0 ? (
        <p className="empty-state">{t('engagements.empty')}</p>
      ) : (
        <table className="data-table">
          <caption>{t('engagements.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('engagements.name')}</th>
              <th scope="col">{t('engagements.client')}</th>
              <th scope="col">{t('engagements.status')}</th>
              <th scope="col" className="numeric">
                {t('engagements.value')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.engagements.map((e) => (
              <tr key={e.id}>
                <th scope="row">{e.title}</th>
                <td>{data.orgName.get(e.organisationId) ?? t('common.unknownClient')}</td>
                <td>{t(`engagementStatus.${e.status}`)}</td>
                <td className="numeric">{e.valueSek === null ? t('common.notGiven') : formatSek(e.valueSek, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
