import { useTranslation } from 'react-i18next'
import { PageHeading } from '@renderer/ui'
import { LoadSampleButton } from '@renderer/features/sample'
import { AreaFigures } from './AreaFigures'
import { EffectFigures } from './EffectFigures'
import { NextSteps } from './NextSteps'
import { PipelineFigures } from './PipelineFigures'
import { PortfolioCounts } from './PortfolioCounts'
import { localToday } from '@shared/format'
import { useOverview } from './queries'
import { RecentEvaluations } from './RecentEvaluations'
import { UpcomingWorkshops } from './UpcomingWorkshops'

/**
 * The start page: the portfolio's figures, each leading to the list behind it (on the first start, the offer
 * of the sample portfolio instead), and below them the next step of a new portfolio.
 */
export function OverviewPage() {
  const { t } = useTranslation()
  const data = useOverview(localToday())
  const empty = data !== undefined && Object.values(data.counts).every((n) => n === 0)

  return (
    <>
      <PageHeading>{t('overview.title')}</PageHeading>
      {data === undefined ? (
        <p>{t('app.loading')}</p>
      ) : (
        <>
          {empty && (
            // The kit's one panel, as wide as the next step's below it (it was an empty state's 48 rem box).
            <section className="panel welcome" aria-labelledby="welcome-heading">
              <h2 id="welcome-heading">{t('overview.emptyHeading')}</h2>
              <p>{t('overview.emptyText')}</p>
              <p>{t('overview.sampleText')}</p>
              <LoadSampleButton />
            </section>
          )}
          {!empty && (
            <>
              <PortfolioCounts counts={data.counts} />
              <div className="overview-grid">
                <PipelineFigures rows={data.figures.pipeline} />
                <AreaFigures byStatus={data.figures.areasByStatus} />
              </div>
              <EffectFigures
                realisedSek={data.figures.realisedAnnualEffectSek}
                estimatedSek={data.figures.estimatedAnnualEffectSek}
                offTrack={data.figures.offTrackAreas}
                clientOf={data.clientOf}
              />
              <UpcomingWorkshops workshops={data.figures.upcomingWorkshops} clientOf={data.clientOf} />
              <RecentEvaluations summary={data.figures.recentEvaluations} />
            </>
          )}
          <NextSteps counts={data.counts} first={data.first} />
        </>
      )}
    </>
  )
}
