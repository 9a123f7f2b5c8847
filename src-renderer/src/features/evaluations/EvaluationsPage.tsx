import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { summariseEvaluations } from '@shared/evaluations'
import { EmptyState, PageHeading } from '@renderer/ui'
import { ExportMenu } from '@renderer/features/spreadsheets'
import { EvaluationQuotes } from './EvaluationQuotes'
import { EvaluationSummaryTable } from './EvaluationSummaryTable'
import { EvaluationTrend } from './EvaluationTrend'
import { useEvaluationGroups } from './queries'

/** The whole portfolio's evaluations: the aggregate, the trend per workshop, and the quotable comments. */
export function EvaluationsPage() {
  const { t } = useTranslation()
  const groups = useEvaluationGroups()
  // Worked out once per read of the data, not on every render of the page.
  const all = useMemo(() => groups?.flatMap((g) => g.evaluations) ?? [], [groups])
  const summary = useMemo(() => summariseEvaluations(all), [all])
  return (
    <div className="wsf">
      <PageHeading>{t('evaluation.portfolioTitle')}</PageHeading>
      {groups === undefined ? (
        <p>{t('app.loading')}</p>
      ) : all.length === 0 ? (
        <EmptyState message={t('evaluation.portfolioEmpty')} />
      ) : (
        <>
          <div className="page-actions">
            <ExportMenu sheet="evaluations" />
          </div>
          <section aria-labelledby="pf-summary" className="panel">
            <h2 id="pf-summary">{t('evaluation.portfolioSummary')}</h2>
            <EvaluationSummaryTable summary={summary} caption={t('evaluation.portfolioCaption')} />
          </section>
          <section aria-labelledby="pf-trend" className="panel">
            <h2 id="pf-trend">{t('evaluation.trendHeading')}</h2>
            <EvaluationTrend groups={groups} perMonth />
          </section>
          <section aria-labelledby="pf-quotes" className="panel">
            <h2 id="pf-quotes">{t('evaluation.commentsHeading')}</h2>
            <EvaluationQuotes groups={groups} showClient />
          </section>
        </>
      )}
    </div>
  )
}
