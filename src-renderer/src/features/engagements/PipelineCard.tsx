import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Engagement, EngagementStatus } from '@shared/entities'
import { formatSek } from '@shared/format'
import { useLanguage } from '@renderer/platform/use-language'
import { paths } from '@renderer/lib/paths'
import { neighbourStatus } from './commands'
import { MoveMenu } from './MoveMenu'

/**
 * One engagement in the pipeline. Moves by drag and drop, by the "Flytta till…" menu, or with
 * Alt+Arrow left/right from anywhere in the card (to the previous or next status).
 */
export function PipelineCard({
  engagement,
  clientName,
  onMove
}: {
  engagement: Engagement
  clientName: string
  onMove: (engagement: Engagement, status: EngagementStatus) => void
}) {
  const { t } = useTranslation()
  const { language } = useLanguage()

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!event.altKey || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return
    // Alt+Left is also the browser's Back: this card's meaning wins while it has focus.
    event.preventDefault()
    const next = neighbourStatus(engagement.status, event.key === 'ArrowRight' ? 1 : -1)
    if (next) onMove(engagement, next)
  }

  return (
    <article
      className="pipeline-card"
      data-engagement-id={engagement.id}
      draggable
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', engagement.id)
        event.dataTransfer.effectAllowed = 'move'
      }}
      onKeyDown={onKeyDown}
      aria-label={engagement.title}
      aria-describedby="pipeline-help"
    >
      <Link
        to={paths.engagement(engagement.id)}
        className="pipeline-card-title"
        aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight"
      >
        {engagement.title}
      </Link>
      <p className="pipeline-card-client">{clientName}</p>
      <div className="pipeline-card-foot">
        <span className="pipeline-card-value">
          {engagement.valueSek === null ? t('common.notGiven') : formatSek(engagement.valueSek, language)}
        </span>
        <MoveMenu
          current={engagement.status}
          title={engagement.title}
          onMove={(status) => onMove(engagement, status)}
        />
      </div>
    </article>
  )
}
