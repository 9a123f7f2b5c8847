import { useTranslation } from 'react-i18next'
import type { EngagementStatus } from '@shared/entities'

/** An engagement's status as a coloured label (the colour repeats the text, it never replaces it). */
export function StatusBadge({ status }: { status: EngagementStatus }) {
  const { t } = useTranslation()
  return <span className={`status-badge status-${status}`}>{t(`engagementStatus.${status}`)}</span>
}
