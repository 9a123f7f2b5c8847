import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import type { Workshop } from '@shared/entities'
import { summariseEvaluations } from '@shared/evaluations'
import { useDb } from '@renderer/platform/services'
import { EvaluationEntry } from './EvaluationEntry'
import { EvaluationRows } from './EvaluationRows'
import { EvaluationSummaryTable } from './EvaluationSummaryTable'

/** A workshop's evaluations: the figures, the rows with comments, and fast entry of more. */
export function WorkshopEvaluations({ workshop, organisationId }: { workshop: Workshop; organisationId: string | null }) {
  const { t } = useTranslation()
  const db = useDb()
  const data = useLiveQuery(async () => {
    const [evaluations, contacts] = await Promise.all([
      db.evaluations.where('workshopId').equals(workshop.id).toArray(),
      organisationId ? db.contacts.where('organisationId').equals(organisationId).toArray() : Promise.resolve([])
    ])
    // Entry order, so row numbers match the pile of paper forms.
    evaluations.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
    return { evaluations, contacts }
  }, [db, workshop.id, organisationId])

  return (
    <section aria-labelledby="ws-evaluations">
      <h2 id="ws-evaluations">{t('evaluation.heading')}</h2>
      {data === undefined ? (
        <p>{t('app.loading')}</p>
      ) : (
        <>
          {data.evaluations.length === 0 ? (
            <p className="empty-state">{t('evaluation.empty')}</p>
          ) : (
            <>
              <EvaluationSummaryTable summary={summariseEvaluations(data.evaluations)} caption={t('evaluation.summaryCaption')} />
              <EvaluationRows evaluations={data.evaluations} contacts={data.contacts} />
            </>
          )}
          <EvaluationEntry workshopId={workshop.id} rowNumber={data.evaluations.length + 1} contacts={data.contacts} />
        </>
      )}
    </section>
  )
}
