import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Workshop } from '@shared/entities'
import { roundToOneDecimal, summariseEvaluations } from '@shared/evaluations'
import { formatDecimal1 } from '@shared/format'
import { EmptyState, Section } from '@renderer/ui'
import { useLanguage } from '@renderer/platform/use-language'
import { paths } from '@renderer/lib/paths'
import { useEngagementWorkshops } from './queries'
import { WorkshopTable } from './WorkshopTable'

/** The workshops of one engagement, shown on the engagement page, with a way to plan a new one. */
export function EngagementWorkshops({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const data = useEngagementWorkshops(engagementId)
  if (data === undefined) return null
  const overallMean = (w: Workshop) => {
    const mean = summariseEvaluations(data.evaluations.filter((e) => e.workshopId === w.id)).aspects.overall.mean
    return mean === null ? '–' : formatDecimal1(roundToOneDecimal(mean), language)
  }
  return (
    <Section
      id={`eng-ws-${engagementId}`}
      heading={t('workshop.engagement.heading')}
      className="wsf"
      action={
        <Link className="button button-secondary" to={paths.newWorkshop(engagementId)}>
          {t('workshop.new')}
        </Link>
      }
    >
      {data.workshops.length === 0 ? (
        <EmptyState message={t('workshop.engagement.empty')} />
      ) : (
        <WorkshopTable
          caption={t('workshop.engagement.caption')}
          workshops={data.workshops}
          dateLabel={t('workshop.when')}
          withTime
          columns={[
            {
              key: 'title',
              label: t('workshop.title'),
              render: (w) => w.title || w.startingQuestion || t('common.notGiven')
            },
            {
              key: 'areas',
              label: t('workshop.engagement.areas'),
              numeric: true,
              render: (w) => data.areas.filter((a) => a.workshopId === w.id).length
            },
            { key: 'overall', label: t('workshop.engagement.overall'), numeric: true, render: overallMean }
          ]}
        />
      )}
    </Section>
  )
}
