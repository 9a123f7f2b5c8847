import { useTranslation } from 'react-i18next'
import type { EngagementStatus } from '@shared/entities'
import { StatusBadge, engagementStatusTone } from '@renderer/ui'

/** An engagement's status as the kit's badge, in the status's tone (the list, the page, the client's engagements). */
export function EngagementStatusBadge({ status }: { status: EngagementStatus }) {
  const { t } = useTranslation()
  return <StatusBadge tone={engagementStatusTone(status)}>{t(`engagementStatus.${status}`)}</StatusBadge>
}
