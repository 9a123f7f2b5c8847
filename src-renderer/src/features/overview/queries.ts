/** Reading the start page's figures: row counts of the portfolio and the evaluation summary. */
import { useLiveQuery } from 'dexie-react-hooks'
import type { TableName } from '@shared/entities'
import { summariseEvaluations, type EvaluationSummary } from '@shared/evaluations'
import { countRows } from '@renderer/db/portfolio'
import { useDb } from '@renderer/platform/services'

export type Overview = { counts: Record<TableName, number>; summary: EvaluationSummary }

/** The portfolio in numbers and the evaluation means, live (undefined while loading). */
export function useOverview(): Overview | undefined {
  const db = useDb()
  return useLiveQuery(async () => {
    const [counts, evaluations] = await Promise.all([countRows(db), db.evaluations.toArray()])
    return { counts, summary: summariseEvaluations(evaluations) }
  }, [db])
}
