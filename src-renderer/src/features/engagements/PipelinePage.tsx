import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Engagement, EngagementStatus } from '@shared/entities'
import { formatNumber, formatSek } from '@shared/format'
import { PageHeading, engagementStatusTone, useShell } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { paths } from '@renderer/lib/paths'
import { useEngagementCommands } from './commands'
import { EngagementTabs } from './EngagementTabs'
import { PipelineCard } from './PipelineCard'
import { useOrganisationNames, usePipeline } from './queries'

/** Cards drawn per column; the rest are a click away in the filtered list. */
const CARDS_PER_COLUMN = 25

/** The sales pipeline: a column per status with its count and summed value; cards move by keyboard and drag. */
export function PipelinePage() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { move: moveTo } = useEngagementCommands()
  const { announce } = useShell()
  const columns = usePipeline(CARDS_PER_COLUMN)
  const names = useOrganisationNames()
  const [dropTarget, setDropTarget] = useState<EngagementStatus | null>(null)
  const refocus = useRef<string | null>(null)
  const boardRef = useRef<HTMLDivElement>(null)

  // A moved card is drawn anew in its new column; keyboard focus follows it there.
  useEffect(() => {
    const id = refocus.current
    if (!id) return
    const link = boardRef.current?.querySelector<HTMLElement>(`[data-engagement-id="${CSS.escape(id)}"] a`)
    if (link) {
      link.focus()
      refocus.current = null
    }
  }, [columns])

  const move = async (engagement: Engagement, status: EngagementStatus) => {
    refocus.current = engagement.id
    await moveTo(engagement.id, status)
    announce(t('clients.pipeline.moved', { title: engagement.title, status: t(`engagementStatus.${status}`) }))
  }

  return (
    <div className="clients">
      <PageHeading>{t('engagements.title')}</PageHeading>
      <EngagementTabs />
      <p id="pipeline-help" className="help pipeline-help">
        {t('clients.pipeline.help')}
      </p>
      {columns === undefined ? (
        <p>{t('app.loading')}</p>
      ) : (
        <div className="pipeline" ref={boardRef}>
          {columns.map((column) => (
            <section
              key={column.status}
              className={`pipeline-column${dropTarget === column.status ? ' drop-target' : ''}`}
              aria-labelledby={`pipeline-${column.status}`}
              data-status={column.status}
              onDragOver={(event) => {
                event.preventDefault()
                event.dataTransfer.dropEffect = 'move'
                setDropTarget(column.status)
              }}
              onDragLeave={(event) => {
                if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropTarget(null)
              }}
              onDrop={(event) => {
                event.preventDefault()
                setDropTarget(null)
                const id = event.dataTransfer.getData('text/plain')
                const card = columns.flatMap((c) => c.cards).find((e) => e.id === id)
                if (card && card.status !== column.status) void move(card, column.status)
              }}
            >
              <header className={`pipeline-column-head tone-${engagementStatusTone(column.status)}`}>
                <h2 id={`pipeline-${column.status}`}>{t(`engagementStatus.${column.status}`)}</h2>
                <p className="pipeline-sum">
                  <span>
                    {t('clients.pipeline.count', {
                      count: column.count,
                      formatted: formatNumber(column.count, language)
                    })}
                  </span>
                  <strong data-testid={`pipeline-sum-${column.status}`}>{formatSek(column.totalSek, language)}</strong>
                </p>
              </header>
              {column.cards.length === 0 ? (
                <p className="pipeline-empty">{t('clients.pipeline.empty')}</p>
              ) : (
                <ul className="pipeline-cards" aria-labelledby={`pipeline-${column.status}`}>
                  {column.cards.map((e) => (
                    <li key={e.id}>
                      <PipelineCard
                        engagement={e}
                        clientName={names?.get(e.organisationId) ?? t('common.unknownClient')}
                        onMove={(en, s) => void move(en, s)}
                      />
                    </li>
                  ))}
                </ul>
              )}
              {column.count > column.cards.length ? (
                <Link className="pipeline-more" to={paths.engagements({ status: column.status })}>
                  {t('clients.pipeline.showAll', {
                    count: column.count,
                    formatted: formatNumber(column.count, language)
                  })}
                </Link>
              ) : null}
            </section>
          ))}
        </div>
      )}
    </div>
  )
}
