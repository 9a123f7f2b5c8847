import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { PageHeading } from '../../app/PageHeading'
import { useDb } from '../../app/services'
import { useLanguage } from '../../app/use-language'
import { clientNameByEngagement } from '../../db/queries'
import { textCompare } from '../../lib/collate'

/** The efficiency areas from every workshop, grouped by client, with their status. */
export function AreasPage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const db = useDb()
  const data = useLiveQuery(async () => {
    const [areas, clientName] = await Promise.all([db.areas.toArray(), clientNameByEngagement(db)])
    return { areas, clientName }
  }, [db])
  const compare = textCompare(language)
  const unknown = t('common.unknownClient')
  const rows = (data?.areas ?? [])
    .map((a) => ({ area: a, client: data?.clientName.get(a.engagementId) ?? unknown }))
    .sort((x, y) => compare(x.client, y.client) || compare(x.area.title, y.area.title))

  return (
    <>
      <PageHeading>{t('areas.title')}</PageHeading>
      {data === undefined ? (
        <p>{t('app.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="empty-state">{t('areas.empty')}</p>
      ) : (
        <table className="data-table">
          <caption>{t('areas.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('areas.name')}</th>
              <th scope="col">{t('areas.client')}</th>
              <th scope="col">{t('areas.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ area, client }) => (
              <tr key={area.id}>
                <th scope="row">{area.title}</th>
                <td>{client}</td>
                <td>{t(`areaStatus.${area.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
