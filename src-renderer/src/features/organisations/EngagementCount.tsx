import { useLiveQuery } from 'dexie-react-hooks'
import { useDb } from '@renderer/platform/services'
import { useLanguage } from '@renderer/platform/use-language'
import { formatNumber } from '@shared/format'

/** The number of engagements of one organisation, counted on the organisationId index (only for rows in view). */
export function EngagementCount({ organisationId }: { organisationId: string }) {
  const db = useDb()
  const { language } = useLanguage()
  const count = useLiveQuery(() => db.engagements.where('organisationId').equals(organisationId).count(), [db, organisationId])
  return <>{count === undefined ? '' : formatNumber(count, language)}</>
}
