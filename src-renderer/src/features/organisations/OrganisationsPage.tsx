import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { PageHeading } from '../../app/PageHeading'
import { useDb } from '../../app/services'
import { useLanguage } from '../../app/use-language'
import { textCompare } from '../../lib/collate'
import { formatNumber } from '../../../../src-shared/format'
import { LoadSampleButton } from '../sample/LoadSampleButton'

/** The client organisations with kind, organisation number and number of engagements. */
export function OrganisationsPage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const db = useDb()
  const data = useLiveQuery(async () => {
    const [organisations, engagements] = await Promise.all([db.organisations.toArray(), db.engagements.toArray()])
    const engagementCount = new Map<string, number>()
    for (const e of engagements) engagementCount.set(e.organisationId, (engagementCount.get(e.organisationId) ?? 0) + 1)
    return { organisations, engagementCount }
  }, [db])
  const compare = textCompare(language)

  return (
    <>
      <PageHeading>{t('organisations.title')}</PageHeading>
      {data === undefined ? (
        <p>{t('app.loading')}</p>
      ) : data.organisations.length === 0 ? (
        <div className="empty-state">
          <p>{t('organisations.empty')}</p>
          <LoadSampleButton />
        </div>
      ) : (
        <table className="data-table">
          <caption>{t('organisations.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('organisations.name')}</th>
              <th scope="col">{t('organisations.kind')}</th>
              <th scope="col">{t('organisations.orgNumber')}</th>
              <th scope="col" className="numeric">
                {t('organisations.engagementCount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {[...data.organisations]
              .sort((a, b) => compare(a.name, b.name))
              .map((o) => (
                <tr key={o.id}>
                  <th scope="row">{o.name}</th>
                  <td>{t(`organisationKind.${o.kind}`)}</td>
                  <td>{o.orgNumber ?? t('common.notGiven')}</td>
                  <td className="numeric">{formatNumber(data.engagementCount.get(o.id) ?? 0, language)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </>
  )
}
