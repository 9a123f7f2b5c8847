import { formatNumber } from '@shared/format'
import { useLanguage } from '@renderer/platform/use-language'
import { useEngagementCount } from './queries'

/** The number of engagements of one organisation, counted on the organisationId index (only for rows in view). */
export function EngagementCount({ organisationId }: { organisationId: string }) {
  const { language } = useLanguage()
  const count = useEngagementCount(organisationId)
  return <>{count === undefined ? '' : formatNumber(count, language)}</>
}
