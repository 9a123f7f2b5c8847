import { useTranslation } from 'react-i18next'
import { ENGAGEMENT_STATUSES, type EngagementStatus } from '@shared/entities'
import { MenuButton } from '@renderer/ui'

/** "Flytta till…": a menu button listing the other statuses (the kit's MenuButton: arrow keys, Enter, Escape). */
export function MoveMenu({
  current,
  title,
  onMove
}: {
  current: EngagementStatus
  title: string
  onMove: (status: EngagementStatus) => void
}) {
  const { t } = useTranslation()
  return (
    <MenuButton
      label={t('clients.pipeline.move')}
      buttonLabel={t('clients.pipeline.moveLabel', { title })}
      menuLabel={t('clients.pipeline.moveMenu', { title })}
      buttonClassName="button button-small button-secondary"
      items={ENGAGEMENT_STATUSES.filter((s) => s !== current).map((status) => ({
        key: status,
        label: t(`engagementStatus.${status}`),
        onSelect: () => onMove(status)
      }))}
    />
  )
}
