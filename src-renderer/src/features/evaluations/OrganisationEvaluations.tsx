import { useTranslation } from 'react-i18next'
import { summariseEvaluations } from '@shared/evaluations'
import { EmptyState, Section } from '@renderer/ui'
import { EvaluationQuotes } from './EvaluationQuotes'
import { EvaluationSummaryTable } from './EvaluationSummaryTable'
import { EvaluationTrend } from './EvaluationTrend'
import { useEvaluationGroups } from './queries'

/** The evaluation summary of one organisation, shown on the organisation page. */
export function OrganisationEvaluations({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation()
  const groups = useEvaluationGroups(organisationId)
  if (groups === undefined) return null
  const all = groups.flatMap((g) => g.evaluations)
  return (
    <Section id="org-evaluations" heading={t('evaluation.organisationHeading')} className="wsf">
      {all.length === 0 ? (
        <EmptyState message={t('evaluation.organisationEmpty')} />
      ) : (
        <>
          <EvaluationSummaryTable summary={summariseEvaluations(all)} caption={t('evaluation.organisationCaption')} />
          <EvaluationTrend groups={groups} perMonth={false} />
          <EvaluationQuotes groups={groups} showClient={false} />
        </>
      )}
    </Section>
  )
}
