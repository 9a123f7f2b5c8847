import { useTranslation } from 'react-i18next'
import type { Workshop } from '@shared/entities'
import { summariseEvaluations } from '@shared/evaluations'
import { EmptyState } from '@renderer/ui'
import { EvaluationEntry } from './EvaluationEntry'
import { EvaluationRows } from './EvaluationRows'
import { EvaluationSummaryTable } from './EvaluationSummaryTable'
import { useWorkshopEvaluationRows } from './queries'

/** A workshop's evaluations: the figures, the rows with comments, and fast entry of more. */
export function WorkshopEvaluations({
  workshop,
  organisationId
}: {
  workshop: Workshop
  organisationId: string | null
}) {
  const { t } = useTranslation()
  const data = useWorkshopEvaluationRows(workshop.id, organisationId)

  return (
    <section aria-labelledby="ws-evaluations" className="panel">
      <h2 id="ws-evaluations">{t('evaluation.heading')}</h2>
      {data === undefined ? (
        <p>{t('app.loading')}</p>
      ) : (
        <>
          {data.evaluations.length === 0 ? (
            <EmptyState message={t('evaluation.empty')} />
          ) : (
            <>
              <EvaluationSummaryTable
                summary={summariseEvaluations(data.evaluations)}
                caption={t('evaluation.summaryCaption')}
              />
              <EvaluationRows evaluations={data.evaluations} contacts={data.contacts} />
            </>
          )}
          <EvaluationEntry workshopId={workshop.id} rowNumber={data.evaluations.length + 1} contacts={data.contacts} />
        </>
      )}
    </section>
  )
}
